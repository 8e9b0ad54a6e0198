import 'server-only';
import { clock } from '@/lib/clock';
import bcrypt from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import { prisma, type Tx } from '@/lib/db';
import { recordAudit } from '@/lib/data/audit';
import type { SessionUser } from '@/lib/auth/permissions';
import { passwordProblem, sessionExpiry, type PasswordProblem } from '@/lib/auth/password-policy';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** lastSeenAt is written at most once a minute per session: the idle limit needs no finer grain. */
const TOUCH_EVERY_MS = 60_000;
export const BCRYPT_COST = 10;
const DUMMY_HASH = bcrypt.hashSync('not-a-password', 10);

export type SignedInAccount = { sid: string; user: SessionUser; mustChangePassword: boolean };
/** Every refusal answers INVALID, whether the name is unknown, the password wrong or the account locked. */
export type LoginResult = { ok: true; account: SignedInAccount } | { ok: false; reason: 'INVALID' | 'DISABLED' };
export type PasswordCompare = (password: string, hash: string) => Promise<boolean>;

type ReservedGuess = {
  id: number;
  username: string;
  displayName: string;
  role: SessionUser['role'];
  unitId: number | null;
  passwordHash: string;
  isActive: boolean;
  mustChangePassword: boolean;
  failedLogins: number;
};

/**
 * Counts the guess before the password is compared, in one statement: the row lock PostgreSQL takes for the UPDATE
 * serialises parallel attempts, and the guess that reaches five also sets the lock, so a locked account gets no row
 * back and at most five passwords are ever compared, however many arrive at once. A lock that has run out starts a
 * new count; a successful sign-in clears both.
 */
async function reserveGuess(username: string, now: Date): Promise<ReservedGuess | null> {
  const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  const rows = await prisma.$queryRaw<ReservedGuess[]>`
    UPDATE "User" SET
      "failedLogins" = CASE WHEN "lockedUntil" IS NOT NULL THEN 1 ELSE "failedLogins" + 1 END,
      "lockedUntil" = CASE WHEN "lockedUntil" IS NULL AND "failedLogins" + 1 >= ${MAX_FAILED_LOGINS}
        THEN ${lockUntil}::timestamptz ELSE NULL END
    WHERE "username" = ${username} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now}::timestamptz)
    RETURNING "id", "username", "displayName", "role"::text AS "role", "unitId", "passwordHash", "isActive",
      "mustChangePassword", "failedLogins"`;
  return rows[0] ?? null;
}

/** Checks a password; the counter and the lock live in PostgreSQL, so they hold across app instances. */
export async function verifyLogin(
  username: string,
  password: string,
  now = clock.now(),
  compare: PasswordCompare = bcrypt.compare,
): Promise<LoginResult> {
  const user = await reserveGuess(username, now);
  if (!user) {
    // Unknown, or locked: the same answer and (with a dummy comparison) about the same time.
    await compare(password, DUMMY_HASH);
    await auditRefusedWhileLocked(username);
    return { ok: false, reason: 'INVALID' };
  }
  const isMatch = await compare(password, user.passwordHash);
  if (!isMatch) return recordFailure(user);
  if (!user.isActive) {
    await prisma.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
    return { ok: false, reason: 'DISABLED' };
  }
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
    const session = await tx.userSession.create({
      data: { id: randomUUID(), userId: user.id, createdAt: now, lastSeenAt: now },
      select: { id: true },
    });
    await recordAudit(tx, { userId: user.id, action: 'LOGIN', entity: 'User', entityId: user.id, unitId: user.unitId });
    return {
      ok: true as const,
      account: {
        sid: session.id,
        user: { id: user.id, username: user.username, name: user.displayName, role: user.role, unitId: user.unitId },
        mustChangePassword: user.mustChangePassword,
      },
    };
  });
}

// One INSERT each, outside an interactive transaction: a burst of attempts must not queue for pool connections.
async function recordFailure(user: ReservedGuess): Promise<LoginResult> {
  await recordAudit(prisma, {
    userId: user.id,
    action: user.failedLogins >= MAX_FAILED_LOGINS ? 'LOGIN_LOCKED' : 'LOGIN_FAILED',
    entity: 'User',
    entityId: user.id,
    unitId: user.unitId,
    after: { failedLogins: user.failedLogins },
  });
  return { ok: false, reason: 'INVALID' };
}

async function auditRefusedWhileLocked(username: string) {
  const user = await prisma.user.findUnique({ where: { username }, select: { id: true, unitId: true } });
  if (user)
    await recordAudit(prisma, {
      userId: user.id,
      action: 'LOGIN_REFUSED_LOCKED',
      entity: 'User',
      entityId: user.id,
      unitId: user.unitId,
    });
}

type SessionRow = {
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  id: number;
  username: string;
  displayName: string;
  role: SessionUser['role'];
  unitId: number | null;
  isActive: boolean;
  mustChangePassword: boolean;
};

/**
 * The account behind a session id, checked on every request: the session must exist, not be revoked, not be idle
 * for 30 minutes nor older than 12 hours, and its user must be active. Keeps lastSeenAt current.
 */
export async function resolveSession(sid: string, now = clock.now()): Promise<SignedInAccount | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sid)) return null;
  // the session and its user in one statement: every request of every page starts here
  const [row] = await prisma.$queryRaw<SessionRow[]>`
    SELECT s."createdAt", s."lastSeenAt", s."revokedAt", u.id, u.username, u."displayName", u.role::text AS role,
           u."unitId", u."isActive", u."mustChangePassword"
    FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sid}::uuid`;
  if (!row || row.revokedAt || !row.isActive) return null;
  if (sessionExpiry(row, now)) {
    await prisma.userSession.update({ where: { id: sid }, data: { revokedAt: now } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS)
    await prisma.userSession.updateMany({ where: { id: sid, revokedAt: null }, data: { lastSeenAt: now } });
  return {
    sid,
    user: { id: row.id, username: row.username, name: row.displayName, role: row.role, unitId: row.unitId },
    mustChangePassword: row.mustChangePassword,
  };
}

/** Ends the user's sessions on every instance (all of them, or all but the one that asked). */
export async function revokeSessions(tx: Tx, userId: number, now = clock.now(), exceptSid?: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptSid ? { id: { not: exceptSid } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}

/** Sign-out: every session of the user ends, so a token kept from before is refused everywhere. */
export async function signOutSession(sid: string, now = clock.now()): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(sid)) return;
  const session = await prisma.userSession.findUnique({
    where: { id: sid },
    select: { user: { select: { id: true, unitId: true } } },
  });
  if (!session) return;
  await prisma.$transaction(async (tx) => {
    await revokeSessions(tx, session.user.id, now);
    await recordAudit(tx, {
      userId: session.user.id,
      action: 'LOGOUT',
      entity: 'User',
      entityId: session.user.id,
      unitId: session.user.unitId,
    });
  });
}

/** Whether the database has an active administrator (the sign-in page explains admin:create when not). */
export async function hasActiveAdmin(): Promise<boolean> {
  return (await prisma.user.count({ where: { role: 'ADMIN', isActive: true } })) > 0;
}

export type PasswordChangeResult =
  | { ok: true }
  | { ok: false; field: 'currentPassword' | 'newPassword'; problem: PasswordProblem | 'wrongCurrent' | 'unchanged' };

/**
 * A user chooses their own password (the current one required). Clears the forced change and ends the user's other
 * sessions; the one that asked stays signed in. A wrong current password counts as a failed sign-in.
 */
export async function changeOwnPassword(
  account: SignedInAccount,
  currentPassword: string,
  newPassword: string,
  now = clock.now(),
): Promise<PasswordChangeResult> {
  const problem = passwordProblem(newPassword, account.user.username);
  if (problem) return { ok: false, field: 'newPassword', problem };
  const login = await reserveGuess(account.user.username, now);
  if (!login || !(await bcrypt.compare(currentPassword, login.passwordHash))) {
    if (login) await recordFailure(login);
    return { ok: false, field: 'currentPassword', problem: 'wrongCurrent' };
  }
  if (await bcrypt.compare(newPassword, login.passwordHash)) {
    await prisma.user.update({ where: { id: login.id }, data: { failedLogins: 0, lockedUntil: null } });
    return { ok: false, field: 'newPassword', problem: 'unchanged' };
  }
  const passwordHash = await bcrypt.hash(newPassword, BCRYPT_COST);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: login.id },
      data: {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: now,
        failedLogins: 0,
        lockedUntil: null,
        version: { increment: 1 },
      },
    });
    await revokeSessions(tx, login.id, now, account.sid);
    await recordAudit(tx, {
      userId: login.id,
      action: 'PASSWORD_CHANGE',
      entity: 'User',
      entityId: login.id,
      unitId: login.unitId,
    });
  });
  return { ok: true };
}
