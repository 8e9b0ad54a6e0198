import { getTranslations } from 'next-intl/server';

type Props = {
  units: { code: string; name: string }[];
  years: number[];
  defaults: { unitCode: string; year: number; month: number };
};

/** Unit, year and month for the entry page (a plain GET form: works without JavaScript). */
export async function EntryPicker({ units, years, defaults }: Props) {
  const [t, tc] = await Promise.all([getTranslations('entry'), getTranslations('common')]);
  return (
    <form className="panel" method="get" action="/entry" aria-labelledby="pick-title">
      <h2 id="pick-title">{t('pickTitle')}</h2>
      <div className="row">
        <div className="field">
          <label htmlFor="pick-unit">{tc('unit')}</label>
          <select id="pick-unit" name="unit" defaultValue={defaults.unitCode}>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pick-year">{tc('year')}</label>
          <select id="pick-year" name="year" defaultValue={defaults.year}>
            {years.map((y) => (
              <option key={y} value={y}>
                {tc('yearLabel', { year: y })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pick-month">{tc('month')}</label>
          <select id="pick-month" name="month" defaultValue={defaults.month}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m}>
                {tc('monthLabel', { month: m })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn">
          {t('open')}
        </button>
      </div>
    </form>
  );
}
