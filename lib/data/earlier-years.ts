import 'server-only';
import type { Tx } from '@/lib/db';
import type { StoredBudgetMonth } from './engine-input';
import { type Reads, readAll } from './reads';
import { type ActualSqlRow, type StoredActualWithDeviation, storedActualOf } from './stored-actuals';

/** An earlier year's plan of a unit with every indicator's months: what 同比, the bounds and the forecast read. */
export type EarlierPlan = {
  unitId: number;
  year: number;
  budgetTotal: string;
  indicators: { code: string; actuals: StoredActualWithDeviation[] }[];
  budgetExecutions: StoredBudgetMonth[];
};

type ActualRow = ActualSqlRow & {
  planId: number;
  unitId: number;
  year: number;
  budgetTotal: string;
  code: string | null;
};
type BudgetRow = { planId: number; month: number; spent: string | null; planned: string };

/**
 * The plans of the `years` years before each given plan (same unit), oldest first, in two statements whatever the
 * number of years and indicators. Decimals come as their shortest exact texts (trim_scale), as Prisma's Decimal
 * writes them, without building a Decimal for each of the thousands of figures (issue 13: the entry page).
 */
export async function fetchEarlierPlans(
  db: Tx,
  plans: { unitId: number; year: number }[],
  years: number,
  reads: Reads,
): Promise<EarlierPlan[]> {
  if (years === 0 || plans.length === 0) return [];
  const unitIds = plans.map((p) => p.unitId);
  const fromYears = plans.map((p) => p.year - years);
  const toYears = plans.map((p) => p.year);
  const actuals = () => db.$queryRaw<ActualRow[]>`
    WITH wanted AS (
      SELECT DISTINCT p.id, p."unitId", p.year, p."budgetTotal"
      FROM unnest(${unitIds}::int[], ${fromYears}::int[], ${toYears}::int[]) AS w("unitId", "from", "to")
      JOIN "Plan" p ON p."unitId" = w."unitId" AND p.year >= w."from" AND p.year < w."to"
    )
    SELECT p.id AS "planId", p."unitId", p.year, trim_scale(p."budgetTotal")::text AS "budgetTotal", i.code, a.month,
           trim_scale(a.value)::text AS value, trim_scale(a.numerator)::text AS numerator,
           trim_scale(a.denominator)::text AS denominator, a.rating::text AS rating,
           d.id IS NOT NULL AS "hasDeviation", d.causes::text[] AS causes, d.analysis, d.measures,
           d.likelihood::text AS likelihood
    FROM wanted p
    LEFT JOIN "Indicator" i ON i."planId" = p.id
    LEFT JOIN "MonthlyActual" a ON a."indicatorId" = i.id
    LEFT JOIN "DeviationRecord" d ON d."actualId" = a.id
    ORDER BY p.year, p.id, i.id, a.month`;
  const budgets = () => db.$queryRaw<BudgetRow[]>`
    SELECT b."planId", b.month, trim_scale(b.spent)::text AS spent, trim_scale(b.planned)::text AS planned
    FROM unnest(${unitIds}::int[], ${fromYears}::int[], ${toYears}::int[]) AS w("unitId", "from", "to")
    JOIN "Plan" p ON p."unitId" = w."unitId" AND p.year >= w."from" AND p.year < w."to"
    JOIN "BudgetExecution" b ON b."planId" = p.id`;
  const [actualRows, budgetRows] = await readAll([actuals, budgets] as const, reads);
  return assemble(actualRows, budgetRows);
}

function assemble(actualRows: ActualRow[], budgetRows: BudgetRow[]): EarlierPlan[] {
  const plans = new Map<number, EarlierPlan>();
  const indicators = new Map<string, EarlierPlan['indicators'][number]>();
  for (const r of actualRows) {
    let plan = plans.get(r.planId);
    if (!plan) {
      plan = { unitId: r.unitId, year: r.year, budgetTotal: r.budgetTotal, indicators: [], budgetExecutions: [] };
      plans.set(r.planId, plan);
    }
    if (r.code === null) continue;
    const key = `${r.planId}|${r.code}`;
    let indicator = indicators.get(key);
    if (!indicator) {
      indicator = { code: r.code, actuals: [] };
      indicators.set(key, indicator);
      plan.indicators.push(indicator);
    }
    if (r.month === null) continue;
    indicator.actuals.push(storedActualOf({ ...r, month: r.month }));
  }
  for (const b of budgetRows)
    plans.get(b.planId)?.budgetExecutions.push({ month: b.month, spent: b.spent, planned: b.planned });
  return [...plans.values()];
}
