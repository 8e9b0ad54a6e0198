import type { Permission } from '@/lib/auth/permissions';

/** The app's sections; each shows only to users holding its permission (and not `unlessCan`, to avoid a twin link). */
export const NAVIGATION: { href: string; key: string; permission: Permission; unlessCan?: Permission }[] = [
  { href: '/', key: 'dashboard', permission: 'dashboard.view' },
  { href: '/entry', key: 'entry', permission: 'actuals.edit' },
  { href: '/review', key: 'review', permission: 'months.review' },
  { href: '/progress', key: 'progress', permission: 'actuals.view' },
  { href: '/reports', key: 'reports', permission: 'reports.export' },
  { href: '/admin', key: 'admin', permission: 'users.manage' },
  { href: '/admin/audit', key: 'audit', permission: 'audit.view', unlessCan: 'users.manage' },
];
