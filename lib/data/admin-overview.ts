import 'server-only';
import { clock } from '@/lib/clock';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/data/admin-common';
import type { SessionUser } from '@/lib/auth/permissions';

export type AdminOverview = {
  users: { total: number; active: number; locked: number };
  units: number;
  plans: { draft: number; published: number };
  auditLast7Days: number;
};

export async function getAdminOverview(actor: SessionUser, now = clock.now()): Promise<AdminOverview> {
  assertCan(actor, 'users.manage');
  const [total, active, locked, units, plans, audit] = await Promise.all([
    // people only: API tokens' service users are counted on the API token page
    prisma.user.count({ where: { apiToken: null } }),
    prisma.user.count({ where: { apiToken: null, isActive: true } }),
    prisma.user.count({ where: { apiToken: null, lockedUntil: { gt: now } } }),
    prisma.unit.count(),
    prisma.plan.groupBy({ by: ['status'], _count: { _all: true } }),
    prisma.auditEvent.count({ where: { at: { gte: new Date(now.getTime() - 7 * 24 * 3600_000) } } }),
  ]);
  const byStatus = (s: string) => plans.find((p) => p.status === s)?._count._all ?? 0;
  return {
    users: { total, active, locked },
    units,
    plans: { draft: byStatus('DRAFT'), published: byStatus('PUBLISHED') },
    auditLast7Days: audit,
  };
}
