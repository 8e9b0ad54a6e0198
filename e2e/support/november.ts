import type { testPrisma } from './db';

export const CENTRE = '103603';

/** November 2026 of the centre as the demo data leaves it: nothing entered (spending planned, not spent). */
export async function clearNovember(prisma: ReturnType<typeof testPrisma>) {
  const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: CENTRE } } });
  await prisma.monthlyActual.deleteMany({ where: { month: 11, indicator: { planId: plan.id } } });
  await prisma.monthReport.deleteMany({ where: { planId: plan.id, month: 11 } });
  await prisma.budgetExecution.updateMany({ where: { planId: plan.id, month: 11 }, data: { spent: null } });
  return plan.id;
}
