import { getFormatter, getTranslations } from 'next-intl/server';
import type { HistoryEntry } from '@/lib/data/history';

const reasonOf = (after: unknown): string | null =>
  after && typeof after === 'object' && 'reason' in after && typeof after.reason === 'string' ? after.reason : null;

/** Who changed the month, when and how (the audit trail), newest first. */
export async function MonthHistory({ entries }: { entries: HistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations('entry'), getFormatter()]);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('historyEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('what')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="num">{format.dateTime(new Date(e.at), { dateStyle: 'short', timeStyle: 'medium' })}</td>
                  <td>{e.user ?? t('none')}</td>
                  <td>
                    {t.has(`action.${e.action}`) ? t(`action.${e.action}` as 'action.MONTH_SAVE') : e.action}
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
