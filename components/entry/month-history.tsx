import { getLocale, getTranslations } from 'next-intl/server';
import type { HistoryEntry } from '@/lib/data/history';
import { formatInstant } from '@/lib/format';
import { toLocale } from '@/lib/i18n/config';

const reasonOf = (after: unknown): string | null =>
  after && typeof after === 'object' && 'reason' in after && typeof after.reason === 'string' ? after.reason : null;

type Props = { entries: HistoryEntry[]; title?: string; showMonth?: boolean };

/** Who changed the month (or, with showMonth, an indicator's months), when and how: the audit trail, newest first. */
export async function MonthHistory({ entries, title, showMonth = false }: Props) {
  const [t, tc, locale] = await Promise.all([getTranslations('entry'), getTranslations('common'), getLocale()]);
  return (
    <section aria-labelledby="audit-trail-title">
      <h2 id="audit-trail-title">{title ?? t('history')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('historyEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                {showMonth && <th scope="col">{tc('month')}</th>}
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('what')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="num">{formatInstant(e.at, toLocale(locale))}</td>
                  {showMonth && <td>{e.month ? tc('monthLabel', { month: e.month }) : '—'}</td>}
                  <td>{e.user ?? t('none')}</td>
                  <td>
                    {t.has(`action.${e.action}` as 'action.MONTH_SAVE')
                      ? t(`action.${e.action}` as 'action.MONTH_SAVE')
                      : e.action}
                    {reasonOf(e.after) && ` — ${reasonOf(e.after)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
