'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { RoleSelect, UnitSelect } from '@/components/admin/user-selects';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { createUserAction } from '@/lib/actions/admin-users';
import type { UnitOption } from '@/components/admin/user-selects';
import { PASSWORD_RULE } from '@/lib/auth/password-policy';

export function UserCreateForm({ units }: { units: UnitOption[] }) {
  const t = useTranslations('admin');
  const { state, isPending, formRef, onSubmit, errorOf } = useAdminForm(createUserAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="user-create-title" className="panel">
      <h2 id="user-create-title">{t('users.create')}</h2>
      <FormMessage state={state} okText={t('common.saved')} />
      <div className="grid">
        <Field
          id="new-username"
          name="username"
          label={t('users.username')}
          error={errorOf('username')}
          autoComplete="off"
        />
        <Field
          id="new-displayName"
          name="displayName"
          label={t('users.displayName')}
          error={errorOf('displayName')}
          autoComplete="off"
        />
        <Field id="new-role" label={t('users.role')} error={errorOf('role')}>
          <RoleSelect id="new-role" defaultValue="MANAGER" />
        </Field>
        <Field id="new-unitId" label={t('users.unit')} error={errorOf('unitId')}>
          <UnitSelect id="new-unitId" units={units} defaultValue={null} />
        </Field>
        <Field
          id="new-password"
          name="password"
          type="password"
          label={t('users.password')}
          hint={t('users.passwordHint', PASSWORD_RULE)}
          error={errorOf('password')}
          autoComplete="new-password"
        />
      </div>
      <SubmitButton isPending={isPending} label={t('users.create')} pendingLabel={t('common.saving')} />
    </form>
  );
}
