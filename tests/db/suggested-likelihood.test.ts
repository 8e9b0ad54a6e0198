import { afterAll, beforeAll, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { getEntryMonth, type EntryMonth } from '../../lib/data/entry';
import { saveMonth } from '../../lib/data/entry-save';
import { entryFigures } from '../../lib/domain';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';
import { payloadFor, sessionUser, octoberAsDraft } from './entry-support';

// A deviation record stored without a likelihood (the import and the API may leave it out) takes the likelihood the
// entry form suggests: the seasonal forecast's, where the unit's earlier years allow one, not the linear projection's.
const OCT = { unitCode: '103603', year: 2026, month: 10 };
let db: TestDatabase;
let manager: SessionUser;

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
  manager = await sessionUser(db, 'manager');
  await octoberAsDraft(db);
});
afterAll(async () => db.drop());

// the month's figures with one COUNT's October value replaced, with or without the forecast
function figuresWith(month: EntryMonth, row: EntryMonth['rows'][number], value: number, withForecast: boolean) {
  return entryFigures({
    indicator: row.indicator,
    month: month.month,
    months: row.months,
    lastYear: row.lastYear,
    priorYears: row.priorYears,
    current: { value, numerator: null, denominator: null, rating: null },
    thresholds: month.thresholds,
    withForecast,
  });
}

test('a record saved without a likelihood stores the forecast’s suggestion', async () => {
  const month = await getEntryMonth(manager, OCT);
  // an October figure that puts a COUNT off target where the forecast and the linear projection disagree
  const candidates = month.rows
    .filter((r) => r.indicator.kind === 'COUNT' && !r.indicator.isBudgetDerived)
    .flatMap((row) =>
      [0.2, 0.4, 0.6, 0.8, 0.9].map((share) => {
        const value = Math.round(Number(row.current.value) * share);
        return {
          row,
          value,
          forecast: figuresWith(month, row, value, true),
          linear: figuresWith(month, row, value, false),
        };
      }),
    );
  const chosen = candidates.find((c) => c.forecast.needsDeviation && c.forecast.likelihood !== c.linear.likelihood);
  expect(chosen, 'the demo data has a month where the two suggestions differ').toBeDefined();
  const { row, value, forecast } = chosen!;

  const deviation = { causes: ['STAFFING' as const], analysis: '话务量下降', measures: '加强宣传', likelihood: null };
  const payload = await payloadFor(manager, OCT, 'DRAFT', { [row.indicator.code]: { value: String(value) } });
  payload.rows = payload.rows.map((r) => (r.indicatorId === row.indicator.id ? { ...r, deviation } : r));
  payload.confirmImplausible = true;
  await saveMonth(manager, payload);
  const stored = (await getEntryMonth(manager, OCT)).rows.find((r) => r.indicator.id === row.indicator.id)!;
  expect(stored.deviation?.likelihood).toBe(forecast.likelihood);
});
