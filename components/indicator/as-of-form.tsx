import { getTranslations } from 'next-intl/server';
import { SelectField, monthChoices } from '@/components/ui/select-field';

/** The as-of month as a GET form, so the view is bookmarkable and works without JavaScript. */
export async function AsOfForm({ indicatorId, asOf }: { indicatorId: number; asOf: number }) {
  const [t, tc] = await Promise.all([getTranslations('indicator'), getTranslations('common')]);
  return (
    <form method="get" action={`/indicators/${indicatorId}`} className="filters no-print">
      <SelectField id="f-asof" name="asOf" label={t('asOf')} defaultValue={asOf} choices={monthChoices(tc)} />
      <button type="submit" className="btn">
        {t('show')}
      </button>
    </form>
  );
}
