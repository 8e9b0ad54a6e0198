import 'server-only';
import { clock } from '@/lib/clock';
import { can, visibleUnitFilter, visibleUnitId, type SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { dueDate, isOverdue, type MonthState, shanghaiYearMonth } from '@/lib/domain';
import { isMonthStarted, isSubmittedState } from '@/lib/domain/month-cycle';

export type CellState = MonthState | 'MISSING' | 'NOT_STARTED';
export type ProgressCell = { month: number; state: CellState; isOverdue: boolean };
export type ProgressRow = { unitCode: string; unitName: string; hasPlan: boolean; cells: ProgressCell[] };

/**
 * Unit × month reporting state for a year: what is missing, drafted, submitted, returned, approved, and what is
 * overdue.
 */
/** Units per page of the grid: a province's hundred units would make one page of some 700 KB. */
export const PROGRESS_PAGE_SIZE = 20;

export type ProgressGridPage = { rows: ProgressRow[]; total: number; page: number; pageCount: number };
type GridRow = { code: string; name: string; dueDay: number | null; total: number; states: string };

// the states of plan p's months as one JSON text (a row per plan instead of one per month)
const MONTH_STATES = Prisma.sql`(SELECT coalesce(json_agg(json_build_array(r.month, r.state)), '[]') FROM "MonthReport" r
  WHERE r."planId" = p.id)::text`;
const monthStates = (json: string) => new Map(JSON.parse(json) as [number, MonthState][]);

export async function getProgressGrid(
  user: SessionUser,
  year: number,
  now = clock.now(),
  requestedPage = 1,
): Promise<ProgressGridPage> {
  if (!can(user, 'actuals.view')) return { rows: [], total: 0, page: 1, pageCount: 1 };
  const today = shanghaiYearMonth(now);
  const unitId = visibleUnitId(user);
  // a page of units with their plan's due day and the states of its months, and the number of units, in one
  // statement (Prisma's nested read took four, and twice the CPU)
  const unitCount = Prisma.sql`SELECT count(*)::int FROM "Unit" c WHERE ${unitId}::int IS NULL OR c.id = ${unitId}::int`;
  const unitsOf = (page: number) => prisma.$queryRaw<GridRow[]>`
    SELECT u.code, u.name, p."dueDay", (${unitCount}) AS total,
           ${MONTH_STATES} AS states
    FROM "Unit" u LEFT JOIN "Plan" p ON p."unitId" = u.id AND p.year = ${year}
    WHERE ${unitId}::int IS NULL OR u.id = ${unitId}::int
    ORDER BY u."sortOrder", u.code
    LIMIT ${PROGRESS_PAGE_SIZE} OFFSET ${(page - 1) * PROGRESS_PAGE_SIZE}`;
  const wanted = Math.max(1, requestedPage);
  const requested = await unitsOf(wanted);
  // past the last page there is no row to carry the count: count, then read the last page
  const total =
    requested[0]?.total ?? (await prisma.$queryRaw<{ total: number }[]>`SELECT (${unitCount}) AS total`)[0].total;
  const pageCount = Math.max(1, Math.ceil(total / PROGRESS_PAGE_SIZE));
  const page = Math.min(wanted, pageCount);
  const units = page === wanted ? requested : await unitsOf(page);
  const rows = units.map((unit) => {
    const plan = unit.dueDay === null ? null : { dueDay: unit.dueDay };
    const states = monthStates(unit.states);
    const cells = Array.from({ length: 12 }, (_, i): ProgressCell => {
      const month = i + 1;
      const state = states.get(month);
      if (!isMonthStarted(year, month, today)) return { month, state: 'NOT_STARTED', isOverdue: false };
      const isDone = isSubmittedState(state);
      return {
        month,
        state: state ?? 'MISSING',
        isOverdue: !!plan && isOverdue(year, month, now, isDone, plan.dueDay),
      };
    });
    return { unitCode: unit.code, unitName: unit.name, hasPlan: !!plan, cells };
  });
  return { rows, total, page, pageCount };
}

export type DueItem = {
  kind: 'ENTRY' | 'REVIEW';
  unitCode: string;
  unitName: string;
  year: number;
  month: number;
  dueAt: string;
  isOverdue: boolean;
  /** returned by a reviewer: to be corrected and submitted again */
  isReturned: boolean;
};

/**
 * What needs doing now: for a manager, their unit's ended months not yet submitted (overdue first);
 * for a reviewer, the submitted months waiting for review.
 */
export async function listDueItems(user: SessionUser, now = clock.now()): Promise<DueItem[]> {
  const items = [...(await listReviewItems(user)), ...(await listEntryItems(user, now))];
  return items.sort((a, b) => Number(b.isOverdue) - Number(a.isOverdue) || a.dueAt.localeCompare(b.dueAt));
}

/** A line of the 待办事项: how many months of a kind, and where to act on them (the queue, the month, the grid). */
export type DueCount = {
  kind: 'REVIEW' | 'RETURNED' | 'OVERDUE' | 'DUE';
  count: number;
  href: string;
  action: 'review' | 'entry' | 'progress';
};

/**
 * The 待办事项 in a few lines whatever the number of units: how many months wait for review (one count query, linking
 * to the queue) and, for a reviewer, how many months of all their units are overdue (linking to 填报进度); for a
 * manager, how many of their months were returned, are overdue or are due (linking to the oldest of each).
 */
export async function summariseDueItems(user: SessionUser, now = clock.now()): Promise<DueCount[]> {
  const counts: DueCount[] = [];
  if (can(user, 'months.review')) {
    const [count, overdue] = await Promise.all([
      prisma.monthReport.count({ where: { state: 'SUBMITTED', plan: { unit: visibleUnitFilter(user) } } }),
      user.role === 'MANAGER' ? null : countOverdue(user, now),
    ]);
    if (count > 0) counts.push({ kind: 'REVIEW', count, href: '/review', action: 'review' });
    if (overdue && overdue.count > 0)
      counts.push({
        kind: 'OVERDUE',
        count: overdue.count,
        href: `/progress?year=${overdue.oldestYear}`,
        action: 'progress',
      });
  }
  const entries = (await listEntryItems(user, now)).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  for (const [kind, items] of [
    ['RETURNED', entries.filter((i) => i.isReturned)],
    ['OVERDUE', entries.filter((i) => !i.isReturned && i.isOverdue)],
    ['DUE', entries.filter((i) => !i.isReturned && !i.isOverdue)],
  ] as const) {
    if (items.length > 0)
      counts.push({
        kind,
        count: items.length,
        href: `/entry/${items[0].year}/${items[0].month}?unit=${items[0].unitCode}`,
        action: 'entry',
      });
  }
  return counts;
}

/**
 * The months of this year and last year, in every unit the user sees, that are past their due day and not submitted:
 * one statement with the states of each plan's months; the due days are the domain's.
 */
async function countOverdue(user: SessionUser, now: Date): Promise<{ count: number; oldestYear: number }> {
  const today = shanghaiYearMonth(now);
  const unitId = visibleUnitId(user);
  const plans = await prisma.$queryRaw<{ year: number; dueDay: number; states: string }[]>`
    SELECT p.year, p."dueDay",
           ${MONTH_STATES} AS states
    FROM "Plan" p
    WHERE p.year IN (${today.year - 1}, ${today.year}) AND (${unitId}::int IS NULL OR p."unitId" = ${unitId}::int)`;
  let count = 0;
  let oldestYear = today.year;
  for (const plan of plans) {
    const states = monthStates(plan.states);
    for (let month = 1; month <= 12; month++)
      if (isOverdue(plan.year, month, now, isSubmittedState(states.get(month)), plan.dueDay)) {
        count += 1;
        oldestYear = Math.min(oldestYear, plan.year);
      }
  }
  return { count, oldestYear };
}

async function listReviewItems(user: SessionUser): Promise<DueItem[]> {
  if (!can(user, 'months.review')) return [];
  const waiting = await prisma.monthReport.findMany({
    where: { state: 'SUBMITTED', plan: { unit: visibleUnitFilter(user) } },
    orderBy: [{ submittedAt: 'asc' }],
    select: {
      month: true,
      plan: { select: { year: true, dueDay: true, unit: { select: { code: true, name: true } } } },
    },
  });
  return waiting.map((w) => ({
    kind: 'REVIEW',
    unitCode: w.plan.unit.code,
    unitName: w.plan.unit.name,
    year: w.plan.year,
    month: w.month,
    dueAt: dueDate(w.plan.year, w.month, w.plan.dueDay).toISOString(),
    isOverdue: false,
    isReturned: false,
  }));
}

async function listEntryItems(user: SessionUser, now: Date): Promise<DueItem[]> {
  if (user.role !== 'MANAGER' || !can(user, 'actuals.edit')) return [];
  const items: DueItem[] = [];
  const today = shanghaiYearMonth(now);
  const plans = await prisma.plan.findMany({
    where: { unit: visibleUnitFilter(user), year: { in: [today.year - 1, today.year] } },
    select: {
      year: true,
      dueDay: true,
      unit: { select: { code: true, name: true } },
      monthReports: { select: { month: true, state: true } },
    },
  });
  for (const plan of plans) {
    for (let month = 1; month <= 12; month++) {
      const isEnded = plan.year < today.year || month < today.month;
      const state = plan.monthReports.find((r) => r.month === month)?.state;
      // a returned month is to do even before it ends (it was submitted early)
      if (isSubmittedState(state) || (!isEnded && state !== 'RETURNED')) continue;
      const due = dueDate(plan.year, month, plan.dueDay);
      items.push({
        kind: 'ENTRY',
        unitCode: plan.unit.code,
        unitName: plan.unit.name,
        year: plan.year,
        month,
        dueAt: due.toISOString(),
        isOverdue: now > due,
        isReturned: state === 'RETURNED',
      });
    }
  }
  return items;
}
