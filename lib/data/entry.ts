import 'server-only';
import { clock } from '@/lib/clock';
import { can, type SessionUser } from '@/lib/auth/permissions';
import { prisma, type Tx } from '@/lib/db';
import {
  type Comparator,
  dueDate,
  entryFigures,
  isOverdue,
  type MonthValue,
  shanghaiYearMonth,
  type ShareMode,
  FORECAST_HISTORY_YEARS,
  type PriorYear,
  plannedByMonth,
} from '@/lib/domain';
import { isEditableState, isMonthStarted, isSubmittedState } from '@/lib/domain/month-cycle';
import { AppError } from '@/lib/errors';
import type { EntryIndicatorMeta, SaveMonth } from '@/lib/validation/entry';
import { decimalInputText, decimalNumber } from './decimals';
import {
  budgetMonthsOf,
  indicatorInputOf,
  type StoredBudgetMonth,
  indicatorMonthsOf,
  monthValueOf,
  thresholdsOf,
} from './engine-input';
import { findPlan, type MonthKey, type PlanOfMonth, type ReportOfMonth } from './month-reports';
import { listVisibleUnits } from './performance';
import { fetchPlanYears, type PlanYear, type StoredDefinition, type StoredMonth } from './plan-years';
import type { StoredDeviation } from './stored-actuals';

export type EntryIndicator = EntryIndicatorMeta & {
  code: string;
  comparator: Comparator;
  target: number | null;
  targetText: string;
  weight: number;
  displayUnit: string;
  isMonitoring: boolean;
  shareMode: ShareMode;
  monthlyPlan: number[] | null;
};

export type EntryRowData = {
  indicator: EntryIndicator;
  months: MonthValue[];
  lastYear: MonthValue[];
  /** earlier years of the indicator, for the forecast's suggested likelihood */
  priorYears: PriorYear[];
  current: { value: string; numerator: string; denominator: string; rating: string; note: string };
  deviation: { causes: string[]; analysis: string; measures: string; likelihood: string } | null;
  /** the record of the month before (December of last year for January), for 沿用上月说明 */
  lastMonthDeviation: {
    month: number;
    causes: string[];
    analysis: string;
    measures: string;
    likelihood: string;
  } | null;
};

export type EntryMonth = Awaited<ReturnType<typeof loadEntryMonth>>;

const lastMonthDeviationOf = (
  month: number,
  actuals: { month: number; deviation: StoredDeviation | null }[],
  lastYear: { month: number; deviation: StoredDeviation | null }[],
): EntryRowData['lastMonthDeviation'] => {
  const previous = month === 1 ? lastYear.find((a) => a.month === 12) : actuals.find((a) => a.month === month - 1);
  return previous?.deviation ? { month: previous.month, ...previous.deviation } : null;
};

type EntryMonthParts = {
  plan: PlanOfMonth;
  unit: { id: number; code: string; name: string };
  indicators: (StoredDefinition & { id: number; code: string; actuals: StoredMonth[] })[];
  /** the plans of the years before that were read (FORECAST_HISTORY_YEARS at most), oldest first */
  earlierPlans: PlanYear[];
  budgetRows: StoredBudgetMonth[];
  report: Awaited<ReturnType<Tx['monthReport']['findUnique']>>;
  people: Map<number, string>;
};

/**
 * The plan's indicators with their definitions and stored months, its spending, and its `historyYears` earlier
 * years, out of the years read for one or many plans (a unit's plan of another queued year is among them).
 */
function yearsOfPlan(plan: PlanOfMonth, years: PlanYear[], historyYears: number) {
  const own = years.find((y) => y.planId === plan.id);
  return {
    indicators: (own?.indicators ?? []).map(({ definition, ...i }) => ({ ...definition!, ...i })),
    earlierPlans: years.filter(
      (y) => y.unitId === plan.unitId && y.year < plan.year && y.year >= plan.year - historyYears,
    ),
    budgetRows: own?.budgetExecutions ?? [],
  };
}
/**
 * How many earlier years a month is read with: the forecast's suggested likelihood needs FORECAST_HISTORY_YEARS, the
 * plausibility bounds and 同比 last year only, the statuses none (the history never changes a status).
 */
export type HistoryYears = 0 | 1 | typeof FORECAST_HISTORY_YEARS;

export const fetchPeople = async (tx: Tx, ids: (number | null | undefined)[]) =>
  new Map(
    (
      await tx.user.findMany({
        where: { id: { in: ids.filter((id): id is number => id != null) } },
        select: { id: true, displayName: true },
      })
    ).map((u) => [u.id, u.displayName]),
  );
export const peopleOf = (report: EntryMonthParts['report']) => [
  report?.updatedById,
  report?.submittedById,
  report?.reviewedById,
];

// the report without the names, and the names by user id
function reportAndPeople(row: ReportOfMonth | null) {
  if (!row) return { report: null, people: new Map<number, string>() };
  const { updatedByName, submittedByName, reviewedByName, ...report } = row;
  const named: [number | null, string | null][] = [
    [report.updatedById, updatedByName],
    [report.submittedById, submittedByName],
    [report.reviewedById, reviewedByName],
  ];
  const people = new Map(named.filter((p): p is [number, string] => p[0] !== null && p[1] !== null));
  return { report, people };
}

async function loadEntryMonth(
  db: Tx,
  user: SessionUser,
  key: MonthKey,
  historyYears: HistoryYears = FORECAST_HISTORY_YEARS,
) {
  const plan = await findPlan(db, user, key);
  const years = await fetchPlanYears(db, [plan], historyYears);
  return assembleEntryMonth(user, key, {
    plan,
    unit: plan.unit,
    ...yearsOfPlan(plan, years, historyYears),
    ...reportAndPeople(plan.report),
  });
}

/**
 * Many plans' months at once (the review queue) with a fixed number of queries, whatever their number; each month
 * exactly as loadEntryMonth returns it. The reports must be of plans the user may see (the caller filters them).
 */
export async function loadEntryMonths(
  db: Tx,
  user: SessionUser,
  reports: (NonNullable<EntryMonthParts['report']> & {
    plan: PlanOfMonth;
  })[],
  historyYears: HistoryYears = FORECAST_HISTORY_YEARS,
) {
  if (reports.length === 0) return [];
  const plans = [...new Map(reports.map((r) => [r.plan.id, r.plan])).values()];
  const [years, people] = await Promise.all([
    fetchPlanYears(db, plans, historyYears),
    fetchPeople(db, reports.flatMap(peopleOf)),
  ]);
  return reports.map(({ plan, ...report }) =>
    assembleEntryMonth(
      user,
      { unitCode: plan.unit.code, year: plan.year, month: report.month },
      { plan, unit: plan.unit, ...yearsOfPlan(plan, years, historyYears), report, people },
    ),
  );
}

/** A month's report as the pages show it: states, reasons, and who did what when, by name. */
export function reportView(
  report: NonNullable<EntryMonthParts['report']>,
  nameOf: (id: number | null | undefined) => string | null,
) {
  return {
    id: report.id,
    state: report.state,
    version: report.version,
    returnReason: report.returnReason,
    reopenReason: report.reopenReason,
    updatedBy: nameOf(report.updatedById),
    updatedAt: report.updatedAt.toISOString(),
    submittedBy: nameOf(report.submittedById),
    submittedAt: report.submittedAt?.toISOString() ?? null,
    reviewedBy: nameOf(report.reviewedById),
    reviewedAt: report.reviewedAt?.toISOString() ?? null,
  };
}

function assembleEntryMonth(user: SessionUser, key: MonthKey, parts: EntryMonthParts) {
  const { plan, unit, indicators, earlierPlans, budgetRows, report, people } = parts;
  const lastYearPlan = earlierPlans.find((p) => p.year === key.year - 1);
  const earlierMonths = (p: (typeof earlierPlans)[number], i: { code: string; isBudgetDerived: boolean }) =>
    indicatorMonthsOf(i, p.indicators.find((l) => l.code === i.code)?.actuals ?? [], {
      budgetTotal: p.budgetTotal,
      budgetMonths: p.budgetExecutions,
    });
  const nameOf = (id: number | null | undefined) => (id == null ? null : (people.get(id) ?? null));
  const state = report?.state ?? null;
  const today = shanghaiYearMonth(clock.now());
  const thresholds = thresholdsOf(plan);
  const budgetMonths = budgetMonthsOf(budgetRows);
  const thisBudget = budgetRows.find((b) => b.month === key.month);
  const rows: EntryRowData[] = indicators.map((i) => {
    const mine = i.actuals.find((a) => a.month === key.month);
    const lastYearActuals = lastYearPlan?.indicators.find((l) => l.code === i.code)?.actuals ?? [];
    return {
      indicator: {
        ...indicatorInputOf(i),
        id: i.id,
        code: i.code,
        name: i.name,
        targetText: i.targetText,
        displayUnit: i.displayUnit,
        numeratorLabel: i.numeratorLabel,
        denominatorLabel: i.denominatorLabel,
        isMonitoring: i.isMonitoring,
      },
      months: i.actuals.map(monthValueOf),
      lastYear: lastYearPlan ? earlierMonths(lastYearPlan, i) : [],
      priorYears: earlierPlans.map((p) => ({ year: p.year, months: earlierMonths(p, i) })),
      current: {
        value: decimalInputText(mine?.value),
        numerator: decimalInputText(mine?.numerator),
        denominator: decimalInputText(mine?.denominator),
        rating: mine?.rating ?? '',
        note: mine?.note ?? '',
      },
      deviation: mine?.deviation ? { ...mine.deviation } : null,
      lastMonthDeviation: lastMonthDeviationOf(key.month, i.actuals, lastYearActuals),
    };
  });
  return {
    unit,
    year: key.year,
    month: key.month,
    planId: plan.id,
    thresholds,
    rows,
    budget: {
      total: decimalNumber(plan.budgetTotal)!,
      months: budgetMonths,
      spent: decimalInputText(thisBudget?.spent),
      // the plan's 预算计划 for the month, or its default equal split where none is stored
      planned: plannedByMonth(decimalNumber(plan.budgetTotal)!, budgetMonths)[key.month - 1].toFixed(2),
    },
    report: report && reportView(report, nameOf),
    version: report?.version ?? 0,
    dueAt: dueDate(key.year, key.month, plan.dueDay).toISOString(),
    isOverdue: isOverdue(key.year, key.month, clock.now(), isSubmittedState(state), plan.dueDay),
    isStarted: isMonthStarted(key.year, key.month, today),
    canEdit: can(user, 'actuals.edit') && isEditableState(state) && isMonthStarted(key.year, key.month, today),
    canSubmit: can(user, 'months.submit'),
  };
}

/**
 * Everything the entry page shows for one unit's month: plan rows with this year's and last year's figures, spending,
 * state.
 */
export async function getEntryMonth(user: SessionUser, key: MonthKey) {
  if (!can(user, 'actuals.view')) throw new AppError('FORBIDDEN', 'common.errors.forbidden');
  return loadEntryMonth(prisma, user, key, FORECAST_HISTORY_YEARS);
}

/**
 * YTD status per indicator as of the month with the given figures; the ids of those needing a deviation record. The
 * indicators in `forecastFor` also get the forecast's likelihood (the one the entry form suggests), which needs the
 * earlier years loaded.
 */
export function statusesFor(month: EntryMonth, overrides?: SaveMonth, forecastFor: ReadonlySet<number> = new Set()) {
  const spent = overrides?.budget ? decimalNumber(overrides.budget.spent) : decimalNumber(month.budget.spent || null);
  const planned = overrides?.budget
    ? decimalNumber(overrides.budget.planned)
    : decimalNumber(month.budget.planned || null);
  return month.rows.map((row) => {
    const typed = overrides?.rows.find((r) => r.indicatorId === row.indicator.id);
    const c = typed ?? {
      value: row.current.value || null,
      numerator: row.current.numerator || null,
      denominator: row.current.denominator || null,
      rating: row.current.rating || null,
    };
    const current = {
      value: decimalNumber(c.value),
      numerator: decimalNumber(c.numerator),
      denominator: decimalNumber(c.denominator),
      rating: (c.rating || null) as MonthValue['rating'],
    };
    const figures = entryFigures({
      indicator: row.indicator,
      month: month.month,
      months: row.months,
      lastYear: row.lastYear,
      priorYears: row.priorYears,
      current,
      thresholds: month.thresholds,
      budget: { total: month.budget.total, months: month.budget.months, current: { spent, planned } },
      // the statuses decide the deviation records and the review's figures; the forecast never changes them
      withForecast: forecastFor.has(row.indicator.id),
    });
    return { indicatorId: row.indicator.id, ...figures };
  });
}

/** The units a user may enter for: a manager their own, an admin any. */
export async function listEntryUnits(user: SessionUser): Promise<{ code: string; name: string }[]> {
  return (await listVisibleUnits(user)).map(({ code, name }) => ({ code, name }));
}

/** The latest month that is due (its due date has passed or it has ended): last month in Shanghai time. */
export function latestDueMonth(now = clock.now()): { year: number; month: number } {
  const today = shanghaiYearMonth(now);
  return today.month === 1 ? { year: today.year - 1, month: 12 } : { year: today.year, month: today.month - 1 };
}

export { loadEntryMonth };
