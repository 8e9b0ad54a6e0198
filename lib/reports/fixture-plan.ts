// A plan as the data layer returns it, its figures from the real engine: shared by the report builders' tests.
import type { IndicatorPerformance, PlanPerformance } from '@/lib/data/performance';
import { evaluatePlan, type MonthValue } from '@/lib/domain';
import { SEED_INDICATORS } from '@/prisma/seed/plan-template';

/** The build meta of the fixture's reports: as of March, approved months only. */
export const FIXTURE_META = {
  year: 2026,
  asOf: 3,
  approvedOnly: true,
  generatedAt: new Date('2026-04-01T02:00:00Z'),
  generatedBy: '评价人员',
};

export function fixturePlan(asOf = 3, approvedOnly = true): PlanPerformance {
  const volume: MonthValue[] = [
    { month: 1, value: 1_000_000 },
    { month: 2, value: 900_000 },
    { month: 3, value: 1_100_000 },
  ];
  const answered: MonthValue[] = [
    { month: 1, numerator: 880, denominator: 1000 },
    { month: 2, numerator: 950, denominator: 1000 },
    { month: 3, numerator: 900, denominator: 1000 },
  ];
  const budgetMonths = [1, 2, 3].map((month) => ({ month, spent: 200_000, planned: 204_816.66 }));
  const figures = evaluatePlan({
    asOf,
    budget: { budget: 2_457_800, months: budgetMonths },
    budgetWeight: 10,
    indicators: [
      { id: '1', kind: 'COUNT', comparator: 'GTE', target: 12_500_000, weight: 15, months: volume },
      { id: '2', kind: 'RATIO', comparator: 'GTE', target: 90, weight: 15, months: answered },
      { id: '3', kind: 'RATIO', comparator: 'GTE', target: 90, weight: 0, months: answered },
    ],
  });
  const base = { targetVersions: [], lastYearMonths: [], originalTarget: null, hasAsOfData: true };
  const fromTemplate = (id: number, code: string, deviations: IndicatorPerformance['deviations'] = []) => ({
    ...base,
    ...SEED_INDICATORS.find((t) => t.code === code)!,
    id,
    figures: figures.items[id - 1].figures,
    deviations,
  });
  const indicators: IndicatorPerformance[] = [
    fromTemplate(1, 'I01'),
    fromTemplate(2, 'I02', [
      {
        month: 1,
        causes: ['STAFFING', 'HARDWARE'],
        analysis: '坐席不足。',
        measures: '增加排班。',
        likelihood: 'CERTAIN',
      },
      { month: 3, causes: ['STAFFING'], analysis: '坐席不足。', measures: '增加排班。', likelihood: 'POSSIBLE' },
    ]),
    fromTemplate(3, 'M01'),
  ];
  const state = (month: number) =>
    (month <= 2 ? 'APPROVED' : month === 3 ? 'SUBMITTED' : 'MISSING') as 'APPROVED' | 'SUBMITTED' | 'MISSING';
  return {
    unit: { id: 1, code: '103603', name: '福建省12345政务服务便民热线中心', isDemo: false },
    planId: 1,
    year: 2026,
    asOf,
    latestMonthWithData: 3,
    planStatus: 'PUBLISHED',
    dueDay: 10,
    goal: '目标',
    budgetTotal: 2_457_800,
    basicExpense: 2_457_800,
    projectExpense: 0,
    budgetWeight: 10,
    isYearComplete: false,
    isProjected: true,
    approvedOnly,
    months: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      state: state(i + 1),
      isOverdue: false,
      dueDate: '',
      submittedAt: null,
      reviewedAt: null,
    })),
    indicators,
    budget: figures.budget,
    budgetMonths,
    total: figures.total,
    maxTotal: figures.maxTotal,
    grade: figures.grade,
  };
}
