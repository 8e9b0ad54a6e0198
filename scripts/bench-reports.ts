// `npx tsx scripts/bench-reports.ts [--runs N] [--write DIR]`: times every report × format for one unit and for
// all ten, against the data-layer call alone in the same run (median of N runs; ratio = export ÷ data).
// --write DIR also saves one file of each kind there, to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '../lib/db-client';
import { loadDemoDataIfEmpty } from '../prisma/seed/load-demo';
import { startEmbeddedDatabase } from './embedded-db';
import { applyMigrations } from './migrate';

// The data layer is marked 'server-only' for the bundler; outside Next it is a plain module.
require.cache[require.resolve('server-only')] = { exports: {} } as NodeJS.Module;

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 5);
const WRITE_DIR = arg('--write');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

async function main() {
  const db = await startEmbeddedDatabase({
    dataDir: path.join(os.tmpdir(), `fj12345-bench-reports-${process.pid}`),
    persistent: false,
    quiet: true,
  });
  try {
    await applyMigrations(db.url);
    const seed = createPrismaClient(db.url);
    await loadDemoDataIfEmpty(seed);
    const evaluator = await seed.user.findUniqueOrThrow({ where: { username: 'evaluator' } });
    await seed.$disconnect();
    process.env.DATABASE_URL = db.url;

    const { listPlanPerformance } = await import('../lib/data/performance');
    const { exportReport } = await import('../lib/reports/export');
    const user = {
      id: evaluator.id,
      username: evaluator.username,
      name: evaluator.displayName,
      role: evaluator.role,
      unitId: evaluator.unitId,
    };
    const now = new Date('2026-11-26T04:00:00Z');
    const rows: string[][] = [['units', 'report', 'format', 'median ms', 'data ms', 'ratio', 'bytes']];
    for (const [label, units] of [
      ['1 unit', ['103603']],
      ['10 units', 'all'],
    ] as const) {
      const scope = units === 'all' ? ('all' as const) : [...units];
      const data = median(
        await time(() => listPlanPerformance(user, { units: scope, year: 2026, asOf: 10, approvedOnly: true, now })),
      );
      rows.push([label, 'data layer', '—', data.toFixed(1), data.toFixed(1), '1.00', '—']);
      for (const kind of ['monitoring', 'self-evaluation', 'monthly', 'all'] as const) {
        for (const format of ['xlsx', 'csv', 'pdf'] as const) {
          if (kind === 'all' && format === 'csv') continue;
          const params = { kind, units: scope, year: 2026, month: 10, format, approvedOnly: true };
          let bytes = 0;
          const ms = median(
            await time(async () => {
              const file = await exportReport(user, params, { now });
              bytes = file.body.length;
              if (WRITE_DIR) {
                mkdirSync(WRITE_DIR, { recursive: true });
                writeFileSync(path.join(WRITE_DIR, `${label.replace(' ', '')}-${file.asciiFileName}`), file.body);
              }
            }),
          );
          rows.push([label, kind, format, ms.toFixed(1), data.toFixed(1), (ms / data).toFixed(2), String(bytes)]);
        }
      }
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    console.log(
      `Median of ${RUNS} runs after one warm-up (each export includes its data-layer call and its audit write).`,
    );
    for (const r of rows)
      console.log(r.map((cell, c) => (c >= 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '));
  } finally {
    const { prisma } = await import('../lib/db');
    await prisma.$disconnect().catch(() => undefined);
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
