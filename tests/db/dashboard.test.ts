import { afterAll, beforeAll, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { getDashboard } from '../../lib/data/dashboard';
import { TEST_NOW } from '../support/test-now';
import { sessionUser } from './entry-support';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';

// The all-units comparison opens as of the latest month with figures, but never the running month: one unit's early
// November figure must not judge the eight others on a month that is not due yet.
let db: TestDatabase;
let leader: SessionUser;

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
  leader = await sessionUser(db, 'leader');
});
afterAll(async () => db.drop());

test('one unit’s figure for the running month leaves the comparison as of the last ended month', async () => {
  const all = { unit: 'all', year: '2026' };
  expect((await getDashboard(leader, all, TEST_NOW)).selection.month).toBe(10);
  const fuzhouVolume = await db.prisma.indicator.findFirstOrThrow({
    where: { code: 'I01', plan: { year: 2026, unit: { code: '350100' } } },
  });
  await db.prisma.monthlyActual.create({ data: { indicatorId: fuzhouVolume.id, month: 11, value: 1.5 } });

  const view = await getDashboard(leader, all, TEST_NOW);
  expect(view.selection.month).toBe(10);
  expect(view.plans.every((p) => p.asOf === 10)).toBe(true);
  // asked for, November is shown; and a year that has ended opens at December
  expect((await getDashboard(leader, { ...all, month: '11' }, TEST_NOW)).selection.month).toBe(11);
  expect((await getDashboard(leader, { unit: 'all', year: '2025' }, TEST_NOW)).selection.month).toBe(12);
});
