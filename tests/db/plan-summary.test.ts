// Issue 13: a stored plan summary is always what a fresh computation gives. After any sequence of saves,
// submissions, approvals, returns, reopenings and target adjustments, the figures read through the stored summaries
// equal the figures computed with every summary thrown away.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { adjustTarget } from '../../lib/data/admin-plans';
import { getEntryMonth } from '../../lib/data/entry';
import { saveMonth } from '../../lib/data/entry-save';
import { listPlanPerformance, type PerformanceQuery } from '../../lib/data/performance';
import { throughSummaries } from '../../lib/data/plan-summary';
import { listReviewQueue, reviewMonth } from '../../lib/data/review';
import { AppError } from '../../lib/errors';
import { TEST_NOW } from '../support/test-now';
import { DEVIATION, payloadFor, sessionUser } from './entry-support';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';

const UNIT = '103603';
let db: TestDatabase;
let manager: SessionUser, leader: SessionUser, admin: SessionUser;

const VIEWS: { user: () => SessionUser; query: PerformanceQuery }[] = [
  { user: () => leader, query: { units: 'all', year: 2026, asOf: 10, withMonthly: false } },
  { user: () => leader, query: { units: [UNIT], year: 2026 } },
  { user: () => admin, query: { units: 'all', year: 2026, asOf: 9, approvedOnly: true, withMonthly: false } },
];

// every view of the figures, and the review queue's (its figures are stored summaries too)
const readAll = async () =>
  JSON.parse(
    JSON.stringify(
      await Promise.all([
        ...VIEWS.map((v) => listPlanPerformance(v.user(), { ...v.query, now: TEST_NOW })),
        listReviewQueue(leader),
      ]),
    ),
  );

const dataVersion = async () => {
  const [row] = await db.prisma.$queryRaw<{ version: string }[]>`
    SELECT v."version"::text AS version FROM "UnitDataVersion" v JOIN "Unit" u ON u.id = v."unitId"
    WHERE u.code = ${UNIT}`;
  return BigInt(row.version);
};

type Op =
  | { kind: 'save'; month: 9 | 10; row: number; change: number; spent: number; submit: boolean }
  | { kind: 'review'; month: 9 | 10; decision: 'APPROVE' | 'RETURN' | 'REOPEN' }
  | { kind: 'adjust'; row: number; factor: number };

const month = fc.constantFrom(9 as const, 10 as const, 10 as const);
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('save' as const),
      month,
      row: fc.nat(20),
      change: fc.integer({ min: -500, max: 500 }),
      spent: fc.integer({ min: 0, max: 400_000 }),
      submit: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('review' as const),
      month,
      decision: fc.constantFrom('APPROVE' as const, 'RETURN' as const, 'REOPEN' as const, 'REOPEN' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('adjust' as const),
      row: fc.nat(20),
      factor: fc.integer({ min: 80, max: 120 }),
    }),
  },
);

async function save(o: Extract<Op, { kind: 'save' }>) {
  const key = { unitCode: UNIT, year: 2026, month: o.month };
  const rows = (await getEntryMonth(manager, key)).rows.filter(
    (r) => !r.indicator.isBudgetDerived && r.indicator.kind !== 'QUALITATIVE',
  );
  const r = rows[o.row % rows.length];
  const edits: Parameters<typeof payloadFor>[3] = {};
  for (const other of rows) edits[other.indicator.code] = { deviation: DEVIATION };
  if (r.indicator.kind === 'COUNT') {
    edits[r.indicator.code].value = String(Math.max(0, Number(r.current.value || 0) + o.change));
  } else {
    const denominator = Number(r.current.denominator || 1000);
    const numerator = Math.min(denominator, Math.max(0, Number(r.current.numerator || 0) + o.change));
    edits[r.indicator.code] = { ...edits[r.indicator.code], numerator: String(numerator) };
  }
  const payload = await payloadFor(manager, key, o.submit ? 'SUBMIT' : 'DRAFT', edits, { spent: String(o.spent) });
  await saveMonth(manager, payload);
}

async function apply(o: Op) {
  if (o.kind === 'save') return save(o);
  if (o.kind === 'review') {
    const key = { unitCode: UNIT, year: 2026, month: o.month };
    const { version } = await getEntryMonth(admin, key);
    const reviewer = o.decision === 'REOPEN' ? admin : leader;
    return reviewMonth(reviewer, {
      ...key,
      version,
      decision: o.decision,
      reason: o.decision === 'APPROVE' ? '' : '复核',
    });
  }
  const indicators = await db.prisma.indicator.findMany({
    where: { plan: { year: 2026, unit: { code: UNIT } }, kind: { not: 'QUALITATIVE' }, target: { not: null } },
    orderBy: { id: 'asc' },
  });
  const i = indicators[o.row % indicators.length];
  const target = ((Number(i.target) * o.factor) / 100).toFixed(i.kind === 'RATIO' ? 2 : 0);
  return adjustTarget(admin, {
    id: i.id,
    version: i.version,
    target: i.kind === 'RATIO' ? String(Math.min(100, Number(target))) : target,
    weight: String(i.weight),
    reason: '属性测试调整',
  });
}

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
  [manager, leader, admin] = await Promise.all(['manager', 'leader', 'admin'].map((u) => sessionUser(db, u)));
});
afterAll(async () => db.drop());

describe('stored plan summaries', () => {
  test('every table the figures are computed from moves the unit’s data version', async () => {
    const plan = await db.prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: UNIT } } });
    const actual = await db.prisma.monthlyActual.findFirstOrThrow({
      where: { indicator: { planId: plan.id }, deviation: { isNot: null } },
      include: { deviation: true, indicator: true },
    });
    const touches: [string, () => Promise<unknown>][] = [
      ['Unit', () => db.prisma.$executeRaw`UPDATE "Unit" SET "sortOrder" = "sortOrder" WHERE code = ${UNIT}`],
      ['Plan', () => db.prisma.$executeRaw`UPDATE "Plan" SET goal = goal WHERE id = ${plan.id}`],
      ['Indicator', () => db.prisma.$executeRaw`UPDATE "Indicator" SET name = name WHERE id = ${actual.indicatorId}`],
      ['MonthReport', () => db.prisma.$executeRaw`UPDATE "MonthReport" SET month = month WHERE "planId" = ${plan.id}`],
      ['MonthlyActual', () => db.prisma.$executeRaw`UPDATE "MonthlyActual" SET note = note WHERE id = ${actual.id}`],
      [
        'DeviationRecord',
        () =>
          db.prisma.$executeRaw`UPDATE "DeviationRecord" SET analysis = analysis WHERE id = ${actual.deviation!.id}`,
      ],
      [
        'BudgetExecution',
        () => db.prisma.$executeRaw`UPDATE "BudgetExecution" SET spent = spent WHERE "planId" = ${plan.id}`,
      ],
      [
        'TargetVersion',
        () =>
          db.prisma.targetVersion.create({
            data: {
              indicatorId: actual.indicatorId,
              versionNo: 99,
              target: actual.indicator.target,
              targetText: actual.indicator.targetText,
              weight: actual.indicator.weight,
              reason: '触发器检查',
              changedById: admin.id,
            },
          }),
      ],
    ];
    for (const [table, touch] of touches) {
      const before = await dataVersion();
      await touch();
      expect({ table, moved: (await dataVersion()) > before }).toEqual({ table, moved: true });
    }
  });

  test('readers asking at once for a missing summary share one computation, and all get its result', async () => {
    await db.prisma.planSummary.deleteMany();
    const plans = await db.prisma.plan.findMany({ where: { year: 2026 }, select: { id: true, unitId: true } });
    const keys = plans.map((p) => ({ planId: p.id, unitId: p.unitId }));
    const computed: number[][] = [];
    const compute = async (wanted: { planId: number }[]) => {
      computed.push(wanted.map((k) => k.planId));
      await new Promise((resolve) => setTimeout(resolve, 200));
      return new Map(wanted.map((k) => [k.planId, { plan: k.planId }]));
    };
    const results = await Promise.all([
      throughSummaries(keys, 'test-shared', compute),
      throughSummaries(keys, 'test-shared', compute),
      throughSummaries(keys.slice(0, 1), 'test-shared', compute),
    ]);
    expect(computed.flat().sort()).toEqual(keys.map((k) => k.planId).sort());
    for (const [i, result] of results.entries())
      expect([...result.entries()].sort()).toEqual(
        (i < 2 ? keys : keys.slice(0, 1)).map((k) => [k.planId, { plan: k.planId }]).sort(),
      );
    // stored once and read back by the next reader without computing
    await throughSummaries(keys, 'test-shared', compute);
    expect(computed).toHaveLength(1);
  });

  test('after any sequence of writes, the stored summaries equal a fresh computation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 7 }), async (ops) => {
        for (const o of ops) {
          await readAll(); // every view stored as it is now
          await apply(o).catch((error: unknown) => {
            if (!(error instanceof AppError)) throw error; // a refused write (stale, locked, incomplete) is a case too
          });
          const throughSummaries = await readAll();
          await db.prisma.$executeRaw`DELETE FROM "PlanSummary"`;
          expect(throughSummaries).toEqual(await readAll());
        }
      }),
      { numRuns: 5, seed: 13 },
    );
  }, 300_000);
});
