// `npx tsx scripts/bench/profile.ts`: the data layer's share of each page on the kept province database (a tool for
// finding where the time goes; the benchmark proper is bench-province.ts).
import Module from 'node:module';
import { performance } from 'node:perf_hooks';
import { provideProvinceDatabase } from './database';
import { PROVINCE } from './province';

const localRequire = Module.createRequire(__filename);
const serverOnly = localRequire.resolve('server-only');
localRequire.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

async function time(label: string, fn: () => Promise<unknown>, runs = 5) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(40)} ${ms[Math.floor(runs / 2)].toFixed(1).padStart(8)} ms`);
}

async function main() {
  const db = await provideProvinceDatabase(PROVINCE, true);
  process.env.DATABASE_URL = db.url;
  try {
    const { prisma } = await import('../../lib/db');
    const perf = await import('../../lib/data/performance');
    const { getDashboard } = await import('../../lib/data/dashboard');
    const { listReviewQueue } = await import('../../lib/data/review');
    const { getProgressGrid, listDueItems } = await import('../../lib/data/progress');
    const audit = await import('../../lib/data/audit-log');
    const { exportReport } = await import('../../lib/reports/export');
    const row = async (username: string) => {
      const u = await prisma.user.findUniqueOrThrow({ where: { username } });
      return { id: u.id, username: u.username, name: u.displayName, role: u.role, unitId: u.unitId };
    };
    const [leader, admin] = [await row('leader'), await row('admin')];
    const only = process.argv[2];
    const run = (label: string, fn: () => Promise<unknown>, runs?: number) =>
      !only || label.includes(only) ? time(label, fn, runs) : Promise.resolve();
    await run('SELECT 1', () => prisma.$queryRaw`SELECT 1`);
    await run('one unit performance', () => perf.getPlanPerformance(leader, { unitCode: 'P0005', year: 2026 }));
    await run('all units performance', () => perf.listPlanPerformance(leader, { units: 'all', year: 2026 }));
    await run('getDashboard all', () => getDashboard(leader, { unit: 'all', year: '2026' }));
    await run('review queue', () => listReviewQueue(leader));
    await run('progress grid', () => getProgressGrid(leader, 2026));
    await run('due items', () => listDueItems(leader));
    await run('audit unit page 3', () => audit.listAuditEvents(admin, { unitId: 7, page: 3 }));
    await run('audit action page 200', () => audit.listAuditEvents(admin, { action: 'MONTH_SUBMIT', page: 200 }));
    await run('audit filter options', () => audit.listAuditFilterOptions(admin));
    await run(
      'export all xlsx 2025',
      () =>
        exportReport(admin, { kind: 'all', units: 'all', year: 2025, month: null, format: 'xlsx', approvedOnly: true }),
      1,
    );
    await prisma.$disconnect();
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
