// The reference figures for a spec: the pure engine applied to raw rows read straight from the test database, through
// the app's own rows → engine mapping (lib/data/engine-input.ts).
import { decimalNumber } from '../../lib/data/decimals';
import {
  budgetMonthsOf,
  gradeBandsOf,
  indicatorInputOf,
  indicatorMonthsOf,
  thresholdsOf,
} from '../../lib/data/engine-input';
import { evaluatePlan, FORECAST_HISTORY_YEARS } from '../../lib/domain';
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
    const monthsOf = (p: typeof plan | (typeof earlier)[number], i: { code: string; isBudgetDerived: boolean }) =>
      indicatorMonthsOf(i, p.indicators.find((l) => l.code === i.code)?.actuals ?? [], {
        budgetTotal: p.budgetTotal,
        budgetMonths: p.budgetExecutions,
      });
    const figures = evaluatePlan({
      asOf,
      budget: { budget: decimalNumber(plan.budgetTotal)!, months: budgetMonthsOf(plan.budgetExecutions) },
      budgetWeight: decimalNumber(plan.budgetWeight)!,
      thresholds: thresholdsOf(plan),
      gradeBands: gradeBandsOf(plan),
      indicators: plan.indicators.map((i) => ({
        ...indicatorInputOf(i),
        id: String(i.id),
        months: monthsOf(plan, i),
        lastYear: last?.indicators.some((l) => l.code === i.code) ? monthsOf(last, i) : undefined,
        priorYears: earlier.map((p) => ({ year: p.year, months: monthsOf(p, i) })),
      })),
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
