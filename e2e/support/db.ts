// Specs that need their own data write it straight into the test database the server uses.
import pg from 'pg';
import { createPrismaClient } from '../../lib/db-client';

export function testPrisma() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is set by scripts/e2e.ts');
  return createPrismaClient(url);
}

/** A month back to an editable draft, as if never submitted or reviewed (specs that enter figures start from here). */
export async function reopenAsDraft(prisma: ReturnType<typeof testPrisma>, planId: number, month: number) {
  await prisma.monthReport.update({
    where: { planId_month: { planId, month } },
    data: {
      state: 'DRAFT',
      submittedAt: null,
      submittedById: null,
      reviewedAt: null,
      reviewedById: null,
      returnReason: null,
      version: { increment: 1 },
    },
  });
}

/** Really cuts the app off its database (no new connections, open ones dropped), or lets it back in. */
export async function setDatabaseReachable(isReachable: boolean) {
  const url = new URL(process.env.DATABASE_URL!);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS ${isReachable}`);
    if (!isReachable)
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  } finally {
    await admin.end();
  }
}
