import { isDatabaseUnavailable } from '@/lib/db-unavailable';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { SESSION_ABSOLUTE_HOURS } from '@/lib/auth/password-policy';
import { resolveSession, signOutSession, verifyLogin, type SignedInAccount } from '@/lib/data/auth-users';

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

/** The reason a sign-in failed travels to the login page as the error code. */
export const LOGIN_ERRORS = ['INVALID', 'DISABLED'] as const;

/**
 * The JWT holds only the id of a row in UserSession; every read of the session (getServerSession, /api/auth/session)
 * checks that row, so a revoked, idle or expired session is refused on every instance.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_ABSOLUTE_HOURS * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { username: { type: 'text' }, password: { type: 'password' } },
      async authorize(credentials) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new Error('INVALID');
        const result = await verifyLogin(parsed.data.username, parsed.data.password);
        if (!result.ok) throw new Error(result.reason);
        return { id: result.account.sid, name: result.account.user.name };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const sid = user ? user.id : token.sid;
      try {
        const account = sid ? await resolveSession(sid) : null;
        return account ? { sid: account.sid, account } : { revoked: true };
      } catch (error) {
        // next-auth would swallow the error and answer "signed out"; keep the session and say the database is down
        if (sid && isDatabaseUnavailable(error)) return { sid, databaseUnavailable: true };
        throw error;
      }
    },
    session({ session, token }) {
      return {
        ...session,
        account: (token.account as SignedInAccount | undefined) ?? null,
        databaseUnavailable: token.databaseUnavailable === true,
      };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === 'string') await signOutSession(token.sid);
    },
  },
};
