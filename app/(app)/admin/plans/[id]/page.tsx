import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BudgetPlanForm } from '@/components/admin/budget-plan-form';
import { IndicatorForm } from '@/components/admin/indicator-form';
import { IndicatorsTable } from '@/components/admin/indicators-table';
import { PlanPublishForm } from '@/components/admin/plan-publish-form';
import { PlanSettingsForm } from '@/components/admin/plan-settings-form';
import { requirePermission } from '@/lib/auth/session';
import { getPlanDetail } from '@/lib/data/admin-plans';
import { getBudgetPlan } from '@/lib/data/budget-plan';
import { parseId } from '@/lib/validation/ids';

export default async function AdminPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('plans.manage');
  const id = parseId((await params).id);
  const [t, plan, budgetPlan] = await Promise.all([
    getTranslations('admin'),
    id === null ? null : getPlanDetail(user, id),
    id === null ? null : getBudgetPlan(user, id),
  ]);
  if (!plan || !budgetPlan) notFound();
  return (
    <>
      <p className="no-print">
        <Link href="/admin/plans">← {t('plans.back')}</Link>
      </p>
      <h1>
        {t('plans.detailTitle', { unit: `${plan.unit.code} ${plan.unit.name}`, year: plan.year })}{' '}
        <span className={`badge ${plan.status === 'PUBLISHED' ? 'status-GREEN' : 'status-NO_DATA'}`}>
          {t(`plans.${plan.status}`)}
        </span>
      </h1>
      <PlanPublishForm plan={plan} />
      <PlanSettingsForm plan={plan} />
      <BudgetPlanForm plan={budgetPlan} />
      <IndicatorsTable plan={plan} />
      {plan.status === 'DRAFT' && (
        <section className="panel" aria-labelledby="add-indicator-title" style={{ marginTop: '1rem' }}>
          <h2 id="add-indicator-title">{t('plans.addIndicator')}</h2>
          <IndicatorForm planId={plan.id} />
        </section>
      )}
    </>
  );
}
