import 'server-only';
import bcrypt from 'bcryptjs';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/data/audit';
import type { SessionUser } from '@/lib/auth/permissions';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
const DUMMY_HASH = bcrypt.hashSync('not-a-password', 10);

export type LoginResult = { ok: true; user: SessionUser } | { ok: false; reason: 'INVALID' | 'LOCKED' | 'DISABLED' };

/** Checks a password; counts failures in the database (not in memory) so the lock holds across app instances. */
export async function verifyLogin(username: string, password: string, now = new Date()): Promise<LoginResult> {
  const user = await prisma.user.findUnique({
    where: { username },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      unitId: true,
      passwordHash: true,
      isActive: true,
      lockedUntil: true,
    },
  });
  // Compare against a dummy hash for unknown users so timing does not reveal which names exist.
  const hash = user?.passwordHash ?? DUMMY_HASH;
  const isMatch = await bcrypt.compare(password, hash);
  if (!user) return { ok: false, reason: 'INVALID' };
  if (!user.isActive) return { ok: false, reason: 'DISABLED' };
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: 'LOCKED' };

  return prisma.$transaction(async (tx) => {
    if (!isMatch) {
      const updated = await tx.user.update({
        where: { id: user.id },
        data: { failedLogins: { increment: 1 } },
        select: { failedLogins: true },
      });
      const isLocking = updated.failedLogins >= MAX_FAILED_LOGINS;
      if (isLocking) {
        await tx.user.update({
          where: { id: user.id },
          data: { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) },
        });
      }
      await recordAudit(tx, {
        userId: user.id,
        action: isLocking ? 'LOGIN_LOCKED' : 'LOGIN_FAILED',
        entity: 'User',
        entityId: user.id,
        unitId: user.unitId,
      });
      return { ok: false as const, reason: isLocking ? ('LOCKED' as const) : ('INVALID' as const) };
    }
    await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
    await recordAudit(tx, { userId: user.id, action: 'LOGIN', entity: 'User', entityId: user.id, unitId: user.unitId });
    return {
      ok: true as const,
      user: { id: user.id, username: user.username, name: user.displayName, role: user.role, unitId: user.unitId },
    };
  });
}

/** Re-reads the signed-in user, so a disabled account or a changed role takes effect on the next request. */
export async function getActiveSessionUser(id: number): Promise<SessionUser | null> {
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, username: true, displayName: true, role: true, unitId: true, isActive: true },
  });
  if (!user || !user.isActive) return null;
  return { id: user.id, username: user.username, name: user.displayName, role: user.role, unitId: user.unitId };
}
