import 'server-only';
import { clock } from '@/lib/clock';
import bcrypt from 'bcryptjs';
import { prisma, type Tx } from '@/lib/db';
import type { AuditActionOn } from '@/lib/audit-vocabulary';
import { recordAudit } from '@/lib/data/audit';
import { BCRYPT_COST, revokeSessions } from '@/lib/data/auth-users';
import { passwordProblem } from '@/lib/auth/password-policy';
import { assertCan, isUniqueViolation, notFound, parseInput, staleError } from '@/lib/data/admin-common';
import type { Role, SessionUser } from '@/lib/auth/permissions';
import { AppError, message } from '@/lib/errors';
import {
  createUserSchema,
  resetPasswordSchema,
  setUserActiveSchema,
  unlockUserSchema,
  updateUserSchema,
  type CreateUserInput,
  type ResetPasswordInput,
  type SetUserActiveInput,
  type UnlockUserInput,
  type UpdateUserInput,
} from '@/lib/validation/admin-users';

export type AdminUserRow = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  isActive: boolean;
  isLocked: boolean;
  lastLoginAt: string | null;
  version: number;
};

const SNAPSHOT = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  unitId: true,
  isActive: true,
  lockedUntil: true,
  version: true,
} as const;

/**
 * People, not the service users API tokens act through: those are managed on the API token page only (created,
 * named and disabled with their token), so they are neither listed here nor changed, reset or unlocked as people.
 */
const PEOPLE = { apiToken: null } as const;

export async function listUsers(actor: SessionUser, now = clock.now()): Promise<AdminUserRow[]> {
  assertCan(actor, 'users.manage');
  const users = await prisma.user.findMany({
    where: PEOPLE,
    orderBy: [{ role: 'asc' }, { username: 'asc' }],
    select: { ...SNAPSHOT, lastLoginAt: true, unit: { select: { name: true } } },
  });
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitId: u.unitId,
    unitName: u.unit?.name ?? null,
    isActive: u.isActive,
    isLocked: !!u.lockedUntil && u.lockedUntil > now,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    version: u.version,
  }));
}

async function assertUnitExists(tx: Tx, unitId: number | null) {
  if (unitId !== null && !(await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } }))) {
    throw new AppError('INVALID', 'common.errors.invalid', {}, { unitId: [message('admin.errors.unitMissing')] });
  }
}

const usernameTaken = () =>
  new AppError('CONFLICT', 'common.errors.invalid', {}, { username: [message('admin.errors.usernameTaken')] });

export async function createUser(actor: SessionUser, input: CreateUserInput): Promise<{ id: number }> {
  assertCan(actor, 'users.manage');
  const data = parseInput(createUserSchema, input);
  const passwordHash = await bcrypt.hash(data.password, BCRYPT_COST);
  try {
    return await prisma.$transaction(async (tx) => {
      if (
        await tx.user.findFirst({
          where: { username: { equals: data.username, mode: 'insensitive' } },
          select: { id: true },
        })
      )
        throw usernameTaken();
      await assertUnitExists(tx, data.unitId);
      const user = await tx.user.create({
        data: {
          username: data.username,
          displayName: data.displayName,
          role: data.role,
          unitId: data.unitId,
          passwordHash,
          // the administrator knows this password: the user replaces it at first sign-in
          mustChangePassword: true,
        },
        select: SNAPSHOT,
      });
      await recordAudit(tx, {
        userId: actor.id,
        action: 'USER_CREATE',
        entity: 'User',
        entityId: user.id,
        unitId: user.unitId,
        after: snapshot(user),
      });
      return { id: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw usernameTaken();
    throw error;
  }
}

type Snapshot = {
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  isActive: boolean;
  lockedUntil: Date | null;
  version: number;
};
const snapshot = (u: Snapshot) => ({
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  unitId: u.unitId,
  isActive: u.isActive,
  lockedUntil: u.lockedUntil?.toISOString() ?? null,
  version: u.version,
});

/** One versioned change of a user: refused when the version is stale, audited in the same transaction. */
async function changeUser(
  actor: SessionUser,
  ref: { id: number; version: number },
  action: AuditActionOn<'User'>,
  build: (
    before: Snapshot,
    tx: Tx,
  ) => Promise<{ data: Parameters<typeof prisma.user.updateMany>[0]['data']; audit?: Record<string, unknown> }>,
): Promise<{ version: number }> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: ref.id, ...PEOPLE }, select: SNAPSHOT });
    if (!before) throw notFound();
    const { data, audit } = await build(before, tx);
    const { count } =
      before.version === ref.version
        ? await tx.user.updateMany({
            where: { id: ref.id, version: ref.version },
            data: { ...data, version: { increment: 1 } },
          })
        : { count: 0 };
    if (count === 0) throw await staleError(tx, 'User', ref.id);
    const after = await tx.user.findUniqueOrThrow({ where: { id: ref.id }, select: SNAPSHOT });
    await recordAudit(tx, {
      userId: actor.id,
      action,
      entity: 'User',
      entityId: ref.id,
      unitId: after.unitId,
      before: snapshot(before),
      after: { ...snapshot(after), ...audit },
    });
    return { version: after.version };
  });
}

export async function updateUser(actor: SessionUser, input: UpdateUserInput) {
  assertCan(actor, 'users.manage');
  const data = parseInput(updateUserSchema, input);
  if (data.id === actor.id && data.role !== 'ADMIN') {
    throw new AppError('INVALID', 'common.errors.invalid', {}, { role: [message('admin.errors.selfDemote')] });
  }
  return changeUser(actor, data, 'USER_UPDATE', async (before, tx) => {
    await assertUnitExists(tx, data.unitId);
    // A session carries what its user may do: a new role or unit starts from a new sign-in.
    if (before.role !== data.role || before.unitId !== data.unitId) await revokeSessions(tx, data.id);
    return { data: { role: data.role, unitId: data.unitId } };
  });
}

export async function setUserActive(actor: SessionUser, input: SetUserActiveInput) {
  assertCan(actor, 'users.manage');
  const data = parseInput(setUserActiveSchema, input);
  if (data.id === actor.id && !data.isActive) throw new AppError('INVALID', 'admin.errors.selfDisable');
  return changeUser(actor, data, data.isActive ? 'USER_ENABLE' : 'USER_DISABLE', async (_before, tx) => {
    if (!data.isActive) await revokeSessions(tx, data.id);
    return { data: { isActive: data.isActive } };
  });
}

export async function resetPassword(actor: SessionUser, input: ResetPasswordInput) {
  assertCan(actor, 'users.manage');
  const data = parseInput(resetPasswordSchema, input);
  const passwordHash = await bcrypt.hash(data.password, BCRYPT_COST);
  // A new password also lifts a lock (the usual reason to reset is a user who cannot get in), ends the user's
  // sessions, and must be replaced by the user at the next sign-in.
  return changeUser(actor, data, 'USER_PASSWORD_RESET', async (before, tx) => {
    if (passwordProblem(data.password, before.username) === 'containsUsername')
      throw new AppError(
        'INVALID',
        'common.errors.invalid',
        {},
        {
          password: [message('admin.errors.passwordHasUsername')],
        },
      );
    await revokeSessions(tx, data.id);
    return {
      data: { passwordHash, failedLogins: 0, lockedUntil: null, mustChangePassword: true },
      audit: { passwordReset: true },
    };
  });
}

export async function unlockUser(actor: SessionUser, input: UnlockUserInput) {
  assertCan(actor, 'users.manage');
  const data = parseInput(unlockUserSchema, input);
  return changeUser(actor, data, 'USER_UNLOCK', async () => ({ data: { failedLogins: 0, lockedUntil: null } }));
}
