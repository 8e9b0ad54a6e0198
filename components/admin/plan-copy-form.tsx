'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { Field, FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { useAdminForm } from '@/components/admin/use-admin-form';
import type { UnitOption } from '@/components/admin/user-selects';
import { copyPlanAction } from '@/lib/actions/admin-plans';

export function PlanCopyForm({ units, defaultYear }: { units: UnitOption[]; defaultYear: number }) {
  const t = useTranslations('admin');
  const router = useRouter();
  const { state, isPending, onSubmit, errorOf } = useAdminForm(copyPlanAction);
  useEffect(() => {
    if (state?.ok) router.push(`/admin/plans/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} noValidate className="panel" aria-labelledby="plan-copy-title">
      <h2 id="plan-copy-title">{t('plans.copy')}</h2>
      <p className="muted small">{t('plans.copyHint')}</p>
      <FormMessage state={state} />
      <div className="grid">
        <Field id="copy-unit" label={t('plans.unit')} error={errorOf('unitId')}>
          <select id="copy-unit" name="unitId" defaultValue={units[0]?.id}>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>{`${unit.code} ${unit.name}`}</option>
            ))}
          </select>
        </Field>
        <Field
          id="copy-year"
          name="year"
          label={t('plans.copyTo')}
          defaultValue={defaultYear}
          inputMode="numeric"
          error={errorOf('year')}
        />
      </div>
      <SubmitButton isPending={isPending} label={t('plans.copyCreate')} pendingLabel={t('common.saving')} />
    </form>
  );
}
