// `npx tsx scripts/bench-reports.ts [--runs N] [--write DIR]`: times every report × format for one unit and for
// all ten, against the data-layer call alone in the same run (median of N runs; ratio = export ÷ data).
// --write DIR also saves one file of each kind there, to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBench, sessionUser, timeRuns, withDemoDatabase } from './bench/data-layer';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 5);
const WRITE_DIR = arg('--write');
const NOW = new Date('2026-11-26T04:00:00Z');

runBench(() =>
  withDemoDatabase('bench-reports', async (prisma) => {
    const { listPlanPerformance } = await import('../lib/data/performance');
    const { exportReport } = await import('../lib/reports/export');
    const user = await sessionUser(prisma, 'evaluator');
    const rows: string[][] = [['units', 'report', 'format', 'median ms', 'data ms', 'ratio', 'bytes']];
    for (const [label, units] of [
      ['1 unit', ['103603']],
      ['10 units', 'all'],
    ] as const) {
      const scope = units === 'all' ? ('all' as const) : [...units];
      const { median: data } = await timeRuns(RUNS, () =>
        listPlanPerformance(user, { units: scope, year: 2026, asOf: 10, approvedOnly: true, now: NOW }),
      );
      rows.push([label, 'data layer', '—', data.toFixed(1), data.toFixed(1), '1.00', '—']);
      for (const kind of ['monitoring', 'self-evaluation', 'monthly', 'all'] as const) {
        for (const format of ['xlsx', 'csv', 'pdf'] as const) {
          if (kind === 'all' && format === 'csv') continue;
          const params = { kind, units: scope, year: 2026, month: 10, format, approvedOnly: true };
          let bytes = 0;
          const { median: ms } = await timeRuns(RUNS, async () => {
            const file = await exportReport(user, params, { now: NOW });
            bytes = file.body.length;
            if (WRITE_DIR) {
              mkdirSync(WRITE_DIR, { recursive: true });
              writeFileSync(path.join(WRITE_DIR, `${label.replace(' ', '')}-${file.asciiFileName}`), file.body);
            }
          });
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
  }),
);
