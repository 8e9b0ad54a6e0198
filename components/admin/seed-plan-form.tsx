'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { loadOfficialPlanAction } from '@/lib/actions/plan-seed';

/** One action: the center's 2026 单位整体绩效目标表 as printed in the budget (loading twice changes nothing). */
export function SeedPlanForm() {
  const t = useTranslations('admin');
  const { state, isPending, onSubmit } = useAdminForm(loadOfficialPlanAction);
  const okText = state?.ok ? t(state.data.loaded ? 'plans.seedLoaded' : 'plans.seedAlready') : undefined;
  return (
    <form onSubmit={onSubmit} className="panel row" aria-label={t('plans.seedTitle')}>
      <p style={{ margin: 0 }}>{t('plans.seedHint')}</p>
      <SubmitButton isPending={isPending} label={t('plans.seedLoad')} pendingLabel={t('common.saving')} />
      <FormMessage state={state} okText={okText} />
    </form>
  );
}
