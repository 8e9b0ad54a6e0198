import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { verifyLogin } from '@/lib/data/auth-users';
import type { SessionUser } from '@/lib/auth/permissions';

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

/** The reason a sign-in failed travels to the login page as the error code. */
export const LOGIN_ERRORS = ['INVALID', 'LOCKED', 'DISABLED'] as const;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
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
        return { ...result.user, id: String(result.user.id) };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as SessionUser & { id: string };
        token.uid = Number(u.id);
        token.username = u.username;
        token.name = u.name;
        token.role = u.role;
        token.unitId = u.unitId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid,
        username: token.username,
        name: token.name ?? token.username,
        role: token.role,
        unitId: token.unitId,
      };
      return session;
    },
  },
};
