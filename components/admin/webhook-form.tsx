'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { saveUnitWebhooksAction } from '@/lib/actions/webhooks';
import type { UnitWebhookRow } from '@/lib/data/webhooks';

export function UnitWebhookForm({ unit }: { unit: UnitWebhookRow }) {
  const t = useTranslations('notifications.webhooks');
  const tc = useTranslations('admin.common');
  const { state, isPending, onSubmit, errorOf } = useAdminForm(saveUnitWebhooksAction);
  const id = (field: string) => `hook-${unit.id}-${field}`;
  return (
    <form onSubmit={onSubmit} noValidate className="panel" aria-label={`${unit.code} ${unit.name}`}>
      <h2 style={{ fontSize: '1rem' }}>
        {unit.code} {unit.name}
      </h2>
      <FormMessage state={state} okText={t('saved')} />
      <input type="hidden" name="unitId" value={unit.id} />
      <Field id={id('wecom')} name="WECOM" label={t('WECOM')} defaultValue={unit.WECOM} error={errorOf('WECOM')} />
      <Field
        id={id('dingtalk')}
        name="DINGTALK"
        label={t('DINGTALK')}
        defaultValue={unit.DINGTALK}
        error={errorOf('DINGTALK')}
      />
      <Field
        id={id('secret')}
        name="secret"
        type="password"
        label={t('secret')}
        hint={unit.hasSecret ? '••••••' : undefined}
        autoComplete="off"
        error={errorOf('secret')}
      />
      <div className="field">
        <label htmlFor={id('locale')}>{t('language')}</label>
        <select id={id('locale')} name="locale" defaultValue={unit.locale}>
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </div>
      <SubmitButton isPending={isPending} label={t('save')} pendingLabel={tc('saving')} />
    </form>
  );
}
