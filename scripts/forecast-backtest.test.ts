import { expect, test } from 'vitest';
import { backtestTable, seasonalWinsTable } from '../lib/domain';
import { buildDemoData } from '../prisma/seed/demo-data';
import { report, seriesOf } from './forecast-backtest-report';

// The same computation `npm run forecast:backtest` prints, on the demo history, so CI runs it on every push.
test('the backtest runs on the demo history and prints MAPE per as-of month and the 80% coverage', () => {
  const plans = buildDemoData().plans;
  const text = report('Demo data', plans);
  console.log(text);
  expect(text).toMatch(/^Demo data: 80 indicator series, up to 3 complete years each/);
  const counts = backtestTable(seriesOf(plans).filter((s) => s.kind === 'COUNT'));
  expect(counts.map((r) => r.asOf)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  for (const row of counts) {
    expect(row.cases).toBe(30);
    expect(row.coverage).toBeGreaterThanOrEqual(0.7);
  }
  // the demo's volumes carry a seasonal shape, which the linear rule cannot see
  expect(seasonalWinsTable(counts)).toBe(true);
}, 120_000);
