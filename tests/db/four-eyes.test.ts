// Four eyes: whoever submitted a month cannot approve it, whatever their role; the review queue says so.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { getEntryMonth } from '../../lib/data/entry';
import { saveMonth } from '../../lib/data/entry-save';
import { listReviewQueue, reviewMonth } from '../../lib/data/review';
import { AppError } from '../../lib/errors';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';
import { textOf } from '../support/messages';
import { DEVIATION, monthSnapshot, payloadFor, sessionUser, octoberAsDraft } from './entry-support';

const OCT = { unitCode: '103603', year: 2026, month: 10 };
const OFF_TARGET = { I02: { numerator: '800,000', denominator: '1,000,000', deviation: DEVIATION } };
let db: TestDatabase;
let manager: SessionUser, leader: SessionUser, admin: SessionUser;

const approve = async (user: SessionUser) =>
  reviewMonth(user, { ...OCT, version: (await getEntryMonth(admin, OCT)).version, decision: 'APPROVE', reason: '' });
const queueItem = async (user: SessionUser) =>
  (await listReviewQueue(user)).items.find((i) => i.unit.code === OCT.unitCode && i.month === OCT.month)!;

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
  [manager, leader, admin] = await Promise.all(['manager', 'leader', 'admin'].map((u) => sessionUser(db, u)));
  await octoberAsDraft(db);
});
afterAll(async () => db.drop());

describe('four eyes on approval', () => {
  test('an administrator who entered and submitted a month cannot approve it; nothing changes; the queue says why', async () => {
    expect((await saveMonth(admin, await payloadFor(admin, OCT, 'SUBMIT', OFF_TARGET))).state).toBe('SUBMITTED');
    const before = await monthSnapshot(db, OCT.unitCode, OCT.year, OCT.month);
    const error = await approve(admin).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error!.code).toBe('FORBIDDEN');
    expect(textOf(error!)).toBe('您提交了该月数据，不能由您本人审核通过（四眼原则），请由其他审核人审核。');
    expect(textOf(error!, 'en')).toContain('four-eyes');
    expect(await monthSnapshot(db, OCT.unitCode, OCT.year, OCT.month)).toEqual(before);
    expect((await queueItem(admin)).mayApprove).toBe(false);
    expect((await queueItem(leader)).mayApprove).toBe(true);
  });

  test('another person approves it', async () => {
    expect(await approve(leader)).toMatchObject({ state: 'APPROVED' });
  });

  test("a month the manager submitted can be approved by the administrator (it is not the administrator's)", async () => {
    await reviewMonth(admin, {
      ...OCT,
      version: (await getEntryMonth(admin, OCT)).version,
      decision: 'REOPEN',
      reason: '复核',
    });
    expect((await saveMonth(manager, await payloadFor(manager, OCT, 'SUBMIT', OFF_TARGET))).state).toBe('SUBMITTED');
    expect((await queueItem(admin)).mayApprove).toBe(true);
    expect(await approve(admin)).toMatchObject({ state: 'APPROVED' });
  });
});
