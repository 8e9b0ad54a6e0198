import { describe, expect, test } from 'vitest';
import { checkBudgetPlan } from './budget-plan';
import { defaultMonthlyPlan } from './budget';

const SEED_BUDGET = '2457800.00';
const split = defaultMonthlyPlan(2457800).map((x) => x.toFixed(2));

describe('the year’s spending plan', () => {
  test('the default split adds up to the budget to the 分', () => {
    expect(checkBudgetPlan({ budgetYuan: SEED_BUDGET, planned: split, stored: split, lockedMonths: [] })).toEqual({
      ok: true,
    });
  });

  test('one 分 off is refused, naming the sum, the budget and the difference', () => {
    const planned = [...split];
    planned[11] = (Number(planned[11]) + 0.01).toFixed(2);
    expect(checkBudgetPlan({ budgetYuan: SEED_BUDGET, planned, stored: split, lockedMonths: [] })).toEqual({
      ok: false,
      reason: 'SUM_NOT_BUDGET',
      sum: '2457800.01',
      budget: '2457800.00',
      difference: '0.01',
    });
  });

  test('moving money between open months is fine; changing an approved month is refused', () => {
    const planned = [...split];
    planned[10] = (Number(planned[10]) + 1000).toFixed(2);
    planned[11] = (Number(planned[11]) - 1000).toFixed(2);
    expect(checkBudgetPlan({ budgetYuan: SEED_BUDGET, planned, stored: split, lockedMonths: [1, 2] }).ok).toBe(true);
    const early = [...split];
    early[0] = (Number(early[0]) + 1000).toFixed(2);
    early[11] = (Number(early[11]) - 1000).toFixed(2);
    expect(checkBudgetPlan({ budgetYuan: SEED_BUDGET, planned: early, stored: split, lockedMonths: [1, 2] })).toEqual({
      ok: false,
      reason: 'LOCKED_MONTH_CHANGED',
      months: [1],
    });
  });

  test('amounts compare as decimals: "204816.6" equals "204816.60"', () => {
    const stored = [...split];
    const planned = split.map((x) => x.replace(/0$/, ''));
    expect(checkBudgetPlan({ budgetYuan: SEED_BUDGET, planned, stored, lockedMonths: [1] }).ok).toBe(true);
  });
});
