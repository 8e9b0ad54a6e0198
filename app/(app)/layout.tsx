import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { NotificationBell } from '@/components/notifications/bell';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { NavLinks } from '@/components/ui/nav-links';
import { NAVIGATION, navItemsFor } from '@/components/ui/navigation';
import { SignOutButton } from '@/components/ui/sign-out-button';
import { requireUser } from '@/lib/auth/session';
import { hasDemoData } from '@/lib/data/demo';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [t, tn, td, isDemo] = await Promise.all([
    getTranslations('common'),
    getTranslations('nav'),
    getTranslations('domain'),
    hasDemoData(),
  ]);
  const items = navItemsFor(user, NAVIGATION, (key) => tn(key as 'dashboard'));
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">{t('appName')}</div>
        <div className="org">{t('appOrg')}</div>
        <NavLinks items={items} label={tn('label')} />
      </aside>
      <div className="main">
        <header className="topbar">
          {isDemo && (
            <span className="badge badge-demo" title={t('demoDataHint')}>
              {t('demoData')}
            </span>
          )}
          <span className="small" data-testid="current-user">
            {t('signedInAs', { name: user.name, role: td(`role.${user.role}`) })}
          </span>
          <NotificationBell user={user} />
          <LanguageSwitch />
          <Link className="small" href="/password">
            {t('changePassword')}
          </Link>
          <SignOutButton label={t('signOut')} />
        </header>
        <main className="content" id="main">
          {children}
        </main>
      </div>
    </div>
  );
}
