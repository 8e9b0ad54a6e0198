import 'server-only';
import { visibleUnitFilter, type SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export type HistoryEntry = {
  id: number;
  at: string;
  user: string | null;
  action: string;
  entity: string;
  month: number | null;
  before: unknown;
  after: unknown;
};

const HISTORY_LIMIT = 200;

/**
 * An evidence file's events carry what it was attached to in their after (upload) or before (removal) JSON, since a
 * removed file's row is gone: found by JSON containment, which the partial GIN indexes on EvidenceFile events answer
 * (migration 20261128010000_audit_evidence_index) without reading the unit's other evidence events.
 */
async function evidenceEvents(unitId: number, fields: Record<string, number>): Promise<Prisma.AuditEventWhereInput> {
  const attached = JSON.stringify(fields);
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT id FROM "AuditEvent"
    WHERE entity = 'EvidenceFile' AND "unitId" = ${unitId}
      AND ("after" @> ${attached}::jsonb OR "before" @> ${attached}::jsonb)
    ORDER BY at DESC, id DESC
    LIMIT ${HISTORY_LIMIT}`;
  return { id: { in: rows.map((r) => r.id) } };
}

type EventRow = { entity: string; entityId: string | null; before: unknown; after: unknown };

/** The month an evidence event names in its after (upload) or before (removal) JSON. */
function monthIn(e: EventRow): number | null {
  const month = [e.after, e.before]
    .map((side) => (side as { month?: unknown } | null)?.month)
    .find((m) => typeof m === 'number');
  return (month as number | undefined) ?? null;
}

async function listEvents(
  where: Prisma.AuditEventWhereInput,
  monthOf: (e: EventRow) => number | null,
): Promise<HistoryEntry[]> {
  const events = await prisma.auditEvent.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: HISTORY_LIMIT,
    select: {
      id: true,
      at: true,
      action: true,
      entity: true,
      entityId: true,
      before: true,
      after: true,
      user: { select: { displayName: true } },
    },
  });
  return events.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    user: e.user?.displayName ?? null,
    action: e.action,
    entity: e.entity,
    month: monthOf(e),
    before: e.before,
    after: e.after,
  }));
}

/** Who changed an indicator's monthly figures and its months' states, and when, newest first; [] when not visible. */
export async function listIndicatorHistory(user: SessionUser, indicatorId: number): Promise<HistoryEntry[]> {
  const indicator = await prisma.indicator.findFirst({
    where: { id: indicatorId, plan: { unit: visibleUnitFilter(user) } },
    select: {
      planId: true,
      actuals: { select: { id: true, month: true } },
      plan: { select: { unitId: true, monthReports: { select: { id: true, month: true } } } },
    },
  });
  if (!indicator) return [];
  const months = new Map<string, number>([
    ...indicator.actuals.map((a) => [`MonthlyActual:${a.id}`, a.month] as const),
    ...indicator.plan.monthReports.map((r) => [`MonthReport:${r.id}`, r.month] as const),
  ]);
  return listEvents(
    {
      OR: [
        { entity: 'MonthlyActual', entityId: { in: indicator.actuals.map((a) => String(a.id)) } },
        { entity: 'MonthReport', entityId: { in: indicator.plan.monthReports.map((r) => String(r.id)) } },
        await evidenceEvents(indicator.plan.unitId, { indicatorId }),
      ],
    },
    (e) => months.get(`${e.entity}:${e.entityId}`) ?? monthIn(e),
  );
}

/** Every audited write of one plan's month (figures, spending, state), newest first; [] when not visible. */
export async function listMonthHistory(user: SessionUser, planId: number, month: number): Promise<HistoryEntry[]> {
  const plan = await prisma.plan.findFirst({
    where: { id: planId, unit: visibleUnitFilter(user) },
    select: {
      unitId: true,
      year: true,
      monthReports: { where: { month }, select: { id: true } },
      budgetExecutions: { where: { month }, select: { id: true } },
      indicators: { select: { actuals: { where: { month }, select: { id: true } } } },
    },
  });
  if (!plan) return [];
  const ids = (rows: { id: number }[]) => rows.map((r) => String(r.id));
  return listEvents(
    {
      OR: [
        { entity: 'MonthReport', entityId: { in: ids(plan.monthReports) } },
        { entity: 'BudgetExecution', entityId: { in: ids(plan.budgetExecutions) } },
        { entity: 'MonthlyActual', entityId: { in: ids(plan.indicators.flatMap((i) => i.actuals)) } },
        await evidenceEvents(plan.unitId, { year: plan.year, month }),
      ],
    },
    () => month,
  );
}
