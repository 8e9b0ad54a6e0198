'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { updatePlanSettingsAction } from '@/lib/actions/admin-plans';
import type { AdminPlanDetail } from '@/lib/data/admin-plans';
import { GRADE_SETTINGS, THRESHOLD_SETTINGS } from '@/lib/domain/plan-rules';

/** The plan's goal, budget and self-evaluation settings; read-only once published. */
export function PlanSettingsForm({ plan }: { plan: AdminPlanDetail }) {
  const t = useTranslations('admin');
  const { state, isPending, onSubmit, errorOf } = useAdminForm(updatePlanSettingsAction);
  const isReadOnly = plan.status !== 'DRAFT';
  const number = (name: (typeof GRADE_SETTINGS)[number] | (typeof THRESHOLD_SETTINGS)[number] | 'budgetWeight') => (
    <Field
      key={name}
      id={`plan-${name}`}
      name={name}
      label={t(`plans.${name}`)}
      defaultValue={plan.settings[name]}
      inputMode="decimal"
      error={errorOf(name)}
    />
  );
  return (
    <form onSubmit={onSubmit} noValidate className="panel" aria-labelledby="plan-settings-title">
      <h2 id="plan-settings-title">{t('plans.settings')}</h2>
      <FormMessage state={state} okText={t('common.saved')} />
      <input type="hidden" name="id" value={plan.id} />
      <input type="hidden" name="version" value={plan.version} />
      <fieldset disabled={isReadOnly} style={{ border: 'none', padding: 0, margin: 0 }}>
        <Field id="plan-goal" label={t('plans.goal')} error={errorOf('goal')}>
          <textarea id="plan-goal" name="goal" rows={3} defaultValue={plan.goal} />
        </Field>
        <div className="grid">
          <Field
            id="plan-basicExpense"
            name="basicExpense"
            label={t('plans.basicExpense')}
            defaultValue={plan.basicExpense}
            inputMode="decimal"
            error={errorOf('basicExpense')}
          />
          <Field
            id="plan-projectExpense"
            name="projectExpense"
            label={t('plans.projectExpense')}
            defaultValue={plan.projectExpense}
            inputMode="decimal"
            error={errorOf('projectExpense')}
          />
          <div className="field">
            <span className="small" style={{ fontWeight: 600 }}>
              {t('plans.budgetTotal')}
            </span>
            <output className="num" style={{ textAlign: 'left' }} aria-describedby="budget-total-hint">
              {plan.budgetTotal}
            </output>
            <span id="budget-total-hint" className="muted small">
              {t('plans.budgetTotalHint')}
            </span>
          </div>
          {number('budgetWeight')}
          <Field
            id="plan-dueDay"
            name="dueDay"
            label={t('plans.dueDay')}
            defaultValue={plan.settings.dueDay}
            inputMode="numeric"
            error={errorOf('dueDay')}
          />
        </div>
        <h3>{t('plans.gradeBands')}</h3>
        <div className="grid">{GRADE_SETTINGS.map(number)}</div>
        <h3>{t('plans.thresholds')}</h3>
        <div className="grid">{THRESHOLD_SETTINGS.map(number)}</div>
      </fieldset>
      {!isReadOnly && <SubmitButton isPending={isPending} label={t('common.save')} pendingLabel={t('common.saving')} />}
    </form>
  );
}
