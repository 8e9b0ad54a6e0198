import { getLocale, getTranslations } from 'next-intl/server';
import type { PlanPerformance } from '@/lib/data/performance';
import { formatFraction, formatIndicatorValue, formatPercent, formatScore, type FormatLocale } from '@/lib/format';
import { parseRankingParams, rankingHref, type SearchParams } from '@/lib/dashboard/params';
import { rankingPage } from '@/lib/dashboard/ranking';
import { Pager } from '@/components/ui/pager';
import { ComparisonTable, type ComparisonColumn, type ComparisonRow } from './comparison-table';

type Selection = { unit: string; year: number; month: number | null };

/**
 * Every unit's figures side by side, ranked by the URL's column; one page of the ranking is rendered, so the page
 * stays small with a hundred units.
 */
export async function UnitComparison({
  plans,
  search,
  selection,
}: {
  plans: PlanPerformance[];
  search: SearchParams;
  selection: Selection;
}) {
  const [t, td, locale] = await Promise.all([
    getTranslations('dashboard.compare'),
    getTranslations('domain'),
    getLocale() as Promise<FormatLocale>,
  ]);
  const indicators = plans[0]?.indicators ?? [];
  const columns: ComparisonColumn[] = [
    { key: 'total', label: t(plans.some((p) => p.isProjected) ? 'total' : 'totalFinal'), isHigherBetter: true },
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
  const query = parseRankingParams(search, columns);
  const column = columns.find((c) => c.key === query.key);
  const page = rankingPage(rows, {
    query,
    value: (row) => (query.key === 'unit' ? row.unitName : (row.cells[query.key]?.value ?? null)),
    isHigherBetter: column?.isHigherBetter ?? false,
  });
  const shown = { ...query, page: page.page };
  return (
    <section className="panel" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('title')}</h2>
      <p className="small muted no-print">{t('hint')}</p>
      <ComparisonTable columns={columns} rows={page.rows} query={shown} selection={selection} />
      <Pager
        page={shown.page}
        pageCount={page.pageCount}
        summary={t('pages', { page: shown.page, pageCount: page.pageCount })}
        hrefFor={(n) => rankingHref(selection, { ...shown, page: n })}
        testId="ranking-pager"
        numbered
      />
    </section>
  );
}
