// Shared arrangements for the monthly-cycle database tests.
import type { SessionUser } from '../../lib/auth/permissions';
import { getEntryMonth } from '../../lib/data/entry';
import { saveMonthSchema, type SaveMonth } from '../../lib/validation/entry';
import type { TestDatabase } from './helpers';

export async function sessionUser(db: TestDatabase, username: string): Promise<SessionUser> {
  const u = await db.prisma.user.findUniqueOrThrow({ where: { username } });
  return { id: u.id, username: u.username, name: u.displayName, role: u.role, unitId: u.unitId };
}

/** Everything stored for one unit's month, comparable before and after a refused write. */
export async function monthSnapshot(db: TestDatabase, unitCode: string, year: number, month: number) {
  const plan = await db.prisma.plan.findFirstOrThrow({
    where: { year, unit: { code: unitCode } },
    select: { id: true },
  });
  const [report, actuals, budget, audits] = await Promise.all([
    db.prisma.monthReport.findUnique({ where: { planId_month: { planId: plan.id, month } } }),
    db.prisma.monthlyActual.findMany({
      where: { month, indicator: { planId: plan.id } },
      orderBy: { id: 'asc' },
      include: { deviation: true },
    }),
    db.prisma.budgetExecution.findUnique({ where: { planId_month: { planId: plan.id, month } } }),
    db.prisma.auditEvent.count(),
  ]);
  return JSON.parse(JSON.stringify({ report, actuals, budget, audits }));
}

type Edit = {
  value?: string;
  numerator?: string;
  denominator?: string;
  deviation?: SaveMonth['rows'][number]['deviation'];
};

/** The month as the form would send it: the stored figures, with edits by indicator code. */
export async function payloadFor(
  user: SessionUser,
  key: { unitCode: string; year: number; month: number },
  intent: 'DRAFT' | 'SUBMIT',
  edits: Record<string, Edit> = {},
  budget?: { spent: string; planned?: string },
): Promise<SaveMonth> {
  const month = await getEntryMonth(user, key);
  return saveMonthSchema.parse({
    ...key,
    intent,
    version: month.version,
    rows: month.rows.map((r) => {
      const edit = edits[r.indicator.code] ?? {};
      return {
        indicatorId: r.indicator.id,
        label: r.indicator.name,
        value: edit.value ?? r.current.value,
        numerator: edit.numerator ?? r.current.numerator,
        denominator: edit.denominator ?? r.current.denominator,
        rating: r.current.rating as '',
        note: r.current.note,
        deviation:
          edit.deviation !== undefined
            ? edit.deviation
            : r.deviation && {
                ...r.deviation,
                causes: r.deviation.causes as never,
                likelihood: r.deviation.likelihood as never,
              },
      };
    }),
    budget: { spent: budget?.spent ?? month.budget.spent, planned: budget?.planned ?? month.budget.planned },
  });
}

export const DEVIATION = {
  causes: ['STAFFING' as const],
  analysis: '话务高峰人手不足',
  measures: '增加高峰时段坐席',
  likelihood: 'POSSIBLE' as const,
};

/** The demo center's October 2026 (submitted in the demo data) back to a draft, so that a test can save it. */
export async function octoberAsDraft(db: TestDatabase) {
  const plan = await db.prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: '103603' } } });
  await db.prisma.monthReport.update({
    where: { planId_month: { planId: plan.id, month: 10 } },
    data: { state: 'DRAFT', submittedAt: null, submittedById: null },
  });
}
