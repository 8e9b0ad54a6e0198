import { getLocale, getTranslations } from 'next-intl/server';
import type { IndicatorPerformance, MonthStatus } from '@/lib/data/performance';
import { formatInstant, type FormatLocale } from '@/lib/format';

/**
 * The indicator's history from what the data layer already returns: target versions (目标调整) and each month's
 * submission and approval. `children` is the slot for the full audit trail (lib/data/history.ts listIndicatorHistory).
 */
export async function IndicatorHistory({
  indicator,
  months,
  children,
}: {
  indicator: IndicatorPerformance;
  months: MonthStatus[];
  children?: React.ReactNode;
}) {
  const [t, td, tc, locale] = await Promise.all([
    getTranslations('indicator.history'),
    getTranslations('domain'),
    getTranslations('common'),
    getLocale() as Promise<FormatLocale>,
  ]);
  const reported = months.filter((m) => m.submittedAt || m.reviewedAt);
  return (
    <section className="panel" aria-labelledby="history-title" data-testid="indicator-history">
      <h2 id="history-title">{t('title')}</h2>
      <h3>{t('targets')}</h3>
      {indicator.targetVersions.length === 0 ? (
        <p className="small muted">{t('noTargetChanges')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('version')}</th>
                <th scope="col">{t('target')}</th>
                <th scope="col">{t('changedAt')}</th>
                <th scope="col">{t('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.targetVersions.map((v) => (
                <tr key={v.versionNo}>
                  <td>{v.versionNo}</td>
                  <td>{v.targetText}</td>
                  <td>{formatInstant(v.changedAt, locale)}</td>
                  <td>{v.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('reporting')}</h3>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{tc('month')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('submittedAt')}</th>
              <th scope="col">{t('reviewedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {reported.map((m) => (
              <tr key={m.month}>
                <th scope="row">{tc('monthLabel', { month: m.month })}</th>
                <td>{td(`monthState.${m.state}`)}</td>
                <td>{formatInstant(m.submittedAt, locale)}</td>
                <td>{formatInstant(m.reviewedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {children}
    </section>
  );
}
