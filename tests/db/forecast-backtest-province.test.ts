import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadProvince } from '../../scripts/bench/load-province';
import { buildProvince, PROVINCE, type ProvinceConfig } from '../../scripts/bench/province';
import { readProvincePlans } from '../../scripts/forecast-backtest-province';
import { report } from '../../scripts/forecast-backtest-report';
import { createTestDatabase, type TestDatabase } from './helpers';

// `npm run forecast:backtest` reads the province bench data back from its database: a small province, loaded by the
// bench's own loader, comes back with every generated monthly figure and budget month, and the backtest runs on it.
const SMALL: ProvinceConfig = { ...PROVINCE, units: 2, firstYear: 2021, auditEvents: 100, evidenceFiles: 2 };
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadProvince(db.url, SMALL);
});
afterAll(async () => db.drop());

test('every generated figure comes back, and the backtest reports on the complete years', async () => {
  const plans = await readProvincePlans(db.url);
  const generated = buildProvince(SMALL).tables;
  const rows = (table: string) => generated.find((t) => t.table === table)!.rows;
  expect(plans).toHaveLength(rows('Plan').length);
  const actuals = plans.flatMap((p) => p.actuals);
  const countable = rows('MonthlyActual').filter((a) => a.rating === null);
  expect(actuals).toHaveLength(countable.length);
  const sum = (xs: (number | null | undefined)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
  expect(sum(actuals.map((a) => a.numerator))).toBe(sum(countable.map((a) => a.numerator as number | null)));
  expect(sum(actuals.map((a) => a.value))).toBe(sum(countable.map((a) => a.value as number | null)));
  const spent = plans.flatMap((p) => p.budgetMonths.map((b) => b.spent));
  expect(sum(spent)).toBeCloseTo(sum(rows('BudgetExecution').map((b) => b.spent as number | null)), 2);

  const text = report('Province bench data', plans);
  // 2 units × (1 COUNT + 6 RATIO + the budget-derived 成本控制率), 2021–2025 complete (2026 stops at October)
  expect(text).toMatch(/^Province bench data: 16 indicator series, up to 5 complete years each/);
  expect(text).toContain('seasonal replaces linear for 0 of 14 series');
});
