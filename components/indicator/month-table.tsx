import { getLocale, getTranslations } from 'next-intl/server';
import { DeviationSummary } from '@/components/ui/deviation-summary';
import { StatusBadge } from '@/components/ui/status-badge';
import type { IndicatorPerformance, MonthStatus } from '@/lib/data/performance';
import { formatChange, formatIndicatorValue, formatNumber, type FormatLocale } from '@/lib/format';

/**
 * One row per month to the as-of month: figures, 本月状态 next to the month's figure and 累计状态 next to the cumulative
 * one, 环比/同比, approval state and the deviation record written for that month.
 */
type Props = { indicator: IndicatorPerformance; months: MonthStatus[]; evidenceCounts?: Record<number, number> };

export async function MonthTable({ indicator, months, evidenceCounts = {} }: Props) {
  const [t, td, tc, te, locale] = await Promise.all([
    getTranslations('indicator.months'),
    getTranslations('domain'),
    getTranslations('common'),
    getTranslations('evidence'),
    getLocale() as Promise<FormatLocale>,
  ]);
  const isRatio = indicator.kind === 'RATIO';
  const isCount = indicator.kind === 'COUNT';
  const value = (v: number | null) => formatIndicatorValue(v, indicator, locale);
  const amount = (v: number | null) => formatNumber(v, locale, v !== null && !Number.isInteger(v) ? 2 : 0);
  return (
    <section className="panel" aria-labelledby="months-title">
      <h2 id="months-title">{t('title')}</h2>
      {/* wider than the page on small screens: a scrollable region must be reachable from the keyboard */}
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="months-title">
        <table className="data" data-testid="month-table">
          <thead>
            <tr>
              <th scope="col">{t('month')}</th>
              {isRatio && (
                <th scope="col" className="num">
                  {indicator.numeratorLabel ?? t('numerator')}
                </th>
              )}
              {isRatio && (
                <th scope="col" className="num">
                  {indicator.denominatorLabel ?? t('denominator')}
                </th>
              )}
              <th scope="col" className="num">
                {t('value')}
              </th>
              <th scope="col">{t('status')}</th>
              {indicator.kind !== 'QUALITATIVE' && (
                <th scope="col" className="num">
                  {t('cumulative')}
                </th>
              )}
              <th scope="col">{t('cumulativeStatus')}</th>
              <th scope="col" className="num">
                {t('mom')}
              </th>
              <th scope="col" className="num">
                {t('yoy')}
              </th>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('deviation')}</th>
            </tr>
          </thead>
          <tbody>
            {indicator.figures.monthly.map((m) => {
              const state = months[m.month - 1];
              const record = indicator.deviations.find((d) => d.month === m.month);
              return (
                <tr key={m.month}>
                  <th scope="row">
                    {tc('monthLabel', { month: m.month })}
                    {evidenceCounts[m.month] > 0 && (
                      <span className="small muted evidence-count">
                        {' '}
                        {te('count', { count: evidenceCounts[m.month] })}
                      </span>
                    )}
                  </th>
                  {isRatio && <td className="num">{amount(m.numerator)}</td>}
                  {isRatio && <td className="num">{amount(m.denominator)}</td>}
                  <td className="num">
                    {indicator.kind === 'QUALITATIVE' ? (m.rating ? td(`rating.${m.rating}`) : '—') : value(m.value)}
                  </td>
                  <td>
                    <StatusBadge status={m.status} label={td(`status.${m.status}`)} />
                  </td>
                  {indicator.kind !== 'QUALITATIVE' && <td className="num">{value(m.cumulative)}</td>}
                  <td>
                    <StatusBadge status={m.cumulativeStatus} label={td(`status.${m.cumulativeStatus}`)} />
                  </td>
                  <td className="num">
                    {isCount ? formatChange(m.mom, '%', locale) : formatChange(m.momPp, 'pp', locale)}
                  </td>
                  <td className="num">
                    {isCount ? formatChange(m.yoy, '%', locale) : formatChange(m.yoyPp, 'pp', locale)}
                  </td>
                  <td>
                    {state
                      ? `${td(`monthState.${state.state}`)}${state.isOverdue ? ` · ${td('monthState.OVERDUE')}` : ''}`
                      : '—'}
                  </td>
                  <td className="deviation-cell small">
                    {record ? <DeviationSummary record={record} /> : t('noDeviation')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
