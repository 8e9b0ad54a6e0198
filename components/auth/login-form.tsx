'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';

const KNOWN_ERRORS = ['INVALID', 'DISABLED'];

export function LoginForm() {
  const t = useTranslations('auth');
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) {
      setError(t('errors.required'));
      return;
    }
    setIsPending(true);
    setError(null);
    const result = await signIn('credentials', { username, password, redirect: false });
    setIsPending(false);
    if (!result || result.error) {
      const code = result?.error ?? '';
      setError(KNOWN_ERRORS.includes(code) ? t(`errors.${code}` as 'errors.INVALID') : t('errors.unknown'));
      return;
    }
    const callbackUrl = searchParams.get('callbackUrl');
    const target = callbackUrl && callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/';
    router.replace(target);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <div className="field">
        <label htmlFor="username">{t('username')}</label>
        <input id="username" name="username" autoComplete="username" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">{t('password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="btn" type="submit" disabled={isPending} style={{ width: '100%', justifyContent: 'center' }}>
        {isPending ? t('signingIn') : t('signIn')}
      </button>
    </form>
  );
}
