// The year's spending plan (预算计划) in plan settings: twelve months that add up to the budget, approved months
// fixed, one transaction at the plan's version; the entry page shows the month's planned figure from it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { getBudgetPlan, saveBudgetPlan } from '../../lib/data/budget-plan';
import { getEntryMonth } from '../../lib/data/entry';
import { AppError } from '../../lib/errors';
import { fieldTexts, textOf } from '../support/messages';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';
import { sessionUser } from './entry-support';

let db: TestDatabase;
let admin: SessionUser, manager: SessionUser;
let planId: number;

const NOV = { unitCode: '103603', year: 2026, month: 11 };
const budgetRows = () =>
  db.prisma.budgetExecution.findMany({
    where: { planId },
    orderBy: { month: 'asc' },
    select: { month: true, spent: true, planned: true },
  });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as AppError,
  );

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
  [admin, manager] = await Promise.all(['admin', 'manager'].map((u) => sessionUser(db, u)));
  planId = (await db.prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: '103603' } } })).id;
});
afterAll(async () => db.drop());

describe('the spending plan', () => {
  test('reads twelve months adding up to the budget; approved months are fixed', async () => {
    const plan = (await getBudgetPlan(admin, planId))!;
    expect(plan.budgetTotal).toBe('2457800.00');
    expect(plan.planned).toHaveLength(12);
    expect(plan.planned.reduce((a, x) => a + Math.round(Number(x) * 100), 0)).toBe(245780000);
    expect(plan.lockedMonths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('a total one 分 off is refused with the sum and the difference; nothing changes', async () => {
    const plan = (await getBudgetPlan(admin, planId))!;
    const before = await budgetRows();
    const planned = [...plan.planned];
    planned[11] = (Number(planned[11]) + 0.01).toFixed(2);
    const error = await refusal(saveBudgetPlan(admin, { id: planId, version: plan.version, planned }));
    expect(error.code).toBe('INVALID');
    expect(textOf(error)).toContain('相差 0.01 元');
    expect(await budgetRows()).toEqual(before);
  });

  test("an approved month's amount is refused and marked; nothing changes", async () => {
    const plan = (await getBudgetPlan(admin, planId))!;
    const before = await budgetRows();
    const planned = [...plan.planned];
    planned[0] = (Number(planned[0]) + 100).toFixed(2);
    planned[11] = (Number(planned[11]) - 100).toFixed(2);
    const error = await refusal(saveBudgetPlan(admin, { id: planId, version: plan.version, planned }));
    expect(textOf(error)).toContain('1月已审核通过');
    expect(fieldTexts(error.fieldErrors)['planned.0']).toEqual(['该月已审核通过，计划支出不能修改。']);
    expect(await budgetRows()).toEqual(before);
  });

  test('moving money between open months saves all twelve, keeps the spending, is audited; the entry page shows it', async () => {
    const plan = (await getBudgetPlan(admin, planId))!;
    const spentBefore = (await budgetRows()).map((r) => [r.month, r.spent?.toString() ?? null]);
    const planned = [...plan.planned];
    planned[10] = (Number(planned[10]) + 5000).toFixed(2);
    planned[11] = (Number(planned[11]) - 5000).toFixed(2);
    await saveBudgetPlan(admin, { id: planId, version: plan.version, planned: planned.map((x) => `${x} `) });
    const rows = await budgetRows();
    expect(rows.map((r) => r.planned.toFixed(2))).toEqual(planned);
    expect(rows.map((r) => [r.month, r.spent?.toString() ?? null])).toEqual(
      expect.arrayContaining(spentBefore as [number, string | null][]),
    );
    const audit = await db.prisma.auditEvent.findFirst({
      where: { action: 'BUDGET_PLAN_SAVE' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ entity: 'Plan', entityId: String(planId), userId: admin.id });
    expect((await getEntryMonth(manager, NOV)).budget.planned).toBe(planned[10]);
  });

  test('a stale version is refused and nothing is overwritten', async () => {
    const plan = (await getBudgetPlan(admin, planId))!;
    const before = await budgetRows();
    const error = await refusal(
      saveBudgetPlan(admin, { id: planId, version: plan.version - 1, planned: plan.defaults }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(await budgetRows()).toEqual(before);
  });

  test('a manager may neither read nor change it', async () => {
    const plan = (await getBudgetPlan(admin, planId))!;
    expect((await refusal(getBudgetPlan(manager, planId))).code).toBe('FORBIDDEN');
    const error = await refusal(saveBudgetPlan(manager, { id: planId, version: plan.version, planned: plan.planned }));
    expect(error.code).toBe('FORBIDDEN');
  });
});
