import { getTranslations } from 'next-intl/server';
import { AdminSubNav } from '@/components/admin/admin-sub-nav';
import { can, type Permission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';

const SECTIONS: { href: string; key: string; permission: Permission }[] = [
  { href: '/admin', key: 'overview', permission: 'users.manage' },
  { href: '/admin/users', key: 'users', permission: 'users.manage' },
  { href: '/admin/units', key: 'units', permission: 'units.manage' },
  { href: '/admin/plans', key: 'plans', permission: 'plans.manage' },
  { href: '/admin/audit', key: 'audit', permission: 'audit.view' },
  { href: '/admin/api', key: 'api', permission: 'users.manage' },
  { href: '/admin/webhooks', key: 'webhooks', permission: 'units.manage' },
];

// Only the navigation: each page checks its own permission (a layout does not re-run on every navigation).
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations('admin');
  const items = SECTIONS.filter((s) => can(user, s.permission)).map((s) => ({
    href: s.href,
    label: t(`nav.${s.key}` as 'nav.users'),
  }));
  return (
    <>
      {items.length > 1 && <AdminSubNav items={items} label={t('nav.label')} />}
      {children}
    </>
  );
}
