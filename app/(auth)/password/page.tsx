import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PasswordForm } from '@/components/auth/password-form';
import { SignOutButton } from '@/components/ui/sign-out-button';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { getSignedInAccount } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('auth.passwordChange');
  return { title: t('title') };
}

export default async function PasswordPage() {
  const account = await getSignedInAccount();
  if (!account) redirect('/login');
  const [t, tc] = await Promise.all([getTranslations('auth.passwordChange'), getTranslations('common')]);
  return (
    <main className="login-page">
      <div className="login-card">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <span className="muted small">{account.user.name}</span>
          <LanguageSwitch />
        </div>
        <h1>{t('title')}</h1>
        {account.mustChangePassword && <p className="muted">{t('forced')}</p>}
        <PasswordForm />
        <div className="row" style={{ marginTop: '1rem' }}>
          {/* a forced change has no way around it: the app sends the user back here until it is done */}
          {!account.mustChangePassword && <Link href="/">{t('back')}</Link>}
          <SignOutButton label={tc('signOut')} />
        </div>
      </div>
    </main>
  );
}
