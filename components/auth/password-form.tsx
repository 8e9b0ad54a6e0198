'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useActionState } from 'react';
import { changePasswordAction } from '@/lib/actions/account';
import { PASSWORD_RULE } from '@/lib/auth/password-policy';

const FIELDS = [
  { name: 'currentPassword', label: 'current', autoComplete: 'current-password' },
  { name: 'newPassword', label: 'new', autoComplete: 'new-password' },
  { name: 'confirmPassword', label: 'confirm', autoComplete: 'new-password' },
] as const;

export function PasswordForm() {
  const t = useTranslations('auth.passwordChange');
  const [state, formAction, isPending] = useActionState(changePasswordAction, null);
  if (state?.ok)
    return (
      <div>
        <p role="status">{t('saved')}</p>
        <Link className="btn" href="/">
          {t('back')}
        </Link>
      </div>
    );
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} noValidate>
      {state && !state.ok && (
        <div className="form-error" role="alert">
          {state.message}
        </div>
      )}
      {FIELDS.map((field) => {
        const error = errors[field.name]?.[0];
        const describedBy = [
          error ? `${field.name}-error` : null,
          field.name === 'newPassword' ? 'password-rule' : null,
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <div className="field" key={field.name}>
            <label htmlFor={field.name}>{t(field.label)}</label>
            <input
              id={field.name}
              name={field.name}
              type="password"
              autoComplete={field.autoComplete}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
            />
            {field.name === 'newPassword' && (
              <span id="password-rule" className="muted small">
                {t('rule', PASSWORD_RULE)}
              </span>
            )}
            {error && (
              <span id={`${field.name}-error`} className="field-error">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <button className="btn" type="submit" disabled={isPending} style={{ width: '100%', justifyContent: 'center' }}>
        {isPending ? t('saving') : t('submit')}
      </button>
    </form>
  );
}
