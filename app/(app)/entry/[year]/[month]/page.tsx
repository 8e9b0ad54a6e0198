import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EntryForm } from '@/components/entry/entry-form';
import { packEntryMonth } from '@/lib/entry/transport';
import { MonthHeader } from '@/components/entry/month-header';
import { MonthHistory } from '@/components/entry/month-history';
import { requirePermission } from '@/lib/auth/session';
import { getEntryMonth, listEntryUnits } from '@/lib/data/entry';
import { listMonthEvidence } from '@/lib/data/evidence';
import { listMonthHistory } from '@/lib/data/history';
import { isAppError } from '@/lib/errors';
import { planYear } from '@/lib/validation/ids';

type Props = { params: Promise<{ year: string; month: string }>; searchParams: Promise<{ unit?: string }> };

export default async function EntryMonthPage({ params, searchParams }: Props) {
  const user = await requirePermission('actuals.view');
  const [{ year, month }, { unit }] = await Promise.all([params, searchParams]);
  const key = {
    year: Number(year),
    month: Number(month),
    unitCode: unit ?? (await listEntryUnits(user))[0]?.code ?? '',
  };
  const validYear = planYear.safeParse(key.year).success;
  if (!validYear || !Number.isInteger(key.month) || key.month < 1 || key.month > 12) notFound();
  // the month, its history and its evidence side by side: each finds the plan by the month's unit and year itself
  const [entry, t, history, evidence] = await Promise.all([
    getEntryMonth(user, key).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'FORBIDDEN') forbidden();
      if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
      throw error;
    }),
    getTranslations('entry'),
    listMonthHistory(user, key),
    listMonthEvidence(user, key),
  ]);
  return (
    <>
      <MonthHeader month={entry} user={user} />
      <EntryForm key={`${key.unitCode}-${key.year}-${key.month}`} month={packEntryMonth(entry)} evidence={evidence} />
      <details className="panel">
        <summary>{t('historySummary', { count: history.length })}</summary>
        <MonthHistory entries={history} />
      </details>
    </>
  );
}
