'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { publishPlanAction } from '@/lib/actions/admin-plans';
import type { AdminPlanDetail } from '@/lib/data/admin-plans';

/** The weight check in words, and (for a draft) the publish button; the server checks the rule again. */
export function PlanPublishForm({ plan }: { plan: AdminPlanDetail }) {
  const t = useTranslations('admin');
  const { state, isPending, onSubmit } = useAdminForm(publishPlanAction);
  const budget = plan.settings.budgetWeight;
  const total = plan.weightTotal.total;
  const summary = plan.publishCheck.ok
    ? t(plan.status === 'DRAFT' ? 'plans.publishReady' : 'plans.weightsOk', { total })
    : t('plans.weightWarning', { total, indicators: plan.indicatorWeightSum, budget });
  return (
    <form onSubmit={onSubmit} className="panel row" aria-label={t('plans.publish')}>
      <p className={plan.publishCheck.ok ? 'form-ok' : 'form-error'} style={{ margin: 0 }} role="status">
        {plan.publishCheck.ok ? '✔ ' : '⚠ '}
        {summary}
      </p>
      {plan.status === 'DRAFT' && (
        <>
          <input type="hidden" name="id" value={plan.id} />
          <input type="hidden" name="version" value={plan.version} />
          <SubmitButton isPending={isPending} label={t('plans.publish')} pendingLabel={t('common.saving')} />
        </>
      )}
      <FormMessage state={state} okText={t('plans.published')} />
    </form>
  );
}
