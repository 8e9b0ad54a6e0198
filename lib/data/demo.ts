import 'server-only';
import { prisma } from '@/lib/db';

/** The demo accounts, listed on the login page only while the demo data is loaded. */
export async function listDemoAccounts(): Promise<{ username: string; role: string; unitName: string | null }[]> {
  const users = await prisma.user.findMany({
    where: { isDemo: true, isActive: true },
    select: { username: true, role: true, unit: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
  return users.map((u) => ({ username: u.username, role: u.role, unitName: u.unit?.name ?? null }));
}

export async function hasDemoData(): Promise<boolean> {
  return (await prisma.unit.count({ where: { isDemo: true } })) > 0;
}
