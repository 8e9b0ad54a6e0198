// The province bench data (scripts/bench, `npm run bench:data`) read back from its kept database into the plan shape
// the backtest takes: every unit's plans with their COUNT/RATIO indicators, monthly figures and budget months.
import pg from 'pg';
import type { BacktestPlan } from './forecast-backtest-report';

type PlanRow = { id: number; unitCode: string; year: number; budgetTotal: string };
type IndicatorRow = { id: number; planId: number; code: string; kind: BacktestPlan['indicators'][number]['kind'] };
type ActualRow = {
  indicatorId: number;
  month: number;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
};
type BudgetRow = { planId: number; month: number; planned: string | null; spent: string | null };

const num = (text: string | null) => (text === null ? null : Number(text));

export async function readProvincePlans(url: string): Promise<BacktestPlan[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const plans = (
      await client.query<PlanRow>(
        `SELECT p.id, u.code AS "unitCode", p.year, p."budgetTotal"::text AS "budgetTotal"
           FROM "Plan" p JOIN "Unit" u ON u.id = p."unitId" ORDER BY u.code, p.year`,
      )
    ).rows;
    const indicators = (
      await client.query<IndicatorRow & { isBudgetDerived: boolean }>(
        `SELECT id, "planId", code, kind, "isBudgetDerived" FROM "Indicator" WHERE kind <> 'QUALITATIVE'`,
      )
    ).rows;
    const actuals = (
      await client.query<ActualRow>(
        `SELECT a."indicatorId", a.month, a.value::text, a.numerator::text, a.denominator::text
           FROM "MonthlyActual" a JOIN "Indicator" i ON i.id = a."indicatorId" WHERE i.kind <> 'QUALITATIVE'`,
      )
    ).rows;
    const budgets = (
      await client.query<BudgetRow>(`SELECT "planId", month, planned::text, spent::text FROM "BudgetExecution"`)
    ).rows;
    const codeOf = new Map(indicators.map((i) => [i.id, i.code]));
    const byPlan = <T extends { planId: number }>(rows: T[]) => {
      const map = new Map<number, T[]>();
      for (const row of rows) map.set(row.planId, [...(map.get(row.planId) ?? []), row]);
      return map;
    };
    const planOfIndicator = new Map(indicators.map((i) => [i.id, i.planId]));
    const actualsByPlan = byPlan(actuals.map((a) => ({ ...a, planId: planOfIndicator.get(a.indicatorId)! })));
    const indicatorsByPlan = byPlan(indicators);
    const budgetsByPlan = byPlan(budgets);
    return plans.map((plan) => ({
      unitCode: plan.unitCode,
      budget: { total: Number(plan.budgetTotal) },
      indicators: (indicatorsByPlan.get(plan.id) ?? []).map((i) => ({
        code: i.code,
        kind: i.kind,
        isBudgetDerived: i.isBudgetDerived,
      })),
      actuals: (actualsByPlan.get(plan.id) ?? []).map((a) => ({
        code: codeOf.get(a.indicatorId)!,
        month: a.month,
        value: num(a.value),
        numerator: num(a.numerator),
        denominator: num(a.denominator),
      })),
      budgetMonths: (budgetsByPlan.get(plan.id) ?? []).map((b) => ({
        month: b.month,
        planned: num(b.planned),
        spent: num(b.spent),
      })),
    }));
  } finally {
    await client.end();
  }
}
