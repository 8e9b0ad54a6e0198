import 'server-only';
import { clock } from '@/lib/clock';
import { prisma } from '@/lib/db';
import { visibleUnitId, type SessionUser } from '@/lib/auth/permissions';
import {
  evaluatePlan,
  isOverdue,
  isSubmittedState,
  dueDate,
  latestMonthWithData,
  type BudgetFigures,
  type BudgetMonth,
  type Grade,
  type IndicatorFigures,
  type MonthValue,
  type PriorYear,
  FORECAST_HISTORY_YEARS,
  withOverdue,
} from '@/lib/domain';
import {
  getActualRows,
  getBudgetRows,
  getDeviationRows,
  getMonthReportRows,
  getTargetVersionRows,
  type ActualRow,
  type BudgetRow,
  type DeviationRow,
  type MonthReportRow,
  type MonthState,
  type TargetVersionRow,
} from '@/lib/data/plan-rows';
import { groupBy } from './group-by';
import { type SummaryKey, throughSummaries } from './plan-summary';
import { decimalNumber } from './decimals';
import {
  budgetMonthsOf,
  GRADE_BANDS_SELECT,
  gradeBandsOf,
  INDICATOR_INPUT_SELECT,
  indicatorInputOf,
  indicatorMonthsOf,
  THRESHOLDS_SELECT,
  thresholdsOf,
} from './engine-input';
import { INDICATOR_DEFINITION_SELECT, indicatorDefinitionOf } from './indicator-definition';
import type { DeviationRecord, IndicatorDefinition, PlanStatus } from '@/lib/domain/types';

export type PerformanceQuery = {
  /** unit codes; 'all' = every unit the user may see */
  units: string[] | 'all';
  year: number;
  /** the "as of" month; default: the latest month with data */
  asOf?: number | null;
  /** count only approved months (reports default to this) */
  approvedOnly?: boolean;
  now?: Date;
  /**
   * false: the indicators' month-by-month series are left out (figures.monthly = [], lastYearMonths = []), for views
   * that draw no chart
   */
  withMonthly?: boolean;
};

export type MonthStatus = {
  month: number;
  state: MonthState | 'MISSING';
  isOverdue: boolean;
  dueDate: string;
  submittedAt: string | null;
  reviewedAt: string | null;
};
export type DeviationView = DeviationRecord & { month: number };

export type IndicatorPerformance = IndicatorDefinition & {
  id: number;
  target: number | null;
  weight: number;
  /** the target before its first adjustment, when it was adjusted (目标调整) */
  originalTarget: { target: number | null; targetText: string } | null;
  targetVersions: TargetVersionRow[];
  figures: IndicatorFigures;
  /** a figure is entered for the as-of month (else an overdue as-of month makes the status OVERDUE) */
  hasAsOfData: boolean;
  /** last year's monthly values (for 同比 lines), same shape as the engine's input */
  lastYearMonths: MonthValue[];
  deviations: DeviationView[];
};

export type PlanPerformance = {
  unit: { id: number; code: string; name: string; isDemo: boolean };
  planId: number;
  year: number;
  asOf: number;
  latestMonthWithData: number | null;
  planStatus: PlanStatus;
  /** the day of the next month a month's figures are due */
  dueDay: number;
  goal: string;
  budgetTotal: number;
  basicExpense: number;
  projectExpense: number;
  budgetWeight: number;
  isYearComplete: boolean;
  isProjected: boolean;
  approvedOnly: boolean;
  months: MonthStatus[];
  indicators: IndicatorPerformance[];
  budget: BudgetFigures | null;
  budgetMonths: BudgetMonth[];
  total: number | null;
  maxTotal: number;
  grade: Grade | null;
};

const PLAN_SELECT = {
  id: true,
  year: true,
  unitId: true,
  status: true,
  goal: true,
  budgetTotal: true,
  basicExpense: true,
  projectExpense: true,
  budgetWeight: true,
  ...GRADE_BANDS_SELECT,
  ...THRESHOLDS_SELECT,
  dueDay: true,
  unit: { select: { id: true, code: true, name: true, isDemo: true, sortOrder: true } },
  indicators: {
    orderBy: { sortOrder: 'asc' as const },
    select: {
      ...INDICATOR_DEFINITION_SELECT,
      ...INDICATOR_INPUT_SELECT,
      id: true,
      evaluatorScore: true,
    },
  },
} as const;

/** The units the user may see, in display order. */
export async function listVisibleUnits(user: SessionUser): Promise<{ id: number; code: string; name: string }[]> {
  // raw: a province's hundred units cost Prisma's model query twice the CPU, on every dashboard view
  const unitId = visibleUnitId(user);
  return prisma.$queryRaw`
    SELECT id, code, name FROM "Unit"
    WHERE ${unitId}::int IS NULL OR id = ${unitId}::int
    ORDER BY "sortOrder", code`;
}

/** The years that have a plan for any unit the user may see, newest first. */
export async function listPlanYears(user: SessionUser): Promise<number[]> {
  // DISTINCT in the database: Prisma's `distinct` reads every plan (a thousand at province scale) and dedupes them here
  const unitId = visibleUnitId(user);
  const rows = await prisma.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT year FROM "Plan" WHERE ${unitId}::int IS NULL OR "unitId" = ${unitId}::int ORDER BY year DESC`;
  return rows.map((r) => r.year);
}

/**
 * Every figure of the plans of the requested units and year, as of a month: the engine applied to rows fetched
 * with a fixed number of queries, whatever the number of units, indicators and months, or the stored result of that
 * where it is still current (lib/data/plan-summary.ts). Units the user may not see are left out (a manager sees only
 * their own).
 */
export async function listPlanPerformance(user: SessionUser, query: PerformanceQuery): Promise<PlanPerformance[]> {
  const unitId = visibleUnitId(user);
  const codes = query.units === 'all' ? null : query.units;
  // the plans with their units' order in one statement (Prisma reads a relation in a query of its own)
  const plans = await prisma.$queryRaw<(SummaryKey & { sortOrder: number; code: string })[]>`
    SELECT p.id AS "planId", p."unitId", u."sortOrder", u.code
    FROM "Plan" p JOIN "Unit" u ON u.id = p."unitId"
    WHERE p.year = ${query.year} AND (${unitId}::int IS NULL OR u.id = ${unitId}::int)
      AND (${codes}::text[] IS NULL OR u.code = ANY(${codes}::text[]))`;
  plans.sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  return performanceOfPlans(
    plans.map((p) => ({ planId: p.planId, unitId: p.unitId })),
    query,
  );
}

/**
 * The figures of plans a caller has found itself, with their visibility checked (the indicator page finds its plan
 * through the indicator), in the order given.
 */
export async function performanceOfPlans(
  plans: SummaryKey[],
  query: Omit<PerformanceQuery, 'units'>,
): Promise<PlanPerformance[]> {
  const variant = `asOf=${query.asOf ?? 'latest'};approved=${query.approvedOnly ? 1 : 0};monthly=${query.withMonthly === false ? 0 : 1}`;
  const summaries = await throughSummaries(plans, variant, (missing) => computePlanPerformance(missing, query));
  const now = query.now ?? clock.now();
  return plans.map((p) => withClock(summaries.get(p.planId)!, now));
}

// the engine's result for the given plans, before the clock is applied
async function computePlanPerformance(
  wanted: SummaryKey[],
  query: Omit<PerformanceQuery, 'units'>,
): Promise<Map<number, PlanPerformance>> {
  const approvedOnly = query.approvedOnly ?? false;
  const planIds = new Set(wanted.map((p) => p.planId));
  const plans = await prisma.plan.findMany({
    where: {
      unitId: { in: wanted.map((p) => p.unitId) },
      year: { gte: query.year - FORECAST_HISTORY_YEARS, lte: query.year },
    },
    select: PLAN_SELECT,
  });
  const current = plans.filter((p) => planIds.has(p.id));
  const allIds = plans.map((p) => p.id);
  const currentIds = current.map((p) => p.id);
  const [actuals, budgets, deviations, reports, versions] = await Promise.all([
    getActualRows(allIds, approvedOnly),
    getBudgetRows(allIds, approvedOnly),
    getDeviationRows(currentIds, approvedOnly),
    getMonthReportRows(currentIds),
    getTargetVersionRows(current.flatMap((p) => p.indicators.map((i) => i.id))),
  ]);
  const rows: Rows = {
    actuals: groupBy(actuals, (a) => a.indicatorId),
    budgets: groupBy(budgets, (b) => b.planId),
    deviations: groupBy(deviations, (d) => d.indicatorId),
    reports: groupBy(reports, (r) => r.planId),
    versions: groupBy(versions, (v) => v.indicatorId),
  };
  const priorPlans = groupBy(
    plans.filter((p) => p.year < query.year),
    (p) => p.unitId,
  );
  return new Map(
    current.map((plan) => [plan.id, assemble(plan, priorPlans.get(plan.unitId) ?? [], rows, query, approvedOnly)]),
  );
}

// what depends on the time of the request, not on the data: overdue months, and OVERDUE for the as-of month's
// indicators without a figure
function withClock(plan: PlanPerformance, now: Date): PlanPerformance {
  const months = plan.months.map((m) => ({
    ...m,
    isOverdue: isOverdue(plan.year, m.month, now, isSubmittedState(m.state), plan.dueDay),
  }));
  const isAsOfOverdue = months[plan.asOf - 1].isOverdue;
  return {
    ...plan,
    months,
    indicators: plan.indicators.map((i) => ({
      ...i,
      figures: { ...i.figures, status: withOverdue(i.figures.status, isAsOfOverdue && !i.hasAsOfData) },
    })),
  };
}

export async function getPlanPerformance(
  user: SessionUser,
  query: Omit<PerformanceQuery, 'units'> & { unitCode: string },
): Promise<PlanPerformance | null> {
  const [plan] = await listPlanPerformance(user, { ...query, units: [query.unitCode] });
  return plan ?? null;
}

type PlanRow = Awaited<ReturnType<typeof prisma.plan.findMany<{ select: typeof PLAN_SELECT }>>>[number];
type Rows = {
  actuals: Map<number, ActualRow[]>;
  budgets: Map<number, BudgetRow[]>;
  deviations: Map<number, DeviationRow[]>;
  reports: Map<number, MonthReportRow[]>;
  versions: Map<number, TargetVersionRow[]>;
};

const monthValues = (plan: PlanRow, indicator: PlanRow['indicators'][number], rows: Rows): MonthValue[] =>
  indicatorMonthsOf(indicator, rows.actuals.get(indicator.id) ?? [], {
    budgetTotal: plan.budgetTotal,
    budgetMonths: rows.budgets.get(plan.id) ?? [],
  });

// the earlier years of each indicator code, oldest first
function priorYearsByCode(priorPlans: PlanRow[], rows: Rows): Map<string, PriorYear[]> {
  const byCode = new Map<string, PriorYear[]>();
  for (const prior of [...priorPlans].sort((a, b) => a.year - b.year)) {
    for (const i of prior.indicators) {
      byCode.set(i.code, [...(byCode.get(i.code) ?? []), { year: prior.year, months: monthValues(prior, i, rows) }]);
    }
  }
  return byCode;
}

function assemble(
  plan: PlanRow,
  priorPlans: PlanRow[],
  rows: Rows,
  query: Omit<PerformanceQuery, 'units'>,
  approvedOnly: boolean,
): PlanPerformance {
  const monthsByIndicator = new Map(plan.indicators.map((i) => [i.id, monthValues(plan, i, rows)]));
  const budgetMonths = budgetMonthsOf(rows.budgets.get(plan.id) ?? []);
  const latest = Math.max(
    0,
    ...plan.indicators
      .filter((i) => !i.isBudgetDerived)
      .map((i) => latestMonthWithData(monthsByIndicator.get(i.id)!) ?? 0),
  );
  const asOf = Math.min(12, Math.max(1, query.asOf ?? (latest || 1)));
  const reports = new Map((rows.reports.get(plan.id) ?? []).map((r) => [r.month, r]));
  const months: MonthStatus[] = Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const report = reports.get(month);
    return {
      month,
      state: report?.state ?? 'MISSING',
      isOverdue: false,
      dueDate: dueDate(plan.year, month, plan.dueDay).toISOString(),
      submittedAt: report?.submittedAt ?? null,
      reviewedAt: report?.reviewedAt ?? null,
    };
  });
  const isYearComplete = reports.get(12)?.state === 'APPROVED';
  const priorByCode = priorYearsByCode(priorPlans, rows);
  const lastYearByCode = new Map<string, MonthValue[]>(
    [...priorByCode].flatMap(([code, years]) =>
      years.filter((y) => y.year === plan.year - 1).map((y): [string, MonthValue[]] => [code, [...y.months]]),
    ),
  );
  const thresholds = thresholdsOf(plan);
  const figures = evaluatePlan({
    asOf,
    thresholds,
    isYearComplete,
    budget: { budget: decimalNumber(plan.budgetTotal)!, months: budgetMonths },
    budgetWeight: decimalNumber(plan.budgetWeight)!,
    gradeBands: gradeBandsOf(plan),
    withMonthly: query.withMonthly ?? true,
    indicators: plan.indicators.map((i) => ({
      ...indicatorInputOf(i),
      id: String(i.id),
      months: monthsByIndicator.get(i.id)!,
      lastYear: lastYearByCode.get(i.code),
      priorYears: priorByCode.get(i.code),
      qualitativeScore: decimalNumber(i.evaluatorScore),
    })),
  });
  const indicators = plan.indicators.map((i, index): IndicatorPerformance => {
    const versions = rows.versions.get(i.id) ?? [];
    return {
      ...indicatorDefinitionOf(i),
      id: i.id,
      target: decimalNumber(i.target),
      weight: decimalNumber(i.weight)!,
      originalTarget: versions.length > 0 ? { target: versions[0].target, targetText: versions[0].targetText } : null,
      targetVersions: versions,
      figures: figures.items[index].figures,
      hasAsOfData: monthsByIndicator.get(i.id)!.some((m) => m.month === asOf),
      lastYearMonths: query.withMonthly === false ? [] : (lastYearByCode.get(i.code) ?? []),
      deviations: (rows.deviations.get(i.id) ?? [])
        .filter((d) => d.month <= asOf)
        .sort((a, b) => a.month - b.month)
        .map(({ month, causes, analysis, measures, likelihood }) => ({
          month,
          causes,
          analysis,
          measures,
          likelihood,
        })),
    };
  });
  return {
    unit: { id: plan.unit.id, code: plan.unit.code, name: plan.unit.name, isDemo: plan.unit.isDemo },
    planId: plan.id,
    year: plan.year,
    asOf,
    latestMonthWithData: latest || null,
    planStatus: plan.status,
    dueDay: plan.dueDay,
    goal: plan.goal,
    budgetTotal: decimalNumber(plan.budgetTotal)!,
    basicExpense: decimalNumber(plan.basicExpense)!,
    projectExpense: decimalNumber(plan.projectExpense)!,
    budgetWeight: decimalNumber(plan.budgetWeight)!,
    isYearComplete,
    isProjected: figures.isProjected,
    approvedOnly,
    months,
    indicators,
    budget: figures.budget,
    budgetMonths,
    total: figures.total,
    maxTotal: figures.maxTotal,
    grade: figures.grade,
  };
}
