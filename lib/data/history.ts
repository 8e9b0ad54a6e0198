import 'server-only';
import { visibleUnitId, type SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { MonthKey } from './month-reports';

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

type EventRow = Omit<HistoryEntry, 'at'> & { at: Date };

/** The month an evidence event names in its after (upload) or before (removal) JSON. */
function monthIn(e: Pick<EventRow, 'before' | 'after'>): number | null {
  const month = [e.after, e.before]
    .map((side) => (side as { month?: unknown } | null)?.month)
    .find((m) => typeof m === 'number');
  return (month as number | undefined) ?? null;
}

/**
 * The events of the records a target query keys (entity, id, month), and of the evidence files whose upload or
 * removal JSON contains `attached`, newest first, in one statement with their authors' names. An evidence file's
 * events carry what it was attached to, since a removed file's row is gone; the partial GIN indexes on EvidenceFile
 * events find them (migration 20261128010000_audit_evidence_index). The unit is in that JSON as its code (codes
 * never change), so no filter on the unit's column makes the database read all of the unit's events beside.
 */
async function eventsOf(keys: Prisma.Sql, attached: Prisma.Sql): Promise<HistoryEntry[]> {
  const rows = await prisma.$queryRaw<EventRow[]>`
    WITH keys AS (${keys}), events AS (
      SELECT e.id, e.at, e.action, e.entity, e."userId", e.before, e.after, k.month
      FROM keys k JOIN "AuditEvent" e ON e.entity = k.entity AND e."entityId" = k."entityId"
      UNION ALL
      SELECT e.id, e.at, e.action, e.entity, e."userId", e.before, e.after, NULL
      FROM (${attached}) a JOIN "AuditEvent" e
        ON e.entity = 'EvidenceFile' AND (e.after @> a.json OR e.before @> a.json)
    )
    SELECT ev.id, ev.at, ev.action, ev.entity, ev.month, ev.before, ev.after, u."displayName" AS "user"
    FROM events ev LEFT JOIN "User" u ON u.id = ev."userId"
    ORDER BY ev.at DESC, ev.id DESC
    LIMIT ${HISTORY_LIMIT}`;
  return rows.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    user: e.user,
    action: e.action,
    entity: e.entity,
    month: e.month ?? monthIn(e),
    before: e.before,
    after: e.after,
  }));
}

/** Who changed an indicator's monthly figures and its months' states, and when, newest first; [] when not visible. */
export async function listIndicatorHistory(user: SessionUser, indicatorId: number): Promise<HistoryEntry[]> {
  const unitId = visibleUnitId(user);
  const target = Prisma.sql`
    SELECT i.id, i."planId" FROM "Indicator" i JOIN "Plan" p ON p.id = i."planId"
    WHERE i.id = ${indicatorId} AND (${unitId}::int IS NULL OR p."unitId" = ${unitId}::int)`;
  return eventsOf(
    Prisma.sql`
      SELECT 'MonthlyActual'::text AS entity, a.id::text AS "entityId", a.month
      FROM (${target}) t JOIN "MonthlyActual" a ON a."indicatorId" = t.id
      UNION ALL
      SELECT 'MonthReport', r.id::text, r.month FROM (${target}) t JOIN "MonthReport" r ON r."planId" = t."planId"`,
    Prisma.sql`SELECT jsonb_build_object('indicatorId', t.id) AS json FROM (${target}) t`,
  );
}

/** Every audited write of one plan's month (figures, spending, state), newest first; [] when not visible. */
export async function listMonthHistory(
  user: SessionUser,
  { unitCode, year, month }: MonthKey,
): Promise<HistoryEntry[]> {
  const unitId = visibleUnitId(user);
  const target = Prisma.sql`
    SELECT p.id, p.year, u.code FROM "Plan" p JOIN "Unit" u ON u.id = p."unitId"
    WHERE u.code = ${unitCode} AND p.year = ${year} AND (${unitId}::int IS NULL OR p."unitId" = ${unitId}::int)`;
  return eventsOf(
    Prisma.sql`
      SELECT 'MonthReport'::text AS entity, r.id::text AS "entityId", r.month
      FROM (${target}) t JOIN "MonthReport" r ON r."planId" = t.id WHERE r.month = ${month}
      UNION ALL
      SELECT 'BudgetExecution', b.id::text, b.month
      FROM (${target}) t JOIN "BudgetExecution" b ON b."planId" = t.id WHERE b.month = ${month}
      UNION ALL
      SELECT 'MonthlyActual', a.id::text, a.month
      FROM (${target}) t JOIN "Indicator" i ON i."planId" = t.id
      JOIN "MonthlyActual" a ON a."indicatorId" = i.id WHERE a.month = ${month}`,
    Prisma.sql`
      SELECT jsonb_build_object('unitCode', t.code, 'year', t.year, 'month', ${month}::int) AS json FROM (${target}) t`,
  );
}
