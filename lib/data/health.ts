import 'server-only';
import { prisma } from '@/lib/db';

export type DatabaseHealth = { isUp: true; latencyMs: number; migrations: number } | { isUp: false; error: string };

export async function getDatabaseHealth(): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const rows = await prisma.$queryRaw<
      { count: bigint }[]
    >`SELECT count(*) AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return { isUp: true, latencyMs: Math.round(performance.now() - started), migrations: Number(rows[0].count) };
  } catch (error) {
    return { isUp: false, error: (error as Error).message.split('\n')[0] };
  }
}
