import { getTranslations } from 'next-intl/server';
import { SelectField, monthChoices, yearChoices } from '@/components/ui/select-field';

type Props = {
  units: { code: string; name: string }[];
  years: number[];
  /** the as-of months offered: those of the selected year that have begun */
  months: number[];
  isUnitFixed: boolean;
  selection: { unit: string; year: number; month: number };
};

/** A GET form: the view lives in the URL, can be bookmarked and works without JavaScript. */
export async function DashboardFilters({ units, years, months, isUnitFixed, selection }: Props) {
  const [t, tc] = await Promise.all([getTranslations('dashboard'), getTranslations('common')]);
  return (
    <form method="get" action="/" className="filters no-print" aria-label={t('filters')}>
      <SelectField
        id="f-year"
        name="year"
        label={tc('year')}
        defaultValue={selection.year}
        choices={yearChoices(years, tc)}
      />
      <SelectField
        id="f-month"
        name="month"
        label={tc('asOfMonth')}
        defaultValue={selection.month}
        choices={monthChoices(tc, months)}
      />
      {isUnitFixed ? (
        <input type="hidden" name="unit" value={selection.unit} />
      ) : (
        <SelectField
          id="f-unit"
          name="unit"
          label={tc('unit')}
          defaultValue={selection.unit}
          choices={[{ value: 'all', label: tc('allUnits') }, ...units.map((u) => ({ value: u.code, label: u.name }))]}
        />
      )}
      <button type="submit" className="btn">
        {t('show')}
      </button>
    </form>
  );
}
