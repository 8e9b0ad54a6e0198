// The center's real 2026 plan (单位整体绩效目标表 of unit 103603 as printed in the seed budget): the plan, its six
// indicators with their weights, the budget and its monthly split; no actuals. Loading twice changes nothing.
import type { AuditCode } from '../../lib/audit-vocabulary';
import { decimalNumber } from '../../lib/data/decimals';
import { defaultMonthlyPlan } from '../../lib/domain/budget';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { indicatorRows, SEED_BUDGET, SEED_BUDGET_WEIGHT, SEED_GOAL, SEED_INDICATORS, SEED_UNIT } from './plan-template';

export const SEED_PLAN_YEAR = 2026;
/** The printed table's rows (the template also carries the two monitoring indicators of the work plan). */
export const PRINTED_INDICATORS = SEED_INDICATORS.filter((indicator) => !indicator.isMonitoring);

export class SeedPlanConflict extends Error {}

export type SeedPlanResult = { loaded: boolean; planId: number };

export async function loadSeedPlan(prisma: PrismaClient, actorId: number | null): Promise<SeedPlanResult> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72345004)`;
    const unit =
      (await tx.unit.findUnique({ where: { code: SEED_UNIT.code }, select: { id: true } })) ??
      (await tx.unit.create({ data: { code: SEED_UNIT.code, name: SEED_UNIT.name }, select: { id: true } }));
    const existing = await tx.plan.findUnique({
      where: { unitId_year: { unitId: unit.id, year: SEED_PLAN_YEAR } },
      select: { id: true, budgetTotal: true, indicators: { select: { code: true, targetText: true, weight: true } } },
    });
    if (existing) {
      const byCode = new Map(existing.indicators.map((i) => [i.code, i]));
      const isSame =
        decimalNumber(existing.budgetTotal) === SEED_BUDGET.total &&
        PRINTED_INDICATORS.every(
          (t) =>
            byCode.get(t.code)?.targetText === t.targetText && decimalNumber(byCode.get(t.code)?.weight) === t.weight,
        );
      if (!isSame)
        throw new SeedPlanConflict(
          `Unit ${SEED_UNIT.code} already has a ${SEED_PLAN_YEAR} plan that differs from the printed table; it is not overwritten.`,
        );
      return { loaded: false, planId: existing.id };
    }
    const planned = defaultMonthlyPlan(SEED_BUDGET.total);
    const plan = await tx.plan.create({
      data: {
        unitId: unit.id,
        year: SEED_PLAN_YEAR,
        goal: SEED_GOAL,
        budgetTotal: SEED_BUDGET.total,
        basicExpense: SEED_BUDGET.basic,
        projectExpense: SEED_BUDGET.project,
        budgetWeight: SEED_BUDGET_WEIGHT,
        status: 'PUBLISHED',
        indicators: {
          createMany: {
            data: indicatorRows(PRINTED_INDICATORS),
          },
        },
        budgetExecutions: { createMany: { data: planned.map((amount, i) => ({ month: i + 1, planned: amount })) } },
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        userId: actorId,
        ...({ action: 'PLAN_LOAD_SEED', entity: 'Plan' } satisfies AuditCode),
        entityId: String(plan.id),
        unitId: unit.id,
        after: { unit: SEED_UNIT.code, year: SEED_PLAN_YEAR, indicators: PRINTED_INDICATORS.length },
      },
    });
    return { loaded: true, planId: plan.id };
  });
}
