import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { getIndicatorView } from '../../lib/data/dashboard';
import { thresholdsOf } from '../../lib/data/engine-input';
import { getPlanPerformance, listPlanPerformance, listVisibleUnits } from '../../lib/data/performance';
import { costControlMonths, evaluatePlan, type MonthValue } from '../../lib/domain';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from './helpers';

const NOW = new Date('2026-11-26T04:00:00Z');

describe('plan performance from the database', () => {
  let db: TestDatabase;
  let leader: SessionUser;
  let manager: SessionUser;
  beforeAll(async () => {
    db = await createTestDatabase({ withDemoData: true });
    useAsAppDatabase(db);
    const users = await db.prisma.user.findMany({ where: { username: { in: ['leader', 'manager'] } } });
    const toSession = (u: (typeof users)[number]): SessionUser => ({
      id: u.id,
      username: u.username,
      name: u.displayName,
      role: u.role,
      unitId: u.unitId,
    });
    leader = toSession(users.find((u) => u.username === 'leader')!);
    manager = toSession(users.find((u) => u.username === 'manager')!);
  });
  afterAll(async () => db.drop());

  // The engine applied to every raw row, read plainly with no aggregation, as the reference.
  async function engineOnRawRows(unitCode: string, year: number, asOf: number, approvedOnly: boolean) {
    const plan = await db.prisma.plan.findFirstOrThrow({
      where: { year, unit: { code: unitCode } },
      include: {
        indicators: { orderBy: { sortOrder: 'asc' }, include: { actuals: true } },
        budgetExecutions: true,
        monthReports: true,
      },
    });
    const earlier = await db.prisma.plan.findMany({
      where: { year: { gte: year - 5, lt: year }, unit: { code: unitCode } },
      include: { indicators: { include: { actuals: true } }, budgetExecutions: true },
      orderBy: { year: 'asc' },
    });
    const last = earlier.find((p) => p.year === year - 1);
    const approved = new Set(plan.monthReports.filter((r) => r.state === 'APPROVED').map((r) => r.month));
    const keep = (month: number) => !approvedOnly || approved.has(month);
    const budgetMonths = plan.budgetExecutions.map((b) => ({
      month: b.month,
      spent: b.spent && keep(b.month) ? Number(b.spent) : null,
      planned: Number(b.planned),
    }));
    const toMonths = (actuals: (typeof plan.indicators)[number]['actuals'], filter = true): MonthValue[] =>
      actuals
        .filter((a) => !filter || keep(a.month))
        .map((a) => ({
          month: a.month,
          value: a.value && Number(a.value),
          numerator: a.numerator && Number(a.numerator),
          denominator: a.denominator && Number(a.denominator),
          rating: a.rating,
        }));
    const budgetOf = (p: (typeof earlier)[number]) =>
      p.budgetExecutions.map((b) => ({
        month: b.month,
        spent: b.spent && Number(b.spent),
        planned: Number(b.planned),
      }));
    const monthsOf = (p: (typeof earlier)[number], code: string, isBudgetDerived: boolean) => {
      const found = p.indicators.find((l) => l.code === code);
      if (isBudgetDerived) return costControlMonths(Number(p.budgetTotal), budgetOf(p));
      return found && toMonths(found.actuals, false);
    };
    return evaluatePlan({
      asOf,
      budget: { budget: Number(plan.budgetTotal), months: budgetMonths },
      budgetWeight: Number(plan.budgetWeight),
      indicators: plan.indicators.map((i) => {
        return {
          id: String(i.id),
          kind: i.kind,
          comparator: i.comparator,
          target: i.target && Number(i.target),
          weight: Number(i.weight),
          months: i.isBudgetDerived ? costControlMonths(Number(plan.budgetTotal), budgetMonths) : toMonths(i.actuals),
          lastYear: last && monthsOf(last, i.code, i.isBudgetDerived),
          priorYears: earlier.flatMap((p) => {
            const months = monthsOf(p, i.code, i.isBudgetDerived);
            return months ? [{ year: p.year, months }] : [];
          }),
        };
      }),
    });
  }

  test.each([
    ['103603', 10, false],
    ['103603', 10, true],
    ['103603', 1, false],
    ['350900', 9, false],
    ['350300', 10, true],
  ])(
    'unit %s as of month %s (approvedOnly %s): the data layer equals the engine on the raw rows',
    async (unitCode, asOf, approvedOnly) => {
      const fromLayer = await getPlanPerformance(leader, { unitCode, year: 2026, asOf, approvedOnly, now: NOW });
      const reference = await engineOnRawRows(unitCode, 2026, asOf, approvedOnly);
      expect(fromLayer).not.toBeNull();
      expect(
        fromLayer!.indicators.map((i) => ({
          ...i.figures,
          status: reference.items.find((r) => r.id === String(i.id))!.figures.status,
        })),
      ).toEqual(reference.items.map((r) => r.figures));
      expect(fromLayer!.budget).toEqual(reference.budget);
      expect(fromLayer!.total).toBe(reference.total);
      expect(fromLayer!.grade).toBe(reference.grade);
    },
  );

  test('the default as-of month is the latest month with data', async () => {
    const plan = await getPlanPerformance(leader, { unitCode: '103603', year: 2026, now: NOW });
    expect(plan!.asOf).toBe(10);
    const ningde = await getPlanPerformance(leader, { unitCode: '350900', year: 2026, now: NOW });
    expect(ningde!.asOf).toBe(9);
    expect(ningde!.months[9]).toMatchObject({ month: 10, state: 'MISSING', isOverdue: true });
  });

  test('without the series a view has the same figures, only no month-by-month series and no last year', async () => {
    const query = { units: 'all' as const, year: 2026, asOf: 10, now: NOW };
    const full = await listPlanPerformance(leader, query);
    const lean = await listPlanPerformance(leader, { ...query, withMonthly: false });
    expect(full.flatMap((p) => p.indicators).some((i) => i.lastYearMonths.length > 0)).toBe(true);
    const withoutSeries = full.map((p) => ({
      ...p,
      indicators: p.indicators.map((i) => ({ ...i, lastYearMonths: [], figures: { ...i.figures, monthly: [] } })),
    }));
    expect(lean).toEqual(withoutSeries);
  });

  test('approvedOnly leaves out the submitted October', async () => {
    const all = await getPlanPerformance(leader, { unitCode: '103603', year: 2026, asOf: 10, now: NOW });
    const approved = await getPlanPerformance(leader, {
      unitCode: '103603',
      year: 2026,
      asOf: 10,
      approvedOnly: true,
      now: NOW,
    });
    const volume = (p: typeof all) => p!.indicators.find((i) => i.code === 'I01')!.figures.ytdValue!;
    const october = await db.prisma.monthlyActual.findFirstOrThrow({
      where: { month: 10, indicator: { code: 'I01', plan: { year: 2026, unit: { code: '103603' } } } },
    });
    expect(volume(all) - volume(approved)).toBe(Number(october.value));
  });

  test('a month overdue with no data shows OVERDUE, apart from red', async () => {
    const ningde = await getPlanPerformance(leader, { unitCode: '350900', year: 2026, asOf: 10, now: NOW });
    expect(ningde!.indicators.filter((i) => !i.isBudgetDerived).every((i) => i.figures.status === 'OVERDUE')).toBe(
      true,
    );
  });

  test('a manager sees only their own unit', async () => {
    expect((await listVisibleUnits(manager)).map((u) => u.code)).toEqual(['103603']);
    expect(await getPlanPerformance(manager, { unitCode: '350100', year: 2026, now: NOW })).toBeNull();
    const all = await listPlanPerformance(manager, { units: 'all', year: 2026, now: NOW });
    expect(all.map((p) => p.unit.code)).toEqual(['103603']);
    expect((await listPlanPerformance(leader, { units: 'all', year: 2026, now: NOW })).length).toBe(10);
  });

  test('an indicator’s view: its plan’s figures and thresholds; another unit’s indicator, or none, is not found for a manager', async () => {
    const plans = await db.prisma.plan.findMany({
      where: { year: 2026, unit: { code: { in: ['103603', '350100'] } } },
      include: { unit: true, indicators: { orderBy: { sortOrder: 'asc' }, take: 1 } },
    });
    const own = plans.find((p) => p.unit.code === '103603')!;
    const other = plans.find((p) => p.unit.code === '350100')!;
    const view = await getIndicatorView(manager, own.indicators[0].id, null, NOW);
    const plan = await getPlanPerformance(manager, { unitCode: '103603', year: 2026, now: NOW });
    expect(view?.indicator).toEqual(plan!.indicators.find((i) => i.id === own.indicators[0].id));
    expect(view?.thresholds).toEqual(thresholdsOf(own));
    expect((await getIndicatorView(leader, other.indicators[0].id, null, NOW))?.plan.unit.code).toBe('350100');
    expect(await getIndicatorView(manager, other.indicators[0].id, null, NOW)).toBeNull();
    expect(await getIndicatorView(leader, 987654321, null, NOW)).toBeNull();
  });

  test('all ten units take the same number of queries as one, computed or stored', async () => {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const { PrismaClient } = await import('../../lib/generated/prisma/client');
    const counting = new PrismaClient({
      adapter: new PrismaPg({ connectionString: db.url }),
      log: [{ emit: 'event', level: 'query' }],
    });
    let queries = 0;
    counting.$on('query', () => {
      queries += 1;
    });
    (globalThis as { prisma?: unknown }).prisma = counting;
    try {
      const count = async (units: string[] | 'all', stored: boolean) => {
        if (!stored) await counting.$executeRaw`DELETE FROM "PlanSummary"`;
        else await listPlanPerformance(leader, { units, year: 2026, asOf: 10, now: NOW });
        queries = 0;
        const plans = await listPlanPerformance(leader, { units, year: 2026, asOf: 10, now: NOW });
        return { queries, plans: plans.length };
      };
      const one = await count(['103603'], false);
      const ten = await count('all', false);
      expect(one.plans).toBe(1);
      expect(ten.plans).toBe(10);
      expect(one.queries).toBeGreaterThan(2);
      expect(ten.queries).toBe(one.queries);
      const storedOne = await count(['103603'], true);
      const storedTen = await count('all', true);
      // the plans and their stored summaries only: nothing is computed
      expect(storedTen.queries).toBe(storedOne.queries);
      expect(storedOne.queries).toBeLessThan(one.queries - 4);
    } finally {
      useAsAppDatabase(db);
      await counting.$disconnect();
    }
  });
});
