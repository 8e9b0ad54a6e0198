import { getLocale, getTranslations } from 'next-intl/server';
import type { PlanPerformance } from '@/lib/data/performance';
import { formatFraction, formatIndicatorValue, formatPercent, formatScore, type FormatLocale } from '@/lib/format';
import { ComparisonTable, type ComparisonColumn, type ComparisonRow } from './comparison-table';

/** Every unit's figures side by side; the client table sorts and ranks them. */
export async function UnitComparison({ plans }: { plans: PlanPerformance[] }) {
  const [t, td, locale] = await Promise.all([
    getTranslations('dashboard.compare'),
    getTranslations('domain'),
    getLocale() as Promise<FormatLocale>,
  ]);
  const indicators = plans[0]?.indicators ?? [];
  const columns: ComparisonColumn[] = [
    { key: 'total', label: t('total'), isHigherBetter: true },
    ...indicators.map((i) => ({
      key: i.code,
      label: i.name,
      isHigherBetter: i.comparator !== 'LTE',
      isMonitoring: i.isMonitoring,
    })),
    { key: 'budget', label: t('budgetExecution'), isHigherBetter: true },
  ];
  const rows: ComparisonRow[] = plans.map((plan) => ({
    unitCode: plan.unit.code,
    unitName: plan.unit.name,
    grade: plan.grade ? td(`grade.${plan.grade}`) : '—',
    cells: Object.fromEntries([
      ['total', { value: plan.total, text: formatScore(plan.total, locale) }],
      ...plan.indicators.map((i) => [
        i.code,
        {
          value: i.figures.ytdValue,
          text: formatIndicatorValue(i.figures.ytdValue, i, locale),
          fraction:
            i.kind === 'RATIO' && !i.isBudgetDerived
              ? formatFraction(i.figures.ytdNumerator, i.figures.ytdDenominator, locale)
              : undefined,
          status: i.figures.status,
          statusLabel: td(`status.${i.figures.status}`),
        },
      ]),
      [
        'budget',
        plan.budget
          ? {
              value: plan.budget.executionRate,
              text: formatPercent(plan.budget.executionRate, locale),
              status: plan.budget.status,
              statusLabel: td(`status.${plan.budget.status}`),
            }
          : { value: null, text: '—' },
      ],
    ]),
  }));
  return (
    <section className="panel" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('title')}</h2>
      <p className="small muted no-print">{t('hint')}</p>
      <ComparisonTable columns={columns} rows={rows} />
    </section>
  );
}
