import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EntryPicker } from '@/components/entry/entry-picker';
import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { latestDueMonth, listEntryUnits } from '@/lib/data/entry';

type Search = Promise<{ unit?: string; year?: string; month?: string }>;

export default async function EntryIndexPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePermission('actuals.edit');
  const [query, units, t, ti] = await Promise.all([
    searchParams,
    listEntryUnits(user),
    getTranslations('entry'),
    getTranslations('import'),
  ]);
  const unitCode = units.find((u) => u.code === query.unit)?.code ?? units[0]?.code ?? '';
  if (query.year && query.month)
    redirect(`/entry/${Number(query.year)}/${Number(query.month)}?unit=${encodeURIComponent(unitCode)}`);
  const due = latestDueMonth();
  const years = [due.year + 1, due.year, due.year - 1];
  return (
    <>
      <h1>{t('title')}</h1>
      <EntryPicker units={units} years={years} defaults={{ unitCode, ...due }} />
      {can(user, 'actuals.import') && (
        <p>
          <Link href="/entry/import">{ti('link')}</Link>
        </p>
      )}
    </>
  );
}
