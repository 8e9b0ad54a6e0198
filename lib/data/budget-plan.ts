import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import { prisma, type Tx } from '@/lib/db';
import { assertCan, notFound, parseInput, staleError } from '@/lib/data/admin-common';
import { recordAudit } from '@/lib/data/audit';
import { checkBudgetPlan, defaultMonthlyPlan } from '@/lib/domain';
import { AppError, message } from '@/lib/errors';
import { budgetPlanSchema, type BudgetPlanInput } from '@/lib/validation/budget-plan';

export type BudgetPlan = {
  planId: number;
  version: number;
  /** 元, exact, two decimals */
  budgetTotal: string;
  /** index 0 = January: the stored planned amount, or the default equal split where none is stored */
  planned: string[];
  /** the default equal split of the budget (index 0 = January) */
  defaults: string[];
  /** months whose figures are approved: their planned amount no longer changes */
  lockedMonths: number[];
};

async function readBudgetPlan(db: Tx, planId: number): Promise<BudgetPlan | null> {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      version: true,
      budgetTotal: true,
      budgetExecutions: { select: { month: true, planned: true } },
      monthReports: { where: { state: 'APPROVED' }, select: { month: true } },
    },
  });
  if (!plan) return null;
  const split = defaultMonthlyPlan(Number(plan.budgetTotal)).map((x) => x.toFixed(2));
  const stored = new Map(plan.budgetExecutions.map((b) => [b.month, b.planned.toFixed(2)]));
  return {
    planId: plan.id,
    version: plan.version,
    budgetTotal: plan.budgetTotal.toFixed(2),
    planned: split.map((amount, i) => stored.get(i + 1) ?? amount),
    defaults: split,
    lockedMonths: plan.monthReports.map((r) => r.month).sort((a, b) => a - b),
  };
}

export async function getBudgetPlan(actor: SessionUser, planId: number): Promise<BudgetPlan | null> {
  assertCan(actor, 'plans.manage');
  return readBudgetPlan(prisma, planId);
}

/**
 * Saves the twelve monthly planned amounts in one transaction at the plan's version: Σ must equal the budget to the
 * 分, approved months keep theirs; the months' spending stays as entered. Draft and published plans alike: the
 * spending plan is adjusted during the year.
 */
export async function saveBudgetPlan(actor: SessionUser, input: BudgetPlanInput): Promise<void> {
  assertCan(actor, 'plans.manage');
  const data = parseInput(budgetPlanSchema, input);
  await prisma.$transaction(async (tx) => {
    const before = await readBudgetPlan(tx, data.id);
    if (!before) throw notFound();
    const check = checkBudgetPlan({
      budgetYuan: before.budgetTotal,
      planned: data.planned,
      stored: before.planned,
      lockedMonths: before.lockedMonths,
    });
    if (!check.ok && check.reason === 'SUM_NOT_BUDGET')
      throw new AppError('INVALID', 'admin.budgetPlan.sumNotBudget', {
        sum: check.sum,
        budget: check.budget,
        difference: check.difference,
      });
    if (!check.ok)
      throw new AppError(
        'INVALID',
        'admin.budgetPlan.lockedMonth',
        { months: check.months.join('、') },
        Object.fromEntries(check.months.map((m) => [`planned.${m - 1}`, [message('admin.budgetPlan.lockedField')]])),
      );
    const { count } = await tx.plan.updateMany({
      where: { id: data.id, version: data.version },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw await staleError(tx, 'Plan', data.id);
    const plan = await tx.plan.findUniqueOrThrow({ where: { id: data.id }, select: { unitId: true } });
    for (const [i, planned] of data.planned.entries()) {
      await tx.budgetExecution.upsert({
        where: { planId_month: { planId: data.id, month: i + 1 } },
        create: { planId: data.id, month: i + 1, spent: null, planned, updatedById: actor.id },
        update: { planned, updatedById: actor.id, version: { increment: 1 } },
      });
    }
    await recordAudit(tx, {
      userId: actor.id,
      action: 'BUDGET_PLAN_SAVE',
      entity: 'Plan',
      entityId: data.id,
      unitId: plan.unitId,
      before: { planned: before.planned },
      after: { planned: data.planned.map((x) => Number(x).toFixed(2)) },
    });
  });
}
