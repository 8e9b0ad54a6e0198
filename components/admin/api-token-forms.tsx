'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { createApiTokenAction, revokeApiTokenAction } from '@/lib/actions/api-tokens';

type UnitOption = { id: number; code: string; name: string };

export function ApiTokenCreateForm({ units }: { units: UnitOption[] }) {
  const t = useTranslations('api.admin');
  const tc = useTranslations('admin.common');
  const { state, isPending, formRef, onSubmit, errorOf } = useAdminForm(createApiTokenAction, {
    resetOnSuccess: true,
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="panel" aria-labelledby="token-create-title">
      <h2 id="token-create-title">{t('create')}</h2>
      <FormMessage state={state} />
      {state?.ok && (
        <div className="form-ok" role="status">
          <p>{t('created')}</p>
          <code data-testid="new-token" style={{ wordBreak: 'break-all' }}>
            {state.data.token}
          </code>
        </div>
      )}
      <div className="grid">
        <Field id="token-name" name="name" label={t('name')} error={errorOf('name')} autoComplete="off" />
        <Field id="token-unit" label={t('scope')} error={errorOf('unitId')}>
          <select id="token-unit" name="unitId" defaultValue="">
            <option value="">{t('allUnitsReadOnly')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.code} {u.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <SubmitButton isPending={isPending} label={t('create')} pendingLabel={tc('saving')} />
    </form>
  );
}

export function ApiTokenRevokeForm({ token }: { token: { id: number; name: string } }) {
  const t = useTranslations('api.admin');
  const tc = useTranslations('admin.common');
  const { state, isPending, onSubmit } = useAdminForm(revokeApiTokenAction);
  return (
    <form
      onSubmit={(event) => {
        if (!window.confirm(t('revokeConfirm', { name: token.name }))) event.preventDefault();
        else onSubmit(event);
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="id" value={token.id} />
      <SubmitButton isPending={isPending} label={t('revoke')} pendingLabel={tc('saving')} variant="danger" />
    </form>
  );
}
