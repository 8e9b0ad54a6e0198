import { getTranslations } from 'next-intl/server';

type Props = {
  units: { code: string; name: string }[];
  years: number[];
  isUnitFixed: boolean;
  selection: { unit: string; year: number; month: number };
};

/** A GET form: the view lives in the URL, can be bookmarked and works without JavaScript. */
export async function DashboardFilters({ units, years, isUnitFixed, selection }: Props) {
  const [t, tc] = await Promise.all([getTranslations('dashboard'), getTranslations('common')]);
  return (
    <form method="get" action="/" className="filters no-print" aria-label={t('filters')}>
      <div className="field">
        <label htmlFor="f-year">{tc('year')}</label>
        <select id="f-year" name="year" defaultValue={selection.year}>
          {years.map((y) => (
            <option key={y} value={y}>
              {tc('yearLabel', { year: y })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-month">{tc('asOfMonth')}</label>
        <select id="f-month" name="month" defaultValue={selection.month}>
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {tc('monthLabel', { month: i + 1 })}
            </option>
          ))}
        </select>
      </div>
      {isUnitFixed ? (
        <input type="hidden" name="unit" value={selection.unit} />
      ) : (
        <div className="field">
          <label htmlFor="f-unit">{tc('unit')}</label>
          <select id="f-unit" name="unit" defaultValue={selection.unit}>
            <option value="all">{tc('allUnits')}</option>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="btn">
        {t('show')}
      </button>
    </form>
  );
}
