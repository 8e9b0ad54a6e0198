import { getTranslations } from 'next-intl/server';
import { AttentionList } from '@/components/dashboard/attention-list';
import { DashboardFilters } from '@/components/dashboard/dashboard-filters';
import { UnitComparison } from '@/components/dashboard/unit-comparison';
import { UnitDashboard } from '@/components/dashboard/unit-dashboard';
import { DueSummary } from '@/components/progress/due-summary';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { getDashboard } from '@/lib/data/dashboard';
import type { SearchParams } from '@/lib/dashboard/params';
import '@/components/dashboard/dashboard.css';

export async function generateMetadata() {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('dashboard.view');
  const search = await searchParams;
  const [view, t] = await Promise.all([getDashboard(user, search), getTranslations('dashboard')]);
  const { selection, plans } = view;
  const isAll = selection.unit === 'all';
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted" data-testid="dashboard-subtitle">
        {isAll
          ? t('subtitleAll', { count: plans.length, year: selection.year, month: selection.month })
          : t('subtitle', {
              unit: plans[0]?.unit.name ?? selection.unit,
              year: selection.year,
              month: selection.month,
            })}
      </p>
      {(can(user, 'months.submit') || can(user, 'months.review')) && <DueSummary user={user} />}
      <DashboardFilters
        units={view.units}
        years={view.years}
        months={view.months}
        isUnitFixed={view.isUnitFixed}
        selection={selection}
      />
      {plans.length === 0 ? (
        <p className="panel">{t('noPlan')}</p>
      ) : isAll ? (
        <>
          <UnitComparison plans={plans} search={search} selection={selection} />
          <AttentionList plans={plans} showUnit />
        </>
      ) : (
        <UnitDashboard plan={plans[0]} />
      )}
    </>
  );
}
