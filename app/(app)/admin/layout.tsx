import { getTranslations } from 'next-intl/server';
import { NavLinks } from '@/components/ui/nav-links';
import { ADMIN_NAVIGATION, navItemsFor } from '@/components/ui/navigation';
import { requireUser } from '@/lib/auth/session';

// Only the navigation: each page checks its own permission (a layout does not re-run on every navigation).
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations('admin');
  const items = navItemsFor(user, ADMIN_NAVIGATION, (key) => t(`nav.${key}` as 'nav.users'));
  return (
    <>
      {items.length > 1 && <NavLinks items={items} label={t('nav.label')} root="/admin" buttons />}
      {children}
    </>
  );
}
