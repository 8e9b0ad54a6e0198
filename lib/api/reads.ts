import { parseInput } from '@/lib/validation/issues';
import 'server-only';
import type { z } from 'zod';
import { listPlanPerformance, listVisibleUnits, type PlanPerformance } from '@/lib/data/performance';
import { type ApiContext, apiJson, apiRefusal, issuesByPath } from './handler';
import { performanceQuery, type performance, type planList, unitYearParams, yearParams } from './schemas';

const indicatorBase = (i: PlanPerformance['indicators'][number]) => ({
  code: i.code,
  name: i.name,
  level1: i.level1,
  level2: i.level2,
  kind: i.kind,
  comparator: i.comparator,
  target: i.target,
  targetText: i.targetText,
  displayUnit: i.displayUnit,
  weight: i.weight,
  isMonitoring: i.isMonitoring,
  isBudgetDerived: i.isBudgetDerived,
  numeratorLabel: i.numeratorLabel,
  denominatorLabel: i.denominatorLabel,
});

export async function getUnits({ caller }: ApiContext) {
  const units = await listVisibleUnits(caller.user);
  return apiJson({ units: units.map(({ code, name }) => ({ code, name })) });
}

export async function getPlans({ caller, t, locale }: ApiContext, raw: unknown) {
  const params = parseInput(yearParams, raw);
  if (!params.success) return apiRefusal(400, 'INVALID', t('invalidPath'), issuesByPath(params.error, locale));
  const plans = await listPlanPerformance(caller.user, { units: 'all', year: params.data.year });
  const body: z.input<typeof planList> = {
    year: params.data.year,
    plans: plans.map((p) => ({
      unit: { code: p.unit.code, name: p.unit.name },
      status: p.planStatus,
      goal: p.goal,
      budgetTotal: p.budgetTotal,
      budgetWeight: p.budgetWeight,
      indicators: p.indicators.map(indicatorBase),
    })),
  };
  return apiJson(body);
}

export async function getPerformance(ctx: ApiContext, raw: unknown) {
  const { caller, t, request, now } = ctx;
  const params = parseInput(unitYearParams, raw);
  if (!params.success) return apiRefusal(400, 'INVALID', t('invalidPath'), issuesByPath(params.error, ctx.locale));
  const query = parseInput(performanceQuery, Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return apiRefusal(400, 'INVALID', t('invalidQuery'), issuesByPath(query.error, ctx.locale));
  const { code, year } = params.data;
  const [plan] = await listPlanPerformance(caller.user, { units: [code], year, asOf: query.data.asOf, now });
  if (!plan) {
    // a unit token sees its own unit only: anything else is forbidden to it, whether or not it exists
    const isOwn = (await listVisibleUnits(caller.user)).some((u) => u.code === code);
    return isOwn || caller.unitId === null
      ? apiRefusal(404, 'NOT_FOUND', t('notFound'))
      : apiRefusal(403, 'FORBIDDEN', t('forbiddenUnit', { unit: code }));
  }
  const body: z.input<typeof performance> = {
    unit: { code: plan.unit.code, name: plan.unit.name },
    year: plan.year,
    asOf: plan.asOf,
    isProjected: plan.isProjected,
    indicators: plan.indicators.map((i) => ({
      ...indicatorBase(i),
      ytd: i.figures.ytdValue,
      ytdNumerator: i.figures.ytdNumerator,
      ytdDenominator: i.figures.ytdDenominator,
      expected: i.figures.expected,
      pace: i.figures.pace,
      status: i.figures.status,
      projection: i.figures.projection,
      likelihood: i.figures.likelihood,
      score: i.figures.score,
    })),
    budget: plan.budget && {
      budget: plan.budget.budget,
      spentToDate: plan.budget.spentToDate,
      executionRate: plan.budget.executionRate,
      timeProgress: plan.budget.timeProgress,
      status: plan.budget.status,
      score: plan.budget.score,
    },
    total: plan.total,
    maxTotal: plan.maxTotal,
    grade: plan.grade,
  };
  return apiJson(body);
}
