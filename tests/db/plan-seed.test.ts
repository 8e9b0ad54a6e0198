import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadOfficialPlan } from '../../lib/data/plan-seed';
import { loadSeedPlan, PRINTED_INDICATORS } from '../../prisma/seed/load-plan';
import { SEED_BUDGET, SEED_GOAL, SEED_UNIT } from '../../prisma/seed/plan-template';
import { asPrinted, parsePrintedPlanTable } from '../../prisma/seed/seed-plan-table';
import { ROOT } from '../../scripts/paths';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from './helpers';

// the center's 2026 budget exactly as published, kept in the repository so the check runs in any checkout
const SEED_TEXT = readFileSync(
  path.join(ROOT, 'prisma', 'seed', 'source', '2026-unit-budget-fujian-12345.txt'),
  'utf8',
);
const COMPARATOR = { GTE: '≥', LTE: '≤', EQ: '=' } as const;

describe('the checked-in plan is the 单位整体绩效目标表 as printed', () => {
  const printed = parsePrintedPlanTable(SEED_TEXT);
  test('unit, budget and overall goal', () => {
    expect(printed.unitCode).toBe(SEED_UNIT.code);
    expect(asPrinted(printed.unitName)).toBe(SEED_UNIT.name);
    expect(printed.budget).toEqual(SEED_BUDGET);
    expect(asPrinted(printed.goal)).toBe(SEED_GOAL);
  });
  test('every indicator row: levels, name, comparator, target text', () => {
    expect(
      PRINTED_INDICATORS.map((t) => ({ level1: t.level1, level2: t.level2, name: t.name, targetText: t.targetText })),
    ).toEqual(printed.rows.map((row) => ({ ...row, targetText: asPrinted(row.targetText) })));
    for (const t of PRINTED_INDICATORS) expect(t.targetText.startsWith(COMPARATOR[t.comparator])).toBe(true);
  });
});

describe('loading the real plan', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
  });
  afterAll(async () => db.drop());

  const snapshot = async () => ({
    units: await db.prisma.unit.findMany({ orderBy: { id: 'asc' } }),
    plans: await db.prisma.plan.findMany({ orderBy: { id: 'asc' } }),
    indicators: await db.prisma.indicator.findMany({ orderBy: { id: 'asc' } }),
    budget: await db.prisma.budgetExecution.findMany({ orderBy: { id: 'asc' } }),
    actuals: await db.prisma.monthlyActual.count(),
  });

  test('loads the plan, its indicators exactly as printed with their weights, the budget and its monthly split', async () => {
    expect(await loadSeedPlan(db.prisma, null)).toMatchObject({ loaded: true });
    const plan = await db.prisma.plan.findFirstOrThrow({
      include: { unit: true, indicators: { orderBy: { sortOrder: 'asc' } }, budgetExecutions: true },
    });
    expect(plan).toMatchObject({ year: 2026, goal: SEED_GOAL, status: 'PUBLISHED', isDemo: false });
    expect(plan.unit).toMatchObject({ code: '103603', name: SEED_UNIT.name, isDemo: false });
    expect(Number(plan.budgetTotal)).toBe(2_457_800);
    expect(Number(plan.projectExpense)).toBe(0);
    expect(
      plan.indicators.map((i) => [i.name, i.comparator, Number(i.target), i.targetText, Number(i.weight), i.kind]),
    ).toEqual([
      ['受理群众诉求数量', 'GTE', 12_500_000, '≥1250万件', 15, 'COUNT'],
      ['话务接通率', 'GTE', 90, '≥90%', 15, 'RATIO'],
      ['按时办理率', 'GTE', 95, '≥95%', 10, 'RATIO'],
      ['成本控制率', 'LTE', 100, '≤100%', 10, 'RATIO'],
      ['即时解答率', 'GTE', 85, '≥85%', 30, 'RATIO'],
      ['群众满意率', 'GTE', 95, '≥95%', 10, 'RATIO'],
    ]);
    expect(plan.budgetExecutions).toHaveLength(12);
    expect(plan.budgetExecutions.reduce((sum, b) => sum + Number(b.planned) * 100, 0)).toBe(245_780_000);
    expect(plan.budgetExecutions.every((b) => b.spent === null)).toBe(true);
    expect(await db.prisma.monthlyActual.count()).toBe(0);
    expect(await db.prisma.user.count()).toBe(0);
  });

  test('loading again changes nothing, from the command line or from 系统管理', { timeout: 200_000 }, async () => {
    const before = await snapshot();
    const cli = spawnSync(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(ROOT, 'scripts', 'plan-load-seed.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: db.url },
        encoding: 'utf8',
        timeout: 150_000,
      },
    );
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('already loaded; nothing changed');
    const admin = { id: 1, username: 'a', name: 'a', role: 'ADMIN' as const, unitId: null };
    expect(await loadOfficialPlan(admin)).toMatchObject({ loaded: false });
    expect(await snapshot()).toEqual(before);
    expect(await db.prisma.auditEvent.count({ where: { action: 'PLAN_LOAD_SEED' } })).toBe(1);
  });

  test('only an administrator may load it', async () => {
    const manager = { id: 2, username: 'm', name: 'm', role: 'MANAGER' as const, unitId: 1 };
    await expect(loadOfficialPlan(manager)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
