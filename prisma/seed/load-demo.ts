// Loads the demo data into an empty database, in one transaction.
import bcrypt from 'bcryptjs';
import type { AuditCode } from '../../lib/audit-vocabulary';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { buildDemoData, DEMO_PASSWORD, SEED_BUDGET_WEIGHT, type DemoUser } from './demo-data';
import { indicatorRows } from './plan-template';

export type DemoLoadResult = { loaded: boolean; users: DemoUser[] };

export async function loadDemoDataIfEmpty(prisma: PrismaClient): Promise<DemoLoadResult> {
  const data = buildDemoData();
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  const loaded = await prisma.$transaction(
    async (tx) => {
      // Serialise concurrent starters; the second one finds the data already there.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(72345002)`;
      // Anything already there (a unit, an account made by admin:create) means this is not an empty database.
      if ((await tx.unit.count()) > 0 || (await tx.user.count()) > 0) return false;

      await tx.unit.createMany({ data: data.units.map((u) => ({ ...u, isDemo: true })) });
      const units = new Map((await tx.unit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]));
      await tx.user.createMany({
        data: data.users.map((u) => ({
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          passwordHash,
          isDemo: true,
          unitId: u.unitCode ? units.get(u.unitCode)! : null,
        })),
      });
      const userIds = new Map(
        (await tx.user.findMany({ select: { id: true, username: true, role: true, unitId: true } })).map((u) => [
          u.username,
          u,
        ]),
      );
      const leaderId = userIds.get('leader')!.id;
      const managerOf = (unitId: number) =>
        [...userIds.values()].find((u) => u.role === 'MANAGER' && u.unitId === unitId)?.id ?? null;

      for (const plan of data.plans) {
        const unitId = units.get(plan.unitCode)!;
        const created = await tx.plan.create({
          data: {
            unitId,
            year: plan.year,
            goal: plan.goal,
            budgetTotal: plan.budget.total,
            basicExpense: plan.budget.basic,
            projectExpense: plan.budget.project,
            budgetWeight: SEED_BUDGET_WEIGHT,
            status: 'PUBLISHED',
            isDemo: true,
            indicators: {
              createMany: {
                data: indicatorRows(plan.indicators),
              },
            },
            budgetExecutions: {
              createMany: {
                data: plan.budgetMonths.map((b) => ({ month: b.month, planned: b.planned, spent: b.spent })),
              },
            },
          },
          select: { id: true, indicators: { select: { id: true, code: true } } },
        });
        const indicatorIds = new Map(created.indicators.map((i) => [i.code, i.id]));
        const manager = managerOf(unitId);
        const actuals = await tx.monthlyActual.createManyAndReturn({
          data: plan.actuals.map((a) => ({
            indicatorId: indicatorIds.get(a.code)!,
            month: a.month,
            value: a.value,
            numerator: a.numerator,
            denominator: a.denominator,
            updatedById: manager,
          })),
          select: { id: true, indicatorId: true, month: true },
        });
        const actualId = new Map(actuals.map((a) => [`${a.indicatorId}:${a.month}`, a.id]));
        await tx.deviationRecord.createMany({
          data: plan.actuals
            .filter((a) => a.deviation)
            .map((a) => ({ actualId: actualId.get(`${indicatorIds.get(a.code)}:${a.month}`)!, ...a.deviation! })),
        });
        await tx.monthReport.createMany({
          data: plan.monthStates.map((s) => ({
            planId: created.id,
            month: s.month,
            state: s.state,
            submittedAt: s.submittedAt,
            submittedById: s.submittedAt ? manager : null,
            reviewedAt: s.reviewedAt,
            reviewedById: s.reviewedAt ? leaderId : null,
            updatedById: manager,
            // a submitted month was last changed when it was submitted, not when the demo was loaded
            ...(s.submittedAt ? { updatedAt: s.submittedAt } : {}),
          })),
        });
      }
      await tx.auditEvent.create({
        data: {
          ...({ action: 'DEMO_LOAD', entity: 'Database' } satisfies AuditCode),
          after: { units: data.units.length, plans: data.plans.length },
        },
      });
      return true;
    },
    { timeout: 120_000 },
  );
  return { loaded, users: data.users };
}
