import { getTranslations } from 'next-intl/server';

/** The as-of month as a GET form, so the view is bookmarkable and works without JavaScript. */
export async function AsOfForm({ indicatorId, asOf }: { indicatorId: number; asOf: number }) {
  const [t, tc] = await Promise.all([getTranslations('indicator'), getTranslations('common')]);
  return (
    <form method="get" action={`/indicators/${indicatorId}`} className="filters no-print">
      <div className="field">
        <label htmlFor="f-asof">{t('asOf')}</label>
        <select id="f-asof" name="asOf" defaultValue={asOf}>
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {tc('monthLabel', { month: i + 1 })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn">
        {t('show')}
      </button>
    </form>
  );
}
