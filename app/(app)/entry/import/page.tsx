import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/import/import-form';
import { TemplateDownload } from '@/components/import/template-download';
import { requirePermission } from '@/lib/auth/session';
import { latestDueMonth, listEntryUnits } from '@/lib/data/entry';

type Search = Promise<{ unit?: string; year?: string }>;

export default async function ImportPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePermission('actuals.import');
  const [query, units, t] = await Promise.all([searchParams, listEntryUnits(user), getTranslations('import')]);
  const due = latestDueMonth();
  const years = [due.year + 1, due.year, due.year - 1];
  const unitCode = units.find((u) => u.code === query.unit)?.code ?? units[0]?.code ?? '';
  const year = years.find((y) => String(y) === query.year) ?? due.year;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <TemplateDownload
        units={units}
        years={years}
        defaults={{ unitCode, year }}
        isUnitFixed={user.role === 'MANAGER'}
      />
      <ImportForm />
    </>
  );
}
