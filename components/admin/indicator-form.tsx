'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { saveIndicatorAction } from '@/lib/actions/admin-plans';
import type { AdminIndicator } from '@/lib/data/admin-plans';

const KINDS = ['COUNT', 'RATIO', 'QUALITATIVE'] as const;
const COMPARATORS = ['GTE', 'LTE', 'EQ'] as const;
const TEXT_FIELDS = ['code', 'level1', 'level2', 'name'] as const;

/** Adds an indicator to a DRAFT plan, or edits one (with its version). */
export function IndicatorForm({ planId, indicator }: { planId: number; indicator?: AdminIndicator }) {
  const t = useTranslations('admin');
  const td = useTranslations('domain');
  const { state, isPending, formRef, onSubmit, errorOf } = useAdminForm(saveIndicatorAction, {
    resetOnSuccess: !indicator,
  });
  const prefix = `indicator-${indicator?.id ?? 'new'}`;
  const text = (name: string, label: string, value?: string | number | null, hint?: string) => (
    <Field
      key={name}
      id={`${prefix}-${name}`}
      name={name}
      label={label}
      defaultValue={value}
      error={errorOf(name)}
      hint={hint}
    />
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <FormMessage state={state} okText={t('common.saved')} />
      <input type="hidden" name="planId" value={planId} />
      {indicator && <input type="hidden" name="id" value={indicator.id} />}
      {indicator && <input type="hidden" name="version" value={indicator.version} />}
      <div className="grid">
        {TEXT_FIELDS.map((name) => text(name, t(`plans.${name}`), indicator?.[name]))}
        <Field id={`${prefix}-kind`} label={t('plans.kind')} error={errorOf('kind')}>
          <select id={`${prefix}-kind`} name="kind" defaultValue={indicator?.kind ?? 'RATIO'}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {td(`kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}-comparator`} label={t('plans.comparator')} error={errorOf('comparator')}>
          <select id={`${prefix}-comparator`} name="comparator" defaultValue={indicator?.comparator ?? 'GTE'}>
            {COMPARATORS.map((c) => (
              <option key={c} value={c}>
                {td(`comparator.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        {text('target', t('plans.targetInUnit'), indicator?.target)}
        {text('targetText', t('plans.targetText'), indicator?.targetText, t('plans.targetTextHint'))}
        {text('displayUnit', t('plans.displayUnit'), indicator?.displayUnit ?? '%')}
        {text('displayDivisor', t('plans.displayDivisor'), indicator?.displayDivisor ?? 1)}
        {text('weight', t('plans.weight'), indicator?.weight)}
        {text('numeratorLabel', t('plans.numeratorLabel'), indicator?.numeratorLabel)}
        {text('denominatorLabel', t('plans.denominatorLabel'), indicator?.denominatorLabel)}
      </div>
      <div className="field" style={{ flexDirection: 'row', alignItems: 'center' }}>
        <input
          id={`${prefix}-isMonitoring`}
          name="isMonitoring"
          type="checkbox"
          defaultChecked={indicator?.isMonitoring ?? false}
        />
        <label htmlFor={`${prefix}-isMonitoring`}>{t('plans.isMonitoring')}</label>
      </div>
      <SubmitButton
        isPending={isPending}
        label={indicator ? t('common.save') : t('plans.addIndicator')}
        pendingLabel={t('common.saving')}
      />
    </form>
  );
}
