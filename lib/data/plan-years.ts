import 'server-only';
import type { Tx } from '@/lib/db';
import type { IndicatorDefinition, MonthValue } from '@/lib/domain';
import type { StoredBudgetMonth, StoredIndicator } from './engine-input';
import type { StoredActualWithDeviation, StoredDeviation } from './stored-actuals';

export type StoredMonth = StoredActualWithDeviation & { note: string | null };
/** What the pages read of an indicator of the given plans, beside its months. */
export type StoredDefinition = Omit<IndicatorDefinition, 'code'> & StoredIndicator;

/** A plan's year as the loaders read it: every indicator's stored months, and the spending. */
export type PlanYear = {
  planId: number;
  unitId: number;
  year: number;
  budgetTotal: string;
  /** in the plan's order; the definition only for the given plans (an earlier year's indicator is matched by code) */
  indicators: { id: number; code: string; definition: StoredDefinition | null; actuals: StoredMonth[] }[];
  budgetExecutions: StoredBudgetMonth[];
};

type MonthTuple = [
  month: number,
  value: string | null,
  numerator: string | null,
  denominator: string | null,
  rating: MonthValue['rating'],
  note: string | null,
  deviation: StoredDeviation | null,
];
type PlanJson = Omit<PlanYear, 'indicators'> & {
  indicators: (Omit<PlanYear['indicators'][number], 'actuals'> & { actuals: MonthTuple[] })[];
};

const monthOf = ([month, value, numerator, denominator, rating, note, deviation]: MonthTuple): StoredMonth => ({
  month,
  value,
  numerator,
  denominator,
  rating,
  note,
  deviation,
});

/**
 * Each given plan's year (its indicators' definitions and months, its spending) and the plans of the `earlierYears`
 * years before it (same unit; 同比, the bounds and the forecast read them), oldest first, in one statement whatever
 * the number of plans, years and indicators. The database builds it as one JSON text: read as rows, the thousands of
 * figures of five years cost Prisma more than twice the time of one JSON.parse (issue 13: the entry page and the
 * review queue). Decimals come as their shortest exact texts (trim_scale), as Prisma's Decimal writes them.
 */
export async function fetchPlanYears(
  db: Tx,
  plans: { id: number; unitId: number; year: number }[],
  earlierYears: number,
): Promise<PlanYear[]> {
  if (plans.length === 0) return [];
  const planIds = plans.map((p) => p.id);
  const unitIds = plans.map((p) => p.unitId);
  const fromYears = plans.map((p) => p.year - earlierYears);
  const toYears = plans.map((p) => p.year);
  const [{ plans: json }] = await db.$queryRaw<{ plans: string }[]>`
    WITH wanted AS (
      SELECT DISTINCT p.id, p."unitId", p.year, p."budgetTotal", p.id = ANY(${planIds}::int[]) AS own
      FROM unnest(${unitIds}::int[], ${fromYears}::int[], ${toYears}::int[]) AS w("unitId", "from", "to")
      JOIN "Plan" p ON p."unitId" = w."unitId" AND p.year BETWEEN w."from" AND w."to"
    )
    SELECT coalesce(json_agg(json_build_object(
      'planId', p.id, 'unitId', p."unitId", 'year', p.year, 'budgetTotal', trim_scale(p."budgetTotal")::text,
      'indicators', (
        SELECT coalesce(json_agg(json_build_object(
          'id', i.id, 'code', i.code,
          'definition', CASE WHEN p.own THEN json_build_object(
            'level1', i.level1, 'level2', i.level2, 'name', i.name, 'kind', i.kind, 'comparator', i.comparator,
            'target', trim_scale(i.target)::text, 'targetText', i."targetText", 'displayUnit', i."displayUnit",
            'displayDivisor', i."displayDivisor", 'weight', trim_scale(i.weight)::text,
            'numeratorLabel', i."numeratorLabel", 'denominatorLabel', i."denominatorLabel",
            'isMonitoring', i."isMonitoring", 'isBudgetDerived', i."isBudgetDerived", 'shareMode', i."shareMode",
            'monthlyPlan', ARRAY(SELECT trim_scale(m.x)::text FROM unnest(i."monthlyPlan") WITH ORDINALITY AS m(x, n)
                                 ORDER BY m.n)) END,
          'actuals', (
            SELECT coalesce(json_agg(json_build_array(
              a.month, trim_scale(a.value)::text, trim_scale(a.numerator)::text, trim_scale(a.denominator)::text,
              a.rating, CASE WHEN p.own THEN a.note END,
              CASE WHEN d.id IS NOT NULL THEN json_build_object(
                'causes', d.causes, 'analysis', d.analysis, 'measures', d.measures, 'likelihood', d.likelihood) END
            ) ORDER BY a.month), '[]')
            FROM "MonthlyActual" a LEFT JOIN "DeviationRecord" d ON d."actualId" = a.id
            WHERE a."indicatorId" = i.id)
        ) ORDER BY i."sortOrder", i.id), '[]')
        FROM "Indicator" i WHERE i."planId" = p.id),
      'budgetExecutions', (
        SELECT coalesce(json_agg(json_build_object(
          'month', b.month, 'spent', trim_scale(b.spent)::text, 'planned', trim_scale(b.planned)::text
        ) ORDER BY b.month), '[]')
        FROM "BudgetExecution" b WHERE b."planId" = p.id)
    ) ORDER BY p.year, p.id), '[]')::text AS plans
    FROM wanted p`;
  return (JSON.parse(json) as PlanJson[]).map((plan) => ({
    ...plan,
    indicators: plan.indicators.map((i) => ({ ...i, actuals: i.actuals.map(monthOf) })),
  }));
}
