// The reference figures for a spec: the pure engine applied to raw rows read straight from the test database.
import { costControlMonths, evaluatePlan, FORECAST_HISTORY_YEARS, type MonthValue } from '../../lib/domain';
import { testPrisma } from './db';

export async function engineFigures(unitCode: string, year: number, asOf: number) {
  const prisma = testPrisma();
  try {
    const plan = await prisma.plan.findFirstOrThrow({
      where: { year, unit: { code: unitCode } },
      include: { indicators: { orderBy: { sortOrder: 'asc' }, include: { actuals: true } }, budgetExecutions: true },
    });
    const earlier = await prisma.plan.findMany({
      where: { year: { gte: year - FORECAST_HISTORY_YEARS, lt: year }, unit: { code: unitCode } },
      include: { indicators: { include: { actuals: true } }, budgetExecutions: true },
      orderBy: { year: 'asc' },
    });
    const last = earlier.find((p) => p.year === year - 1);
    const budgetOf = (p: { budgetExecutions: typeof plan.budgetExecutions }) =>
      p.budgetExecutions.map((b) => ({
        month: b.month,
        spent: b.spent && Number(b.spent),
        planned: Number(b.planned),
      }));
    const toMonths = (actuals: (typeof plan.indicators)[number]['actuals']): MonthValue[] =>
      actuals.map((a) => ({
        month: a.month,
        value: a.value && Number(a.value),
        numerator: a.numerator && Number(a.numerator),
        denominator: a.denominator && Number(a.denominator),
        rating: a.rating,
      }));
    const figures = evaluatePlan({
      asOf,
      budget: { budget: Number(plan.budgetTotal), months: budgetOf(plan) },
      budgetWeight: Number(plan.budgetWeight),
      indicators: plan.indicators.map((i) => {
        const lastIndicator = last?.indicators.find((l) => l.code === i.code);
        return {
          id: String(i.id),
          kind: i.kind,
          comparator: i.comparator,
          target: i.target && Number(i.target),
          weight: Number(i.weight),
          months: i.isBudgetDerived ? costControlMonths(Number(plan.budgetTotal), budgetOf(plan)) : toMonths(i.actuals),
          lastYear:
            i.isBudgetDerived && last
              ? costControlMonths(Number(last.budgetTotal), budgetOf(last))
              : lastIndicator && toMonths(lastIndicator.actuals),
          priorYears: earlier.map((p) => ({
            year: p.year,
            months: i.isBudgetDerived
              ? costControlMonths(Number(p.budgetTotal), budgetOf(p))
              : toMonths(p.indicators.find((l) => l.code === i.code)?.actuals ?? []),
          })),
        };
      }),
    });
    const indicators = plan.indicators.map((i, index) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      kind: i.kind,
      displayDivisor: i.displayDivisor,
      displayUnit: i.displayUnit,
      isMonitoring: i.isMonitoring,
      figures: figures.items[index].figures,
    }));
    return { indicators, total: figures.total, budget: figures.budget };
  } finally {
    await prisma.$disconnect();
  }
}
