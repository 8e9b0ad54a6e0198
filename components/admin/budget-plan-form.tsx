'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { saveBudgetPlanAction } from '@/lib/actions/budget-plan';
import type { BudgetPlan } from '@/lib/data/budget-plan';
import { checkBudgetPlan } from '@/lib/domain';
import { formatWanYuan } from '@/lib/format';
import { toLocale } from '@/lib/i18n/config';
import { parseNumberInput, MONEY_COLUMN } from '@/lib/validation/number';

/** The plan's 预算计划: twelve monthly planned amounts that must add up to the budget; approved months are fixed. */
export function BudgetPlanForm({ plan }: { plan: BudgetPlan }) {
  const t = useTranslations('admin.budgetPlan');
  const common = useTranslations('admin.common');
  const locale = toLocale(useLocale());
  const { state, isPending, onSubmit, errorOf } = useAdminForm(saveBudgetPlanAction);
  const [amounts, setAmounts] = useState(plan.planned);
  const locked = new Set(plan.lockedMonths);
  const parsed = amounts.map((a) => parseNumberInput(a, MONEY_COLUMN));
  const check = parsed.every((p) => p.ok)
    ? checkBudgetPlan({
        budgetYuan: plan.budgetTotal,
        planned: parsed.map((p) => (p.ok ? p.value : '0')),
        stored: plan.planned,
        lockedMonths: [],
      })
    : null;
  return (
    <form onSubmit={onSubmit} noValidate className="panel" aria-labelledby="budget-plan-title">
      <h2 id="budget-plan-title">{t('title')}</h2>
      <p className="muted small">{t('hint')}</p>
      <FormMessage state={state} okText={common('saved')} />
      <input type="hidden" name="id" value={plan.planId} />
      <input type="hidden" name="version" value={plan.version} />
      <div className="grid">
        {amounts.map((amount, i) => {
          const id = `budget-plan-${i + 1}`;
          const error = errorOf(`planned.${i}`);
          return (
            <div className="field" key={id}>
              <label htmlFor={id}>{t('month', { month: i + 1 })}</label>
              <input
                id={id}
                name="planned"
                inputMode="decimal"
                value={amount}
                readOnly={locked.has(i + 1)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : locked.has(i + 1) ? `${id}-locked` : undefined}
                onChange={(e) => setAmounts(amounts.map((a, j) => (j === i ? e.target.value : a)))}
              />
              {locked.has(i + 1) && (
                <span id={`${id}-locked`} className="muted small">
                  {t('locked')}
                </span>
              )}
              {error && (
                <span id={`${id}-error`} className="field-error">
                  {error}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <p role="status" data-testid="budget-plan-balance">
        {t('budget')} {formatWanYuan(Number(plan.budgetTotal), locale)} ·{' '}
        {check?.ok
          ? t('balanced')
          : check?.reason === 'SUM_NOT_BUDGET'
            ? t('unbalanced', { difference: check.difference })
            : null}
      </p>
      <div className="row">
        <SubmitButton isPending={isPending} label={common('save')} pendingLabel={common('saving')} />
        {plan.lockedMonths.length === 0 && (
          <button type="button" onClick={() => setAmounts(plan.defaults)}>
            {t('resetDefault')}
          </button>
        )}
      </div>
    </form>
  );
}
