import { getTranslations } from 'next-intl/server';
import { ChartDataTable } from '@/components/charts/chart-data-table';

/** A month chart's rows as its table under the chart: the month, then one formatted cell per series. */
export async function MonthChartTable<Row extends { month: number }>({
  caption,
  testId,
  headers,
  rows,
  cells,
}: {
  caption: string;
  testId: string;
  headers: string[];
  rows: Row[];
  cells: (row: Row) => string[];
}) {
  const [t, tc] = await Promise.all([getTranslations('indicator'), getTranslations('common')]);
  return (
    <ChartDataTable
      summary={t('chartTable')}
      testId={testId}
      table={{
        caption,
        headers: [t('months.month'), ...headers],
        rows: rows.map((r) => [tc('monthLabel', { month: r.month }), ...cells(r)]),
      }}
    />
  );
}
