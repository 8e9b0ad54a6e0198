// `npx tsx scripts/bench/profile.ts [label]`: the data layer's share of each page on the kept province database (a
// tool for finding where the time goes; the benchmark proper is bench-province.ts).
import { appPrisma, runBench, sessionUser, timeRuns, timingLine } from './data-layer';
import { provideProvinceDatabase } from './database';
import { PROVINCE } from './province';

runBench(async () => {
  const db = await provideProvinceDatabase(PROVINCE, true);
  process.env.DATABASE_URL = db.url;
  try {
    const prisma = await appPrisma();
    const perf = await import('../../lib/data/performance');
    const { getDashboard } = await import('../../lib/data/dashboard');
    const { listReviewQueue } = await import('../../lib/data/review');
    const { getProgressGrid, listDueItems } = await import('../../lib/data/progress');
    const audit = await import('../../lib/data/audit-log');
    const { exportReport } = await import('../../lib/reports/export');
    const [leader, admin] = [await sessionUser(prisma, 'leader'), await sessionUser(prisma, 'admin')];
    const only = process.argv[2];
    const run = async (label: string, fn: () => Promise<unknown>, runs = 5) => {
      if (!only || label.includes(only)) console.log(timingLine(label, await timeRuns(runs, fn), 40));
    };
    await run('SELECT 1', () => prisma.$queryRaw`SELECT 1`);
    await run('one unit performance', () => perf.getPlanPerformance(leader, { unitCode: 'P0005', year: 2026 }));
    await run('all units performance', () => perf.listPlanPerformance(leader, { units: 'all', year: 2026 }));
    await run('getDashboard all', () => getDashboard(leader, { unit: 'all', year: '2026' }));
    await run('review queue', () => listReviewQueue(leader));
    await run('progress grid', () => getProgressGrid(leader, 2026));
    await run('due items', () => listDueItems(leader));
    await run('audit unit page 3', () => audit.getAuditLog(admin, { unitId: 7, page: 3 }));
    await run('audit action page 200', () => audit.getAuditLog(admin, { action: 'MONTH_SUBMIT', page: 200 }));
    await run(
      'export all xlsx 2025',
      () =>
        exportReport(admin, { kind: 'all', units: 'all', year: 2025, month: null, format: 'xlsx', approvedOnly: true }),
      1,
    );
  } finally {
    await (await appPrisma()).$disconnect().catch(() => undefined);
    await db.stop();
  }
});
