'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { RoleSelect, UnitSelect, type UnitOption } from '@/components/admin/user-selects';
import { useAdminForm } from '@/components/admin/use-admin-form';
import {
  resetPasswordAction,
  setUserActiveAction,
  unlockUserAction,
  updateUserAction,
} from '@/lib/actions/admin-users';
import type { AdminUserRow } from '@/lib/data/admin-users';
import { PASSWORD_RULE } from '@/lib/auth/password-policy';

type Props = { user: AdminUserRow; units: UnitOption[]; isSelf: boolean };

const Ref = ({ user }: { user: AdminUserRow }) => (
  <>
    <input type="hidden" name="id" value={user.id} />
    <input type="hidden" name="version" value={user.version} />
  </>
);

function StatusButtons({ user, isSelf }: Omit<Props, 'units'>) {
  const t = useTranslations('admin');
  const active = useAdminForm(setUserActiveAction);
  const unlock = useAdminForm(unlockUserAction);
  return (
    <div className="row" style={{ gap: '.5rem' }}>
      {!isSelf && (
        <form onSubmit={active.onSubmit}>
          <Ref user={user} />
          <input type="hidden" name="isActive" value={String(!user.isActive)} />
          <SubmitButton
            isPending={active.isPending}
            variant={user.isActive ? 'danger' : 'secondary'}
            label={t(user.isActive ? 'users.disable' : 'users.enable')}
            pendingLabel={t('common.saving')}
          />
        </form>
      )}
      {user.isLocked && (
        <form onSubmit={unlock.onSubmit}>
          <Ref user={user} />
          <SubmitButton
            isPending={unlock.isPending}
            variant="secondary"
            label={t('users.unlock')}
            pendingLabel={t('common.saving')}
          />
        </form>
      )}
      <FormMessage state={active.state} />
      <FormMessage state={unlock.state} />
    </div>
  );
}

function RoleForm({ user, units }: Omit<Props, 'isSelf'>) {
  const t = useTranslations('admin');
  const { state, isPending, onSubmit, errorOf } = useAdminForm(updateUserAction);
  return (
    <details>
      <summary>{t('users.changeRole')}</summary>
      <form onSubmit={onSubmit} noValidate>
        <FormMessage state={state} okText={t('users.updated')} />
        <Ref user={user} />
        <Field id={`role-${user.id}`} label={t('users.role')} error={errorOf('role')}>
          <RoleSelect id={`role-${user.id}`} defaultValue={user.role} />
        </Field>
        <Field id={`unit-${user.id}`} label={t('users.unit')} error={errorOf('unitId')}>
          <UnitSelect id={`unit-${user.id}`} units={units} defaultValue={user.unitId} />
        </Field>
        <SubmitButton isPending={isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
      </form>
    </details>
  );
}

function PasswordForm({ user }: { user: AdminUserRow }) {
  const t = useTranslations('admin');
  const { state, isPending, formRef, onSubmit, errorOf } = useAdminForm(resetPasswordAction, { resetOnSuccess: true });
  return (
    <details>
      <summary>{t('users.resetPassword')}</summary>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <FormMessage state={state} okText={t('users.passwordReset')} />
        <Ref user={user} />
        <Field
          id={`password-${user.id}`}
          name="password"
          type="password"
          label={t('users.newPassword')}
          hint={t('users.passwordHint', PASSWORD_RULE)}
          error={errorOf('password')}
          autoComplete="new-password"
        />
        <SubmitButton isPending={isPending} label={t('users.resetPassword')} pendingLabel={t('common.saving')} />
      </form>
    </details>
  );
}

export function UserRowActions({ user, units, isSelf }: Props) {
  return (
    <div style={{ display: 'grid', gap: '.35rem' }}>
      <StatusButtons user={user} isSelf={isSelf} />
      <RoleForm user={user} units={units} />
      <PasswordForm user={user} />
    </div>
  );
}
