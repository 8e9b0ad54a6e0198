import type { SessionUser, Role } from '@/lib/auth/permissions';

declare module 'next-auth' {
  interface Session {
    user: SessionUser;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: number;
    username: string;
    role: Role;
    unitId: number | null;
  }
}
