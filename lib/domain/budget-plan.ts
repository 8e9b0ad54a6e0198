// The year's spending plan (预算计划): twelve monthly amounts in 元 that must add up to the budget exactly. A month
// whose figures are approved keeps its planned amount: changing it would change an approved 成本控制率.
import { D } from './decimal';

export type BudgetPlanCheck =
  | { ok: true }
  | { ok: false; reason: 'SUM_NOT_BUDGET'; sum: string; budget: string; difference: string }
  | { ok: false; reason: 'LOCKED_MONTH_CHANGED'; months: number[] };

/**
 * Checks a new monthly plan (index 0 = January, exact decimal strings in 元) against the budget and the stored plan:
 * Σ = budget to the 分, and no approved month's amount changed.
 */
export function checkBudgetPlan(input: {
  budgetYuan: string;
  planned: readonly string[];
  stored: readonly string[];
  lockedMonths: readonly number[];
}): BudgetPlanCheck {
  const changedLocked = input.lockedMonths.filter(
    (m) => !new D(input.planned[m - 1]).equals(new D(input.stored[m - 1])),
  );
  if (changedLocked.length > 0) return { ok: false, reason: 'LOCKED_MONTH_CHANGED', months: changedLocked };
  const sum = input.planned.reduce((acc, x) => acc.plus(x), new D(0));
  const budget = new D(input.budgetYuan);
  if (sum.equals(budget)) return { ok: true };
  return {
    ok: false,
    reason: 'SUM_NOT_BUDGET',
    sum: sum.toFixed(2),
    budget: budget.toFixed(2),
    difference: sum.minus(budget).toFixed(2),
  };
}
