// `npx tsx scripts/bench-dashboard.ts [runs]`: the dashboard's data-layer time on the demo data, against a SELECT 1
// round trip on the same connection pool, in one run on an embedded database.
import { runBench, sessionUser, timeRuns, timingLine, withDemoDatabase } from './bench/data-layer';

const RUNS = Number(process.argv[2] ?? 50);
const NOW = new Date('2026-11-26T04:00:00Z');

runBench(() =>
  withDemoDatabase('bench-dashboard', async (prisma) => {
    const { getPlanPerformance, listPlanPerformance } = await import('../lib/data/performance');
    const { getDashboard } = await import('../lib/data/dashboard');
    const leader = await sessionUser(prisma, 'leader');
    const median = async (label: string, fn: () => Promise<unknown>) => {
      const timing = await timeRuns(RUNS, fn, { warmUps: 5 });
      console.log(timingLine(label, timing));
      return timing.median;
    };

    console.log(`${RUNS} runs each, demo data (10 units, 2023–2025 + Jan–Oct 2026), as of October 2026\n`);
    const base = await median('SELECT 1 (baseline round trip)', () => prisma.$queryRaw`SELECT 1`);
    const one = await median('getPlanPerformance (unit 103603)', () =>
      getPlanPerformance(leader, { unitCode: '103603', year: 2026, asOf: 10, now: NOW }),
    );
    const all = await median('listPlanPerformance (all 10 units)', () =>
      listPlanPerformance(leader, { units: 'all', year: 2026, asOf: 10, now: NOW }),
    );
    const page = await median('getDashboard (what GET / calls, one unit)', () => getDashboard(leader, {}, NOW));
    const pageAll = await median('getDashboard (what GET /?unit=all calls)', () =>
      getDashboard(leader, { unit: 'all' }, NOW),
    );
    console.log(
      `\nratios to SELECT 1: one unit ×${(one / base).toFixed(1)}, ten units ×${(all / base).toFixed(1)}, ` +
        `dashboard ×${(page / base).toFixed(1)}, dashboard all ×${(pageAll / base).toFixed(1)}; ` +
        `ten units / one unit ×${(all / one).toFixed(2)}`,
    );
  }),
);
