import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/data/audit';
import { assertCan, isUniqueViolation, notFound, parseInput } from '@/lib/data/admin-common';
import { can, type SessionUser } from '@/lib/auth/permissions';
import { AppError, message } from '@/lib/errors';
import {
  createUnitSchema,
  renameUnitSchema,
  type CreateUnitInput,
  type RenameUnitInput,
} from '@/lib/validation/admin-units';

export type AdminUnitRow = {
  id: number;
  code: string;
  name: string;
  isDemo: boolean;
  userCount: number;
  planCount: number;
};

export async function listUnits(actor: SessionUser): Promise<AdminUnitRow[]> {
  assertCan(actor, 'units.manage');
  const units = await prisma.unit.findMany({
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, name: true, isDemo: true, _count: { select: { users: true, plans: true } } },
  });
  return units.map(({ _count, ...u }) => ({ ...u, userCount: _count.users, planCount: _count.plans }));
}

/** The units to pick from in user and plan forms. */
export async function listUnitOptions(actor: SessionUser): Promise<{ id: number; code: string; name: string }[]> {
  if (!can(actor, 'users.manage') && !can(actor, 'plans.manage')) assertCan(actor, 'audit.view');
  return prisma.unit.findMany({
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, name: true },
  });
}

const codeTaken = (code: string) =>
  new AppError(
    'CONFLICT',
    'common.errors.invalid',
    {},
    {
      code: [message('admin.errors.unitCodeTaken', { code })],
    },
  );

export async function createUnit(actor: SessionUser, input: CreateUnitInput): Promise<{ id: number }> {
  assertCan(actor, 'units.manage');
  const data = parseInput(createUnitSchema, input);
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.unit.findUnique({ where: { code: data.code }, select: { id: true } })) throw codeTaken(data.code);
      const last = await tx.unit.aggregate({ _max: { sortOrder: true } });
      const unit = await tx.unit.create({
        data: { code: data.code, name: data.name, sortOrder: (last._max.sortOrder ?? 0) + 1 },
        select: { id: true },
      });
      await recordAudit(tx, {
        userId: actor.id,
        action: 'UNIT_CREATE',
        entity: 'Unit',
        entityId: unit.id,
        unitId: unit.id,
        after: data,
      });
      return unit;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken(data.code);
    throw error;
  }
}

export async function renameUnit(actor: SessionUser, input: RenameUnitInput): Promise<void> {
  assertCan(actor, 'units.manage');
  const data = parseInput(renameUnitSchema, input);
  await prisma.$transaction(async (tx) => {
    const before = await tx.unit.findUnique({ where: { id: data.id }, select: { code: true, name: true } });
    if (!before) throw notFound();
    await tx.unit.update({ where: { id: data.id }, data: { name: data.name } });
    await recordAudit(tx, {
      userId: actor.id,
      action: 'UNIT_RENAME',
      entity: 'Unit',
      entityId: data.id,
      unitId: data.id,
      before,
      after: { code: before.code, name: data.name },
    });
  });
}
