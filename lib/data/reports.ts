import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/data/audit';
import { visibleUnitFilter, type SessionUser } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The units with these codes (whoever may see them), to tell an unknown code from a forbidden one. */
export async function listUnitsByCode(codes: string[]) {
  return prisma.unit.findMany({ where: { code: { in: codes } }, select: { id: true, code: true, name: true } });
}

export type ExportAudit = {
  report: string;
  format: string;
  year: number;
  asOf: number;
  approvedOnly: boolean;
  units: string[];
  unitId: number | null;
  fileName: string;
  bytes: number;
};

/** Every download is an audit event (action EXPORT), written in its own transaction. */
export async function recordExport(user: SessionUser, event: ExportAudit): Promise<void> {
  const { unitId, ...after } = event;
  await prisma.$transaction(async (tx) => {
    await recordAudit(tx, {
      userId: user.id,
      action: 'EXPORT',
      entity: 'Report',
      entityId: event.report,
      unitId,
      after: after as Prisma.InputJsonValue,
    });
  });
}

/** How many plans of these units (visible to the user) fall in the years fromYear … toYear. */
export async function countPlans(user: SessionUser, units: string[] | 'all', fromYear: number, toYear: number) {
  return prisma.plan.count({
    where: {
      year: { gte: fromYear, lte: toYear },
      unit: { ...visibleUnitFilter(user), ...(units === 'all' ? {} : { code: { in: units } }) },
    },
  });
}
