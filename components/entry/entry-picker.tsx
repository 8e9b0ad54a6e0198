import { getTranslations } from 'next-intl/server';
import { SelectField, monthChoices, yearChoices } from '@/components/ui/select-field';

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
        <SelectField
          id="pick-unit"
          name="unit"
          label={tc('unit')}
          defaultValue={defaults.unitCode}
          choices={units.map((u) => ({ value: u.code, label: u.name }))}
        />
        <SelectField
          id="pick-year"
          name="year"
          label={tc('year')}
          defaultValue={defaults.year}
          choices={yearChoices(years, tc)}
        />
        <SelectField
          id="pick-month"
          name="month"
          label={tc('month')}
          defaultValue={defaults.month}
          choices={monthChoices(tc)}
        />
        <button type="submit" className="btn">
          {t('open')}
        </button>
      </div>
    </form>
  );
}
