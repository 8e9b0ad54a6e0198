import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { createPrismaClient, type PrismaClient } from '../../lib/db-client';
import { getEntryMonth } from '../../lib/data/entry';
import { saveMonth } from '../../lib/data/entry-save';
import { listIndicatorHistory, listMonthHistory } from '../../lib/data/history';
import { reviewMonth } from '../../lib/data/review';
import { AppError } from '../../lib/errors';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';
import { DEVIATION, monthSnapshot, payloadFor, sessionUser, octoberAsDraft } from './entry-support';
import { fieldTexts, textOf } from '../support/messages';

const OCT = { unitCode: '103603', year: 2026, month: 10 };
let db: TestDatabase;
let manager: SessionUser, leader: SessionUser, admin: SessionUser, evaluator: SessionUser, fuzhou: SessionUser;

async function refused(promise: Promise<unknown>, code: AppError['code']): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** asserts that the write is refused with `code` and that nothing of the month changed */
async function refusedUnchanged(write: () => Promise<unknown>, code: AppError['code'], key = OCT) {
  const before = await monthSnapshot(db, key.unitCode, key.year, key.month);
  const error = await refused(write(), code);
  expect(await monthSnapshot(db, key.unitCode, key.year, key.month)).toEqual(before);
  return error;
}

// I01 a few 件 above what is stored: still on pace, so no deviation record is needed
const i01Plus = async (n: number, key = OCT) => ({
  I01: {
    value: String(
      Number((await getEntryMonth(admin, key)).rows.find((r) => r.indicator.code === 'I01')!.current.value) + n,
    ),
  },
});
const versionOf = async (key = OCT) => (await getEntryMonth(admin, key)).version;
const review = async (user: SessionUser, decision: 'APPROVE' | 'RETURN' | 'REOPEN', reason = '') =>
  reviewMonth(user, { ...OCT, version: await versionOf(), decision, reason });

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
  [manager, leader, admin, evaluator, fuzhou] = await Promise.all(
    ['manager', 'leader', 'admin', 'evaluator', 'manager-fuzhou'].map((u) => sessionUser(db, u)),
  );
  await octoberAsDraft(db);
});
afterAll(async () => db.drop());

describe('the monthly cycle', () => {
  test('a draft save stores the figures, bumps the version and audits the change', async () => {
    const before = await getEntryMonth(manager, OCT);
    const edit = await i01Plus(1);
    const result = await saveMonth(manager, await payloadFor(manager, OCT, 'DRAFT', edit));
    expect(result).toEqual({ state: 'DRAFT', version: before.version + 1 });
    const after = await getEntryMonth(manager, OCT);
    expect(after.rows.find((r) => r.indicator.code === 'I01')!.current.value).toBe(edit.I01.value);
    const history = await listMonthHistory(manager, OCT);
    expect(history.map((h) => h.action)).toEqual(['MONTH_SAVE', 'ACTUAL_SAVE']);
    expect(history[1]).toMatchObject({ user: manager.name, month: 10, after: { value: edit.I01.value } });
    const i01 = after.rows.find((r) => r.indicator.code === 'I01')!.indicator.id;
    expect((await listIndicatorHistory(manager, i01))[0]).toMatchObject({ action: 'MONTH_SAVE', month: 10 });
    expect(await listIndicatorHistory(fuzhou, i01)).toEqual([]);
  });

  test('submit with an off-target indicator and its deviation record → return → draft → resubmit → approve → locked → reopen', async () => {
    const offTarget = { I02: { numerator: '800,000', denominator: '1,000,000', deviation: DEVIATION } };
    expect((await saveMonth(manager, await payloadFor(manager, OCT, 'SUBMIT', offTarget))).state).toBe('SUBMITTED');
    const submitted = await getEntryMonth(manager, OCT);
    const i02 = submitted.rows.find((r) => r.indicator.code === 'I02')!;
    expect(i02.deviation).toMatchObject({ causes: ['STAFFING'], likelihood: 'POSSIBLE' });
    expect(submitted.report).toMatchObject({ state: 'SUBMITTED', submittedBy: expect.any(String) });

    expect((await review(leader, 'RETURN', '接通量数据有误')).state).toBe('RETURNED');
    expect((await getEntryMonth(manager, OCT)).report).toMatchObject({
      state: 'RETURNED',
      returnReason: '接通量数据有误',
    });

    expect((await saveMonth(manager, await payloadFor(manager, OCT, 'DRAFT', offTarget))).state).toBe('DRAFT');
    const fixed = { I02: { numerator: '950,000', denominator: '1,000,000', deviation: null } };
    expect((await saveMonth(manager, await payloadFor(manager, OCT, 'SUBMIT', fixed))).state).toBe('SUBMITTED');
    expect((await review(leader, 'APPROVE')).state).toBe('APPROVED');
    const approved = await getEntryMonth(manager, OCT);
    expect(approved.canEdit).toBe(false);
    expect(approved.report).toMatchObject({ state: 'APPROVED', reviewedBy: expect.any(String) });

    const locked = await refusedUnchanged(
      async () => saveMonth(manager, await payloadFor(manager, OCT, 'DRAFT', { I01: { value: '1' } })),
      'INVALID',
    );
    expect(textOf(locked)).toBe('该月已审核通过并锁定，不能修改。');
    await refusedUnchanged(
      async () => saveMonth(admin, await payloadFor(admin, OCT, 'DRAFT', { I01: { value: '1' } })),
      'INVALID',
    );
    await refusedUnchanged(async () => review(leader, 'RETURN', 'x'), 'INVALID');

    await refusedUnchanged(() => review(leader, 'REOPEN', '数据需更正'), 'FORBIDDEN');
    expect((await review(admin, 'REOPEN', '数据需更正')).state).toBe('DRAFT');
    expect((await getEntryMonth(manager, OCT)).report).toMatchObject({ state: 'DRAFT', reopenReason: '数据需更正' });
  });
});

describe('refusals change nothing', () => {
  test('wrong role: a leader or evaluator cannot save; a manager or evaluator cannot review', async () => {
    await refusedUnchanged(
      async () => saveMonth(leader, await payloadFor(leader, OCT, 'DRAFT', { I01: { value: '5' } })),
      'FORBIDDEN',
    );
    await refusedUnchanged(async () => saveMonth(evaluator, await payloadFor(evaluator, OCT, 'SUBMIT')), 'FORBIDDEN');
    await refusedUnchanged(() => review(manager, 'APPROVE'), 'FORBIDDEN');
    await refusedUnchanged(() => review(evaluator, 'RETURN', 'x'), 'FORBIDDEN');
  });

  test("another unit's manager cannot read or write the month", async () => {
    await refused(getEntryMonth(fuzhou, OCT), 'FORBIDDEN');
    const payload = await payloadFor(manager, OCT, 'DRAFT', { I01: { value: '5' } });
    const error = await refusedUnchanged(() => saveMonth(fuzhou, payload), 'FORBIDDEN');
    expect(textOf(error)).toBe('您只能填报本单位的数据。');
  });

  test('an incomplete month cannot be submitted: each missing figure is named', async () => {
    const error = await refusedUnchanged(
      async () =>
        saveMonth(manager, await payloadFor(manager, OCT, 'SUBMIT', { I03: { numerator: '', denominator: '' } })),
      'INVALID',
    );
    expect(textOf(error)).toBe('未提交：本月还有指标未填写或偏差说明未完成。');
    expect(Object.values(fieldTexts(error.fieldErrors)).flat()).toEqual(['请填写按时办结件数。', '请填写应办结件数。']);
  });

  test('an off-target indicator without its deviation record cannot be submitted', async () => {
    const error = await refusedUnchanged(
      async () =>
        saveMonth(
          manager,
          await payloadFor(manager, OCT, 'SUBMIT', {
            I02: { numerator: '700,000', denominator: '1,000,000', deviation: null },
          }),
        ),
      'INVALID',
    );
    expect(Object.values(fieldTexts(error.fieldErrors)).flat()).toEqual([
      '请至少选择一项偏差原因。',
      '请填写偏差原因分析。',
      '请填写改进措施。',
      '请选择完成目标可能性。',
    ]);
  });

  test('a save against a stale version is refused, naming who changed the month and when', async () => {
    const stale = await payloadFor(manager, OCT, 'DRAFT', await i01Plus(1));
    await saveMonth(admin, await payloadFor(admin, OCT, 'DRAFT', await i01Plus(2)));
    const error = await refusedUnchanged(() => saveMonth(manager, stale), 'CONFLICT');
    expect(textOf(error)).toMatch(/^数据已被系统管理员于.+修改，您的修改未保存。请刷新后重新填写。$/);
    await refusedUnchanged(
      () => reviewMonth(leader, { ...OCT, version: stale.version, decision: 'APPROVE', reason: '' }),
      'CONFLICT',
    );
  });

  test('a month that has not started cannot be entered; approving a draft is refused', async () => {
    const december = { ...OCT, month: 12 };
    await refusedUnchanged(
      async () => saveMonth(manager, await payloadFor(manager, december, 'DRAFT', { I01: { value: '5' } })),
      'INVALID',
      december,
    );
    await refusedUnchanged(() => review(leader, 'APPROVE'), 'INVALID');
  });
});

describe('two people saving the same month at once', () => {
  let other: PrismaClient;
  beforeAll(() => {
    other = createPrismaClient(db.url);
  });
  afterAll(async () => other.$disconnect());

  // Each save starts on its own client (its own connection pool): the app's client is swapped while the call begins.
  function onClient<T>(client: PrismaClient, start: () => Promise<T>): Promise<T> {
    const global = globalThis as { prisma?: PrismaClient };
    const own = global.prisma;
    global.prisma = client;
    try {
      return start();
    } finally {
      global.prisma = own;
    }
  }

  test.each([
    ['an existing month (conditional update on the version)', OCT, 'manager'],
    ['a month with no report yet (unique insert)', { unitCode: '350900', year: 2026, month: 10 }, 'manager-ningde'],
  ])('%s: exactly one wins, the other gets CONFLICT, the stored row is the winner’s', async (_name, key, username) => {
    const user = await sessionUser(db, username);
    const a = await payloadFor(user, key, 'DRAFT', { I01: { value: '1,111,111' } });
    const b = await payloadFor(user, key, 'DRAFT', { I01: { value: '2,222,222' } });
    const results = await Promise.allSettled([
      onClient(db.prisma, () => saveMonth(user, a)),
      onClient(other, () => saveMonth(user, b)),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(AppError);
    expect((lost[0].reason as AppError).code).toBe('CONFLICT');
    const winner = results[0].status === 'fulfilled' ? '1111111' : '2222222';
    const stored = await getEntryMonth(user, key);
    expect(stored.rows.find((r) => r.indicator.code === 'I01')!.current.value).toBe(winner);
    expect(stored.version).toBe(a.version + 1);
  });
});
