import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDemoDataIfEmpty } from '../../prisma/seed/load-demo';
import { SEED_INDICATORS, SEED_UNIT } from '../../prisma/seed/plan-template';
import { getPlanPerformance } from '../../lib/data/performance';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from './helpers';

// Everything a person sees, without generated ids, timestamps of the load itself and password salts.
async function snapshot(db: TestDatabase) {
  const p = db.prisma;
  const units = await p.unit.findMany({
    orderBy: { code: 'asc' },
    select: { code: true, name: true, isDemo: true, sortOrder: true },
  });
  const users = await p.user.findMany({
    orderBy: { username: 'asc' },
    select: { username: true, displayName: true, role: true, unit: { select: { code: true } } },
  });
  const plans = await p.plan.findMany({
    orderBy: [{ unit: { code: 'asc' } }, { year: 'asc' }],
    select: {
      year: true,
      goal: true,
      budgetTotal: true,
      basicExpense: true,
      projectExpense: true,
      budgetWeight: true,
      status: true,
      unit: { select: { code: true } },
      indicators: {
        orderBy: { sortOrder: 'asc' },
        select: {
          code: true,
          name: true,
          kind: true,
          comparator: true,
          target: true,
          targetText: true,
          weight: true,
          isMonitoring: true,
          actuals: {
            orderBy: { month: 'asc' },
            select: {
              month: true,
              value: true,
              numerator: true,
              denominator: true,
              deviation: { select: { causes: true, analysis: true, measures: true, likelihood: true } },
            },
          },
        },
      },
      budgetExecutions: { orderBy: { month: 'asc' }, select: { month: true, spent: true, planned: true } },
      monthReports: {
        orderBy: { month: 'asc' },
        select: { month: true, state: true, submittedAt: true, reviewedAt: true },
      },
    },
  });
  return JSON.parse(JSON.stringify({ units, users, plans }));
}

describe('demo data', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([first.drop(), second.drop()]);
  });

  test('loads twice, into two databases, to identical content', async () => {
    expect((await loadDemoDataIfEmpty(first.prisma)).loaded).toBe(true);
    expect((await loadDemoDataIfEmpty(second.prisma)).loaded).toBe(true);
    expect(await snapshot(first)).toEqual(await snapshot(second));
  }, 240_000);

  test('a second load into the same database changes nothing', async () => {
    const before = await snapshot(first);
    expect((await loadDemoDataIfEmpty(first.prisma)).loaded).toBe(false);
    expect(await snapshot(first)).toEqual(before);
  });

  test('a submitted month was last changed when it was submitted, never after its review', async () => {
    const submitted = await first.prisma.monthReport.findMany({ where: { submittedAt: { not: null } } });
    expect(submitted.length).toBeGreaterThan(0);
    for (const report of submitted) {
      expect(report.updatedAt).toEqual(report.submittedAt);
      if (report.reviewedAt) expect(report.updatedAt.getTime()).toBeLessThanOrEqual(report.reviewedAt.getTime());
    }
  });

  test('holds the printed 2026 plan of unit 103603 exactly', async () => {
    const plan = await first.prisma.plan.findFirstOrThrow({
      where: { year: 2026, unit: { code: SEED_UNIT.code } },
      include: { indicators: { orderBy: { sortOrder: 'asc' } }, unit: true },
    });
    expect(plan.unit.name).toBe('福建省12345政务服务便民热线中心');
    expect(plan.budgetTotal.toString()).toBe('2457800');
    expect(plan.basicExpense.toString()).toBe('2457800');
    expect(plan.projectExpense.toString()).toBe('0');
    expect(plan.goal).toContain('着力增强群众体验感和获得感');
    const printed = plan.indicators
      .filter((i) => !i.isMonitoring)
      .map((i) => [i.level1, i.level2, i.name, i.targetText, Number(i.weight)]);
    expect(printed).toEqual([
      ['产出指标', '数量指标', '受理群众诉求数量', '≥1250万件', 15],
      ['产出指标', '质量指标', '话务接通率', '≥90%', 15],
      ['产出指标', '时效指标', '按时办理率', '≥95%', 10],
      ['成本指标', '经济成本指标', '成本控制率', '≤100%', 10],
      ['效益指标', '社会效益指标', '即时解答率', '≥85%', 30],
      ['满意度指标', '服务对象满意度指标', '群众满意率', '≥95%', 10],
    ]);
    const weights = plan.indicators.reduce((sum, i) => sum + Number(i.weight), 0) + Number(plan.budgetWeight);
    expect(weights).toBe(100);
    expect(plan.indicators.filter((i) => i.isMonitoring).map((i) => i.name)).toEqual(['一次办结率', '一次办结解决率']);
    expect(SEED_INDICATORS).toHaveLength(8);
  });

  test('has ten units, 2023–2025 complete, 2026 approved through September and October submitted for 103603', async () => {
    expect(await first.prisma.unit.count()).toBe(10);
    const states = await first.prisma.monthReport.findMany({
      where: { plan: { unit: { code: '103603' } } },
      select: { month: true, state: true, plan: { select: { year: true } } },
      orderBy: [{ plan: { year: 'asc' } }, { month: 'asc' }],
    });
    for (const year of [2023, 2024, 2025]) {
      expect(states.filter((s) => s.plan.year === year).map((s) => s.state)).toEqual(Array(12).fill('APPROVED'));
    }
    const y2026 = states.filter((s) => s.plan.year === 2026);
    expect(y2026.map((s) => s.state)).toEqual([...Array(9).fill('APPROVED'), 'SUBMITTED']);
    const deviations = await first.prisma.deviationRecord.count({
      where: { actual: { indicator: { plan: { year: 2026, unit: { code: '103603' } } } } },
    });
    expect(deviations).toBeGreaterThan(0);
  });

  test('every submitted month explains each indicator that was not green as of that month', async () => {
    useAsAppDatabase(first);
    const leader = { id: 0, username: 'leader', name: 'leader', role: 'LEADER' as const, unitId: null };
    for (const unitCode of ['103603', '350700']) {
      for (let month = 1; month <= 10; month++) {
        const plan = await getPlanPerformance(leader, { unitCode, year: 2026, asOf: month });
        const offTarget = plan!.indicators.filter((i) => ['RED', 'YELLOW'].includes(i.figures.status));
        for (const indicator of offTarget) {
          expect(
            indicator.deviations.map((d) => d.month),
            `${unitCode} ${indicator.code} month ${month}`,
          ).toContain(month);
        }
      }
    }
  });
});
