import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { authOptions } from '@/lib/auth/options';
import { can, type Permission, type SessionUser } from '@/lib/auth/permissions';
import { DatabaseUnavailableError } from '@/lib/db-unavailable';
import type { SignedInAccount } from '@/lib/data/auth-users';

/**
 * The signed-in account as the database knows it now, once per request: the next-auth jwt callback has checked the
 * session row (revoked, idle, expired, disabled user → null).
 */
export const getSignedInAccount = cache(async (): Promise<SignedInAccount | null> => {
  const session = await getServerSession(authOptions);
  if (session?.databaseUnavailable) throw new DatabaseUnavailableError();
  return session?.account ?? null;
});

/** The user who may act: signed in, and not still owing the password change an administrator asked for. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const account = await getSignedInAccount();
  return account && !account.mustChangePassword ? account.user : null;
});

export async function requireUser(): Promise<SessionUser> {
  const account = await getSignedInAccount();
  if (!account) redirect('/login');
  if (account.mustChangePassword) redirect('/password');
  return account.user;
}

/** For pages: sends anonymous visitors to login, and refuses a user without the permission. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) forbidden();
  return user;
}
