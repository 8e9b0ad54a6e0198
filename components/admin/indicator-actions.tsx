'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { IndicatorForm } from '@/components/admin/indicator-form';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { adjustTargetAction, deleteIndicatorAction } from '@/lib/actions/admin-plans';
import type { AdminIndicator } from '@/lib/data/admin-plans';
import { toLocale } from '@/lib/i18n/config';
import { withNote } from '@/lib/i18n/message-text';

function DeleteButton({ indicator }: { indicator: AdminIndicator }) {
  const t = useTranslations('admin');
  const { state, isPending, onSubmit } = useAdminForm(deleteIndicatorAction);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="id" value={indicator.id} />
      <input type="hidden" name="version" value={indicator.version} />
      <SubmitButton
        isPending={isPending}
        variant="danger"
        label={t('plans.delete')}
        pendingLabel={t('common.saving')}
      />
      <FormMessage state={state} />
    </form>
  );
}

/** 目标调整: a published indicator's new target and weight, with the reason. */
export function AdjustTargetForm({ indicator }: { indicator: AdminIndicator }) {
  const t = useTranslations('admin');
  const locale = useLocale();
  const { state, isPending, onSubmit, errorOf } = useAdminForm(adjustTargetAction);
  const prefix = `adjust-${indicator.id}`;
  return (
    <details>
      <summary>{t('plans.adjust')}</summary>
      <form onSubmit={onSubmit} noValidate aria-label={`${t('plans.adjust')} ${indicator.name}`}>
        <p className="muted small">{t('plans.adjustHint')}</p>
        <FormMessage
          state={state}
          okText={state?.ok ? t('plans.adjusted', { versionNo: state.data.versionNo }) : undefined}
        />
        <input type="hidden" name="id" value={indicator.id} />
        <input type="hidden" name="version" value={indicator.version} />
        {indicator.kind === 'QUALITATIVE' ? (
          <Field
            id={`${prefix}-targetText`}
            name="targetText"
            label={t('plans.targetText')}
            defaultValue={indicator.targetText}
            error={errorOf('targetText')}
          />
        ) : (
          <Field
            id={`${prefix}-target`}
            name="target"
            label={withNote(t('plans.target'), indicator.displayUnit, toLocale(locale))}
            defaultValue={indicator.target}
            inputMode="decimal"
            error={errorOf('target')}
          />
        )}
        <Field
          id={`${prefix}-weight`}
          name="weight"
          label={t('plans.weight')}
          defaultValue={indicator.weight}
          inputMode="decimal"
          error={errorOf('weight')}
        />
        <Field id={`${prefix}-reason`} label={t('plans.reason')} error={errorOf('reason')}>
          <textarea id={`${prefix}-reason`} name="reason" rows={2} />
        </Field>
        <SubmitButton isPending={isPending} label={t('plans.adjust')} pendingLabel={t('common.saving')} />
      </form>
    </details>
  );
}

export function DraftIndicatorActions({ planId, indicator }: { planId: number; indicator: AdminIndicator }) {
  const t = useTranslations('admin');
  return (
    <div style={{ display: 'grid', gap: '.35rem' }}>
      <details>
        <summary>{t('common.edit')}</summary>
        <IndicatorForm planId={planId} indicator={indicator} />
      </details>
      <DeleteButton indicator={indicator} />
    </div>
  );
}
