import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { LoginForm } from '@/components/auth/login-form';
import { DemoAccounts } from '@/components/auth/demo-accounts';
import { NoAdminNotice } from '@/components/auth/no-admin-notice';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { getCurrentUser } from '@/lib/auth/session';
import { listDemoAccounts } from '@/lib/data/demo';
import { hasActiveAdmin } from '@/lib/data/auth-users';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('auth');
  return { title: t('title') };
}

export default async function LoginPage() {
  if (await getCurrentUser()) redirect('/');
  const [t, tc, accounts, hasAdmin] = await Promise.all([
    getTranslations('auth'),
    getTranslations('common'),
    listDemoAccounts(),
    hasActiveAdmin(),
  ]);
  return (
    <main className="login-page">
      <div className="login-card">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <span className="muted small">{tc('appOrg')}</span>
          <LanguageSwitch />
        </div>
        <h1>{tc('appName')}</h1>
        <p className="muted">{t('subtitle')}</p>
        {!hasAdmin && <NoAdminNotice />}
        <Suspense>
          <LoginForm />
        </Suspense>
        {accounts.length > 0 && <DemoAccounts accounts={accounts} />}
      </div>
    </main>
  );
}
