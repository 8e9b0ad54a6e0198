import type { SignedInAccount } from '@/lib/data/auth-users';

declare module 'next-auth' {
  interface Session {
    /** null when the session was revoked, timed out or its user disabled */
    account: SignedInAccount | null;
    /** the session could not be checked because the database is unreachable */
    databaseUnavailable?: boolean;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sid?: string;
    account?: SignedInAccount;
    revoked?: boolean;
    databaseUnavailable?: boolean;
  }
}
