// Concurrency: fifty saves of one month at the same version, at once, through the connection pool: exactly one wins,
// the others are refused with the stale-version message, and the month moved by exactly one version.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { getEntryMonth } from '../../lib/data/entry';
import { saveMonth } from '../../lib/data/entry-save';
import { AppError } from '../../lib/errors';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';
import { payloadFor, sessionUser, octoberAsDraft } from './entry-support';
import { textOf } from '../support/messages';

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

test('50 concurrent saves of one month at one version: exactly one winner, 49 stale refusals', async () => {
  const before = await getEntryMonth(manager, OCT);
  const i01 = before.rows.find((r) => r.indicator.code === 'I01')!;
  const audits = await db.prisma.auditEvent.count();
  const base = await payloadFor(manager, OCT, 'DRAFT');
  const payloads = Array.from({ length: 50 }, (_, n) => ({
    ...base,
    rows: base.rows.map((r) =>
      r.indicatorId === i01.indicator.id ? { ...r, value: String(Number(i01.current.value) + n + 1) } : r,
    ),
  }));
  const results = await Promise.allSettled(payloads.map((p) => saveMonth(manager, p)));
  const winners = results.filter((r) => r.status === 'fulfilled');
  const losers = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(49);
  // each refused with the stale-version message naming the winner, or (pool exhausted under load) "busy, try again"
  for (const error of losers) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
    expect(textOf(error as AppError)).toMatch(/数据已被.*修改|系统繁忙/);
  }
  const after = await getEntryMonth(manager, OCT);
  expect(after.version).toBe(before.version + 1);
  const stored = Number(after.rows.find((r) => r.indicator.code === 'I01')!.current.value);
  const winner = payloads[results.findIndex((r) => r.status === 'fulfilled')];
  expect(String(stored)).toBe(winner.rows.find((r) => r.indicatorId === i01.indicator.id)!.value);
  // one MONTH_SAVE and one ACTUAL_SAVE: the winner's, nothing from the 49
  expect(await db.prisma.auditEvent.count()).toBe(audits + 2);
}, 120_000);
