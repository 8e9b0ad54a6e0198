import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { getPlanPerformance } from '../../lib/data/performance';
import { getQualitativeScore, setQualitativeScore } from '../../lib/data/qualitative-score';
import { AppError } from '../../lib/errors';
import { sessionUser } from './entry-support';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';
import { fieldTexts, textOf } from '../support/messages';

let db: TestDatabase;
let evaluator: SessionUser, manager: SessionUser, leader: SessionUser, fuzhou: SessionUser;
let indicatorId: number;
let ratioId: number;

async function refusedUnchanged(write: () => Promise<unknown>, code: AppError['code']) {
  const before = await Promise.all([
    db.prisma.indicator.findUniqueOrThrow({ where: { id: indicatorId } }),
    db.prisma.auditEvent.count(),
  ]);
  const error = await write().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect(
    await Promise.all([
      db.prisma.indicator.findUniqueOrThrow({ where: { id: indicatorId } }),
      db.prisma.auditEvent.count(),
    ]),
  ).toEqual(before);
  return error as AppError;
}

const scoreOnDashboard = async () =>
  (await getPlanPerformance(leader, { unitCode: '103603', year: 2026, asOf: 10 }))!.indicators.find(
    (i) => i.id === indicatorId,
  )!.figures.score;

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
  [evaluator, manager, leader, fuzhou] = await Promise.all(
    ['evaluator', 'manager', 'leader', 'manager-fuzhou'].map((u) => sessionUser(db, u)),
  );
  const plan = await db.prisma.plan.findFirstOrThrow({
    where: { year: 2026, unit: { code: '103603' } },
    include: { indicators: true },
  });
  ratioId = plan.indicators.find((i) => i.code === 'I02')!.id;
  const indicator = await db.prisma.indicator.create({
    data: {
      planId: plan.id,
      code: 'Q01',
      level1: '效益指标',
      level2: '社会效益指标',
      name: '热线知识库更新',
      kind: 'QUALITATIVE',
      comparator: 'EQ',
      target: null,
      targetText: '按月更新',
      displayUnit: '',
      weight: 10,
      sortOrder: 99,
      actuals: { create: Array.from({ length: 10 }, (_, i) => ({ month: i + 1, rating: 'ACHIEVED' as const })) },
    },
  });
  indicatorId = indicator.id;
});
afterAll(async () => db.drop());

describe('the evaluator scores a QUALITATIVE indicator inside its band', () => {
  test('with no pick the score is the middle of the band (达成: 8–10 of 10 → 9)', async () => {
    expect(await scoreOnDashboard()).toBe(9);
    expect(await getQualitativeScore(evaluator, indicatorId)).toEqual({ score: null, weight: 10, version: 1 });
  });

  test('a pick inside the band is the score, audited', async () => {
    expect(await setQualitativeScore(evaluator, { indicatorId, version: 1, score: 9.5 })).toEqual({ version: 2 });
    expect(await scoreOnDashboard()).toBe(9.5);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'QUALITATIVE_SCORE', entityId: String(indicatorId) },
    });
    expect(audit).toMatchObject({
      userId: evaluator.id,
      before: { evaluatorScore: null },
      after: { evaluatorScore: 9.5 },
    });
  });

  test('a pick outside the band counts as the band’s nearest edge', async () => {
    await setQualitativeScore(evaluator, { indicatorId, version: 2, score: 5 });
    expect(await scoreOnDashboard()).toBe(8);
  });

  test('refusals change nothing: a manager or leader, a stale version, a score above the weight, a rate indicator', async () => {
    await refusedUnchanged(() => setQualitativeScore(manager, { indicatorId, version: 3, score: 9 }), 'FORBIDDEN');
    await refusedUnchanged(() => setQualitativeScore(leader, { indicatorId, version: 3, score: 9 }), 'FORBIDDEN');
    const stale = await refusedUnchanged(
      () => setQualitativeScore(evaluator, { indicatorId, version: 2, score: 9 }),
      'CONFLICT',
    );
    expect(textOf(stale)).toContain('绩效评价员');
    const tooHigh = await refusedUnchanged(
      () => setQualitativeScore(evaluator, { indicatorId, version: 3, score: 10.5 }),
      'INVALID',
    );
    expect(fieldTexts(tooHigh.fieldErrors)).toEqual({ score: ['得分须在 0 至 10 之间。'] });
    await refusedUnchanged(
      () => setQualitativeScore(evaluator, { indicatorId: ratioId, version: 1, score: 9 }),
      'INVALID',
    );
  });

  test('only qualitative indicators of visible units have a score to read', async () => {
    expect(await getQualitativeScore(evaluator, ratioId)).toBeNull();
    expect(await getQualitativeScore(fuzhou, indicatorId)).toBeNull();
  });
});
