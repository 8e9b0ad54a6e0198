// `npx tsx scripts/bench-dashboard.ts [runs]`: the dashboard's data-layer time on the demo data, against a SELECT 1
// round trip on the same connection pool, in one run on an embedded database.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPrismaClient } from '../lib/db-client';
import { loadDemoDataIfEmpty } from '../prisma/seed/load-demo';
import { startEmbeddedDatabase } from './embedded-db';
import { applyMigrations } from './migrate';

// lib/data is 'server-only'; outside Next the marker module would throw, so it is stubbed for this script.
const require = createRequire(__filename);
require.cache[require.resolve('server-only')] = { exports: {} } as NodeJS.Module;

const RUNS = Number(process.argv[2] ?? 50);
const NOW = new Date('2026-11-26T04:00:00Z');

async function median(label: string, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await fn(); // warm-up: connections, query plans, JIT
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)];
  console.log(
    `${label.padEnd(44)} median ${m.toFixed(2).padStart(8)} ms   p90 ${times[Math.floor(times.length * 0.9)].toFixed(2).padStart(8)} ms`,
  );
  return m;
}

async function main() {
  const db = await startEmbeddedDatabase({
    dataDir: path.join(os.tmpdir(), `fj12345-bench-pg-${process.pid}`),
    persistent: false,
    quiet: true,
  });
  try {
    await applyMigrations(db.url);
    const seed = createPrismaClient(db.url);
    await loadDemoDataIfEmpty(seed);
    const leaderRow = await seed.user.findUniqueOrThrow({ where: { username: 'leader' } });
    await seed.$disconnect();
    process.env.DATABASE_URL = db.url;
    const { prisma } = await import('../lib/db');
    const { getPlanPerformance, listPlanPerformance } = await import('../lib/data/performance');
    const { getDashboard } = await import('../lib/data/dashboard');
    const leader = {
      id: leaderRow.id,
      username: leaderRow.username,
      name: leaderRow.displayName,
      role: leaderRow.role,
      unitId: leaderRow.unitId,
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
        `dashboard ×${(page / base).toFixed(1)}, dashboard all ×${(pageAll / base).toFixed(1)}; ten units / one unit ×${(all / one).toFixed(2)}`,
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
