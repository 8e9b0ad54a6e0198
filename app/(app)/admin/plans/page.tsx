import { clock } from '@/lib/clock';
import { getTranslations } from 'next-intl/server';
import { PlanCopyForm } from '@/components/admin/plan-copy-form';
import { PlansTable } from '@/components/admin/plans-table';
import { SeedPlanForm } from '@/components/admin/seed-plan-form';
import { requirePermission } from '@/lib/auth/session';
import { listPlans, listPlanYears } from '@/lib/data/admin-plans';
import { listUnitOptions } from '@/lib/data/admin-units';
import { parseYear } from '@/lib/validation/ids';

export default async function AdminPlansPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const user = await requirePermission('plans.manage');
  const year = parseYear((await searchParams).year);
  const [t, plans, years, units] = await Promise.all([
    getTranslations('admin'),
    listPlans(user, { year }),
    listPlanYears(user),
    listUnitOptions(user),
  ]);
  return (
    <>
      <h1>{t('plans.title')}</h1>
      <SeedPlanForm />
      <PlanCopyForm units={units} defaultYear={(years[0] ?? clock.now().getFullYear()) + 1} />
      <form method="get" className="row" style={{ marginBottom: '1rem' }}>
        <label htmlFor="plans-year">{t('plans.year')}</label>
        <select id="plans-year" name="year" defaultValue={year ?? ''} className="input">
          <option value="">{t('plans.allYears')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <button className="btn btn-secondary" type="submit">
          {t('plans.filter')}
        </button>
      </form>
      <PlansTable plans={plans} />
    </>
  );
}
