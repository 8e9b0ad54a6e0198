import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatFigure } from '@/components/entry/figures-format';
import { DeviationSummary } from '@/components/ui/deviation-summary';
import { StatusBadge } from '@/components/ui/status-badge';
import type { listReviewQueue } from '@/lib/data/review';
import { formatInstant } from '@/lib/format';
import { toLocale } from '@/lib/i18n/config';
import { ReviewActions } from './review-actions';

type Item = Awaited<ReturnType<typeof listReviewQueue>>['items'][number];

/** One submitted month: its figures, YTD statuses and deviation records, with approve / return. */
export async function ReviewCard({ item }: { item: Item }) {
  const [t, te, locale] = await Promise.all([getTranslations('review'), getTranslations('entry'), getLocale()]);
  const title = te('monthTitle', { unit: item.unit.name, year: item.year, month: item.month });
  const headingId = `review-${item.unit.code}-${item.year}-${item.month}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="small muted">
        {item.report?.submittedAt &&
          te('submittedBy', {
            user: item.report.submittedBy ?? '—',
            at: formatInstant(item.report.submittedAt, toLocale(locale)),
          })}{' '}
        · <Link href={`/entry/${item.year}/${item.month}?unit=${item.unit.code}`}>{t('open')}</Link>
      </p>
      <div className="table-wrap">
        <table className="data">
          <caption>{t('figures')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicator')}</th>
              <th scope="col">{t('monthFigure')}</th>
              <th scope="col">{t('ytd')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('deviation')}</th>
            </tr>
          </thead>
          <tbody>
            {item.rows.map((row) => {
              const f = row.figures;
              const d = row.deviation;
              return (
                <tr key={row.indicator.id}>
                  <th scope="row">{row.indicator.name}</th>
                  <td className="num">{formatFigure(f.monthFigure, row.indicator.kind, locale)}</td>
                  <td className="num">{formatFigure(f.ytd, row.indicator.kind, locale)}</td>
                  <td>
                    <StatusBadge status={f.status} />
                  </td>
                  <td className="small">{d ? <DeviationSummary record={d} /> : t('noDeviation')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ReviewActions
        unitCode={item.unit.code}
        year={item.year}
        month={item.month}
        version={item.version}
        mode="review"
        mayApprove={item.mayApprove}
      />
    </section>
  );
}
