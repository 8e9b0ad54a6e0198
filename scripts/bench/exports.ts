// `TMPDIR=<folder of the kept province> npx tsx scripts/bench/exports.ts [label-filter] [--runs=3]`: the exports of
// issue 13 timed in process, outside Next, on the kept province database: wall time and process CPU time (user +
// system, which other processes' load distorts far less than wall time), the median of the runs after one warm-up
// (the warm-up fills the plan summaries), and the RSS growth of the streamed ten-year 月度明细. Run from a checkout's
// root: the modules are loaded from the current folder, so two checkouts can be compared with the same script.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import Module from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { provideProvinceDatabase } from './database';
import { PROVINCE } from './province';

const localRequire = Module.createRequire(path.join(process.cwd(), 'package.json'));
const serverOnly = localRequire.resolve('server-only');
localRequire.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

type Sample = { wallMs: number; cpuMs: number; bytes: number; rssGrowthMb: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function sample(fn: () => Promise<number>): Promise<Sample> {
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const bytes = await fn();
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(watch);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, bytes, rssGrowthMb: (peak - rss0) / 2 ** 20 };
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  let bytes = 0;
  await pipeline(
    Readable.fromWeb(stream as Parameters<typeof Readable.fromWeb>[0]),
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        bytes += chunk.byteLength;
        callback();
      },
    }),
  );
  return bytes;
}

async function main() {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
  const only = args.find((a) => !a.startsWith('--'));
  // --profile=<file>: a CPU profile of the measured runs (not the warm-up), for Chrome's DevTools
  const profile = args.find((a) => a.startsWith('--profile='))?.slice(10);
  const db = await provideProvinceDatabase(PROVINCE, true);
  process.env.DATABASE_URL = db.url;
  const root = process.cwd();
  try {
    const { prisma } = await import(path.join(root, 'lib/db'));
    const { exportReport } = await import(path.join(root, 'lib/reports/export'));
    const { streamMonthlyXlsx } = await import(path.join(root, 'lib/reports/monthly-stream'));
    const u = await prisma.user.findUniqueOrThrow({ where: { username: 'evaluator' } });
    const user = { id: u.id, username: u.username, name: u.displayName, role: u.role, unitId: u.unitId };
    const oneYear = (format: 'xlsx' | 'pdf') => async () => {
      const file = await exportReport(user, {
        kind: 'all',
        units: 'all',
        year: 2025,
        month: null,
        format,
        approvedOnly: false,
      });
      return file.body.byteLength as number;
    };
    const tenYears = async () => {
      const params = { units: 'all' as const, year: 2026, approvedOnly: false };
      return drain((await streamMonthlyXlsx(user, params, 2017)).stream);
    };
    const cases: [string, () => Promise<number>][] = [
      ['3 reports, all units, 2025, XLSX', oneYear('xlsx')],
      ['3 reports, all units, 2025, PDF', oneYear('pdf')],
      ['月度明细 2017–2026 streamed', tenYears],
    ];
    console.log(`${root}: median of ${runs} after a warm-up`);
    for (const [label, fn] of cases) {
      if (only && !label.includes(only)) continue;
      await fn();
      const session = profile ? new Session() : null;
      session?.connect();
      await session?.post('Profiler.enable');
      await session?.post('Profiler.start');
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await sample(fn));
      if (session) {
        const { profile: data } = await session.post('Profiler.stop');
        writeFileSync(`${profile}-${cases.findIndex(([l]) => l === label)}.cpuprofile`, JSON.stringify(data));
        session.disconnect();
      }
      const m = (key: keyof Sample) => median(samples.map((s) => s[key]));
      console.log(
        `${label.padEnd(34)} wall ${m('wallMs').toFixed(0).padStart(6)} ms  cpu ${m('cpuMs').toFixed(0).padStart(6)} ms` +
          `  ${(m('bytes') / 1024).toFixed(0).padStart(6)} KB  rss +${m('rssGrowthMb').toFixed(0)} MB` +
          `  (cpu runs: ${samples.map((s) => s.cpuMs.toFixed(0)).join(', ')})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the streamed export's audit record follows its end
    await prisma.$disconnect();
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
