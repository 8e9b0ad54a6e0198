import 'server-only';
import { clock } from '@/lib/clock';
import { prisma } from '@/lib/db';
import { visibleUnitFilter, visibleUnitId, type SessionUser } from '@/lib/auth/permissions';
import { defaultComparisonMonth, shanghaiYearMonth, type Thresholds } from '@/lib/domain';
import { asOfMonthsOf, parseDashboardParams, type SearchParams } from '@/lib/dashboard/params';
import {
  getPlanPerformance,
  listPlanPerformance,
  listPlanYears,
  listVisibleUnits,
  performanceOfPlans,
  type PlanPerformance,
} from '@/lib/data/performance';
import { type StoredThresholds, thresholdsOf } from './engine-input';
import { THRESHOLD_COLUMNS } from './month-reports';

export type DashboardView = {
  units: { code: string; name: string }[];
  years: number[];
  /** the as-of months the picker offers for the selected year (those that have begun) */
  months: number[];
  /** the unit fixed to the user's own when they see only one */
  isUnitFixed: boolean;
  selection: { unit: string | 'all'; year: number; month: number };
  plans: PlanPerformance[];
};

/** The latest month with any entered figure across the visible plans of a year (one query). */
async function latestMonthAcross(user: SessionUser, year: number): Promise<number | null> {
  const row = await prisma.monthlyActual.aggregate({
    _max: { month: true },
    where: { indicator: { plan: { year, unit: visibleUnitFilter(user) } } },
  });
  return row._max.month ?? null;
}

/** Everything the 驾驶舱 shows for the URL's unit / year / month, with every unknown parameter replaced by its default. */
export async function getDashboard(user: SessionUser, search: SearchParams, now = clock.now()): Promise<DashboardView> {
  const [units, years] = await Promise.all([listVisibleUnits(user), listPlanYears(user)]);
  const own = units.find((u) => u.id === user.unitId)?.code ?? null;
  const today = shanghaiYearMonth(now);
  const params = parseDashboardParams(search, { years, units: units.map((u) => u.code), defaultUnit: own, today });
  let plans: PlanPerformance[];
  if (params.unit === 'all') {
    const asOf = params.month ?? defaultComparisonMonth(params.year, await latestMonthAcross(user, params.year), today);
    // the comparison shows year-to-date figures only: no month-by-month series for a hundred plans
    plans = await listPlanPerformance(user, { units: 'all', year: params.year, asOf, now, withMonthly: false });
  } else {
    const plan = params.unit
      ? await getPlanPerformance(user, { unitCode: params.unit, year: params.year, asOf: params.month, now })
      : null;
    plans = plan ? [plan] : [];
  }
  return {
    units: units.map(({ code, name }) => ({ code, name })),
    years,
    months: asOfMonthsOf(params.year, today),
    isUnitFixed: units.length <= 1,
    selection: { unit: params.unit, year: params.year, month: plans[0]?.asOf ?? params.month ?? 1 },
    plans,
  };
}

export type IndicatorView = {
  plan: PlanPerformance;
  indicator: PlanPerformance['indicators'][number];
  /** the plan's thresholds, for the charts' 预警 bands */
  thresholds: Thresholds;
};

/**
 * One indicator of a plan the user may see, as of a month; null when it does not exist or is another unit's (a
 * manager's).
 */
export async function getIndicatorView(
  user: SessionUser,
  indicatorId: number,
  asOf: number | null,
  now = clock.now(),
): Promise<IndicatorView | null> {
  // the plan through the indicator in one raw statement: Prisma's relation filter and Decimals cost twice the time
  const unitId = visibleUnitId(user);
  const [found] = await prisma.$queryRaw<({ id: number; unitId: number; year: number } & StoredThresholds)[]>`
    SELECT p.id, p."unitId", p.year, ${THRESHOLD_COLUMNS}
    FROM "Indicator" i JOIN "Plan" p ON p.id = i."planId"
    WHERE i.id = ${indicatorId} AND (${unitId}::int IS NULL OR p."unitId" = ${unitId}::int)`;
  if (!found) return null;
  const [plan] = await performanceOfPlans([{ planId: found.id, unitId: found.unitId }], {
    year: found.year,
    asOf,
    now,
  });
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  if (!indicator) return null;
  return { plan, indicator, thresholds: thresholdsOf(found) };
}
