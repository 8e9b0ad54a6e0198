import { can, type Permission, type SessionUser } from '@/lib/auth/permissions';
import type { NavItem } from './nav-links';

/** A section of a navigation list; it shows only to users holding its permission (and not `unlessCan`). */
type NavigationEntry = { href: string; key: string; permission: Permission; unlessCan?: Permission };

/** The app's sections (`unlessCan` avoids a twin link: the audit log is inside 系统管理 for those who see it). */
export const NAVIGATION: NavigationEntry[] = [
  { href: '/', key: 'dashboard', permission: 'dashboard.view' },
  { href: '/entry', key: 'entry', permission: 'actuals.edit' },
  { href: '/review', key: 'review', permission: 'months.review' },
  { href: '/progress', key: 'progress', permission: 'actuals.view' },
  { href: '/reports', key: 'reports', permission: 'reports.export' },
  { href: '/admin', key: 'admin', permission: 'users.manage' },
  { href: '/admin/audit', key: 'audit', permission: 'audit.view', unlessCan: 'users.manage' },
];

/** The sections of 系统管理 (labels under `admin.nav`). */
export const ADMIN_NAVIGATION: NavigationEntry[] = [
  { href: '/admin', key: 'overview', permission: 'users.manage' },
  { href: '/admin/users', key: 'users', permission: 'users.manage' },
  { href: '/admin/units', key: 'units', permission: 'units.manage' },
  { href: '/admin/plans', key: 'plans', permission: 'plans.manage' },
  { href: '/admin/audit', key: 'audit', permission: 'audit.view' },
  { href: '/admin/api', key: 'api', permission: 'users.manage' },
  { href: '/admin/webhooks', key: 'webhooks', permission: 'units.manage' },
];

/** The entries this user may follow, each labelled by its key. */
export function navItemsFor(user: SessionUser, entries: NavigationEntry[], label: (key: string) => string): NavItem[] {
  return entries
    .filter((entry) => can(user, entry.permission) && !(entry.unlessCan && can(user, entry.unlessCan)))
    .map((entry) => ({ href: entry.href, label: label(entry.key) }));
}
