import 'server-only';
import { can, canSeeUnit, type Permission, type SessionUser } from '@/lib/auth/permissions';
import { prisma, type Tx } from '@/lib/db';
import { type MonthAction, type MonthState, nextMonthState } from '@/lib/domain/month-cycle';
import { AppError, message } from '@/lib/errors';
import { type MonthReport, Prisma } from '@/lib/generated/prisma/client';
import { THRESHOLD_SETTINGS } from '@/lib/domain/plan-rules';
import type { StoredDecimal } from './decimals';
import { type StoredThresholds, THRESHOLDS_SELECT } from './engine-input';

export type MonthKey = { unitCode: string; year: number; month: number };

const REFUSAL_KEY = {
  LOCKED: 'locked',
  AWAITING_REVIEW: 'awaitingReview',
  NOT_SUBMITTED: 'notSubmitted',
  NOT_APPROVED: 'notApproved',
} as const;

export function assertCan(user: SessionUser, permission: Permission): void {
  if (!can(user, permission)) throw new AppError('FORBIDDEN', 'common.errors.forbidden');
}

/** What the monthly cycle needs of a month's plan. */
export const PLAN_OF_MONTH_SELECT = {
  id: true,
  unitId: true,
  year: true,
  budgetTotal: true,
  dueDay: true,
  ...THRESHOLDS_SELECT,
} as const;

/** What the monthly cycle needs of a month's plan, with its unit. */
export type PlanOfMonth = {
  id: number;
  unitId: number;
  year: number;
  budgetTotal: StoredDecimal;
  dueDay: number;
  unit: { id: number; code: string; name: string };
} & StoredThresholds;

type PlanOfMonthRow = Omit<PlanOfMonth, 'unit' | 'id' | 'year'> & {
  id: number | null;
  year: number | null;
  code: string;
  name: string;
};

/** The plan's threshold columns for a raw statement on "Plan" p, as their exact texts (what `thresholdsOf` reads). */
export const THRESHOLD_COLUMNS = Prisma.join(
  THRESHOLD_SETTINGS.map((column) => Prisma.raw(`trim_scale(p."${column}")::text AS "${column}"`)),
);

/** The month's report as findPlan reads it, with the names of who updated, submitted and reviewed it. */
export type ReportOfMonth = MonthReport & {
  updatedByName: string | null;
  submittedByName: string | null;
  reviewedByName: string | null;
};

// the report as JSON: one column, so that the plan's row stays one row whether the month has a report or not
const REPORT_JSON = Prisma.sql`
  CASE WHEN r.id IS NOT NULL THEN json_build_object(
    'id', r.id, 'planId', r."planId", 'month', r.month, 'state', r.state, 'version', r.version,
    'submittedAt', r."submittedAt", 'submittedById', r."submittedById", 'reviewedAt', r."reviewedAt",
    'reviewedById', r."reviewedById", 'returnReason', r."returnReason", 'reopenReason', r."reopenReason",
    'updatedById', r."updatedById", 'updatedAt', r."updatedAt", 'updatedByName', ub."displayName",
    'submittedByName', sb."displayName", 'reviewedByName', rb."displayName")::text END`;

type ReportJson = Omit<ReportOfMonth, 'submittedAt' | 'reviewedAt' | 'updatedAt'> & {
  submittedAt: string | null;
  reviewedAt: string | null;
  updatedAt: string;
};
const reportOf = (json: string | null): ReportOfMonth | null => {
  if (json === null) return null;
  const report = JSON.parse(json) as ReportJson;
  const at = (text: string | null) => (text === null ? null : new Date(text));
  return {
    ...report,
    submittedAt: at(report.submittedAt),
    reviewedAt: at(report.reviewedAt),
    updatedAt: new Date(report.updatedAt),
  };
};

/**
 * The unit's plan for the year with its unit and the month's report, in one statement (every page and write of a
 * month starts here), refused when the user may not see the unit.
 */
export async function findPlan(
  tx: Tx,
  user: SessionUser,
  key: MonthKey,
): Promise<PlanOfMonth & { report: ReportOfMonth | null }> {
  const [row] = await tx.$queryRaw<(PlanOfMonthRow & { report: string | null })[]>`
    SELECT u.id AS "unitId", u.code, u.name, p.id, p.year, trim_scale(p."budgetTotal")::text AS "budgetTotal",
           p."dueDay", ${THRESHOLD_COLUMNS}, ${REPORT_JSON} AS report
    FROM "Unit" u
    LEFT JOIN "Plan" p ON p."unitId" = u.id AND p.year = ${key.year}
    LEFT JOIN "MonthReport" r ON r."planId" = p.id AND r.month = ${key.month}
    LEFT JOIN "User" ub ON ub.id = r."updatedById"
    LEFT JOIN "User" sb ON sb.id = r."submittedById"
    LEFT JOIN "User" rb ON rb.id = r."reviewedById"
    WHERE u.code = ${key.unitCode}`;
  if (!row) throw new AppError('NOT_FOUND', 'entry.validation.noPlan');
  if (!canSeeUnit(user, row.unitId)) throw new AppError('FORBIDDEN', 'entry.validation.forbiddenUnit');
  const { id, year, code, name, report, ...plan } = row;
  if (id === null || year === null) throw new AppError('NOT_FOUND', 'entry.validation.noPlan');
  return { ...plan, id, year, unit: { id: row.unitId, code, name }, report: reportOf(report) };
}

/** The refusal for a stale version: who changed the month, and when (Shanghai time). */
export async function conflictError(tx: Tx, planId: number, month: number): Promise<AppError> {
  const report = await tx.monthReport.findUnique({
    where: { planId_month: { planId, month } },
    select: { updatedById: true, updatedAt: true },
  });
  const who = report?.updatedById
    ? await tx.user.findUnique({ where: { id: report.updatedById }, select: { displayName: true } })
    : null;
  return new AppError('CONFLICT', 'common.conflict', {
    user: who?.displayName ?? message('entry.validation.unknownUser'),
    at: report?.updatedAt ?? '',
  });
}

/** state after the action, or the refusal as a person reads it */
export function transitionOrThrow(from: MonthState | null, action: MonthAction): MonthState {
  const next = nextMonthState(from, action);
  if (next.ok) return next.state;
  throw new AppError('INVALID', `entry.validation.${REFUSAL_KEY[next.refusal]}`);
}

/**
 * Moves the month's report to `data` only if it is still at `version` (the lock that serialises concurrent saves),
 * creating it when the month has none yet (version 0). Throws CONFLICT when someone else got there first.
 */
export async function bumpReport(
  tx: Tx,
  plan: { id: number },
  month: number,
  version: number,
  data: Omit<Prisma.MonthReportUncheckedCreateInput, 'planId' | 'month' | 'version'>,
): Promise<{ id: number; version: number }> {
  if (version === 0) {
    const created = await tx.monthReport
      .create({ data: { ...data, planId: plan.id, month, version: 1 }, select: { id: true, version: true } })
      .catch((error: unknown) => {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return null;
        throw error;
      });
    if (!created) throw new StaleVersion(plan.id, month);
    return created;
  }
  const updated = await tx.monthReport.updateMany({
    where: { planId: plan.id, month, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new StaleVersion(plan.id, month);
  return tx.monthReport.findUniqueOrThrow({
    where: { planId_month: { planId: plan.id, month } },
    select: { id: true, version: true },
  });
}

/**
 * Runs one month's write in a transaction; a stale version becomes a CONFLICT naming who changed the month and when.
 */
const isPoolExhausted = (error: unknown) =>
  (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2028') ||
  (error instanceof Error && error.message.includes('timeout exceeded when trying to connect'));

export async function monthTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await prisma.$transaction(fn, { timeout: 20_000, maxWait: 15_000 });
  } catch (error) {
    if (error instanceof StaleVersion) throw await conflictError(prisma, error.planId, error.month);
    // no connection free in time (a burst of saves: P2028, or the pool's own wait): a clear "try again", not a crash
    if (isPoolExhausted(error)) throw new AppError('CONFLICT', 'entry.validation.busy');
    throw error;
  }
}

/** thrown inside a transaction; turned into a CONFLICT naming the winner once the transaction has rolled back */
export class StaleVersion extends Error {
  constructor(
    readonly planId: number,
    readonly month: number,
  ) {
    super('stale version');
  }
}
