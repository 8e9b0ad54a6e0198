import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { authOptions } from '@/lib/auth/options';
import { can, type Permission, type SessionUser } from '@/lib/auth/permissions';
import { getActiveSessionUser } from '@/lib/data/auth-users';

/** The signed-in user as the database knows them now (disabled accounts are signed out), once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return getActiveSessionUser(session.user.id);
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return user;
}

/** For pages: sends anonymous visitors to login, and refuses a user without the permission. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) forbidden();
  return user;
}
