import { getTranslations } from 'next-intl/server';
import { SelectField, yearChoices } from '@/components/ui/select-field';

type Props = {
  units: { code: string; name: string }[];
  years: number[];
  defaults: { unitCode: string; year: number };
  isUnitFixed: boolean;
};

/** Unit and year, then the template as Excel or CSV (a plain GET form to the download address). */
export async function TemplateDownload({ units, years, defaults, isUnitFixed }: Props) {
  const [t, tc] = await Promise.all([getTranslations('import'), getTranslations('common')]);
  const fixed = units.find((u) => u.code === defaults.unitCode);
  return (
    <form className="panel" method="get" action="/api/import/template" aria-labelledby="template-title">
      <h2 id="template-title">{t('templateTitle')}</h2>
      <p className="muted small">{t('templateHint')}</p>
      <div className="row">
        <div className="field">
          <label htmlFor="template-unit">{t('unit')}</label>
          {isUnitFixed && fixed ? (
            <>
              {/* as wide as the name (a CJK character takes about 1em), so the whole unit shows */}
              <input
                id="template-unit"
                value={fixed.name}
                readOnly
                aria-readonly="true"
                style={{ width: `calc(${fixed.name.length}em + 1.5rem)` }}
              />
              <input type="hidden" name="unit" value={fixed.code} />
            </>
          ) : (
            <select id="template-unit" name="unit" defaultValue={defaults.unitCode}>
              {units.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </div>
        <SelectField
          id="template-year"
          name="year"
          label={t('year')}
          defaultValue={defaults.year}
          choices={yearChoices(years, tc)}
        />
        <button type="submit" name="format" value="xlsx" className="btn">
          {t('downloadXlsx')}
        </button>
        <button type="submit" name="format" value="csv" className="btn btn-secondary">
          {t('downloadCsv')}
        </button>
      </div>
    </form>
  );
}
