// `npx tsx scripts/bench-entry.ts [N]`: times N draft saves and N submissions of a month through the data layer
// (lib/data/entry-save.ts, one transaction each with its version check and audit events) on the demo data,
// against two baselines measured in the same run: a `SELECT 1` round trip and a single-row update.
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPrismaClient, type PrismaClient } from '../lib/db-client';
import { loadDemoDataIfEmpty } from '../prisma/seed/load-demo';
import { startEmbeddedDatabase } from './embedded-db';
import { applyMigrations } from './migrate';

// lib/data modules are marked 'server-only' (a build-time guard for Next); outside Next it is an empty module.
const localRequire = Module.createRequire(__filename);
const serverOnly = localRequire.resolve('server-only');
localRequire.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

const N = Number(process.argv[2] ?? 50);
const KEY = { unitCode: '103603', year: 2026, month: 10 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function time(
  n: number,
  before: (i: number) => Promise<unknown>,
  run: (i: number) => Promise<unknown>,
): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    await before(i);
    const start = performance.now();
    await run(i);
    ms.push(performance.now() - start);
  }
  return ms;
}

async function main() {
  const db = await startEmbeddedDatabase({
    dataDir: path.join(os.tmpdir(), `fj12345-bench-entry-${process.pid}`),
    persistent: false,
    quiet: true,
  });
  let prisma: PrismaClient | null = null;
  try {
    await applyMigrations(db.url);
    prisma = createPrismaClient(db.url);
    await loadDemoDataIfEmpty(prisma);
    process.env.DATABASE_URL = db.url;
    (globalThis as { prisma?: PrismaClient }).prisma = prisma;
    const { getEntryMonth } = await import('../lib/data/entry');
    const { saveMonth } = await import('../lib/data/entry-save');
    const { saveMonthSchema } = await import('../lib/validation/entry');
    const u = await prisma.user.findUniqueOrThrow({ where: { username: 'manager' } });
    const user = { id: u.id, username: u.username, name: u.displayName, role: u.role, unitId: u.unitId };
    const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: KEY.unitCode } } });
    const toDraft = () =>
      prisma!.monthReport.update({ where: { planId_month: { planId: plan.id, month: 10 } }, data: { state: 'DRAFT' } });
    await toDraft();

    let payload: ReturnType<(typeof saveMonthSchema)['parse']> | null = null;
    const prepare = async (i: number, intent: 'DRAFT' | 'SUBMIT') => {
      const month = await getEntryMonth(user, KEY);
      payload = saveMonthSchema.parse({
        ...KEY,
        intent,
        version: month.version,
        budget: { spent: month.budget.spent, planned: month.budget.planned },
        rows: month.rows.map((r) => ({
          indicatorId: r.indicator.id,
          label: r.indicator.name,
          ...r.current,
          rating: r.current.rating as '',
          // one figure changes each time, so every save writes a row and its audit event
          value: r.indicator.code === 'I01' ? String(Number(r.current.value) + (i % 2 ? 1 : -1)) : r.current.value,
          // every row carries a deviation record, so a submission never stops on a missing one
          deviation: r.deviation
            ? { ...r.deviation, causes: r.deviation.causes as never, likelihood: r.deviation.likelihood as never }
            : { causes: ['OTHER' as const], analysis: 'bench', measures: 'bench', likelihood: 'POSSIBLE' as const },
        })),
      });
    };
    const actual = await prisma.monthlyActual.findFirstOrThrow({
      where: { month: 10, indicator: { planId: plan.id, code: 'I01' } },
    });

    const select1 = await time(
      N,
      async () => {},
      () => prisma!.$queryRaw`SELECT 1`,
    );
    const update1 = await time(
      N,
      async () => {},
      (i) => prisma!.monthlyActual.update({ where: { id: actual.id }, data: { note: `bench ${i}` } }),
    );
    const reads = await time(
      N,
      async () => {},
      () => getEntryMonth(user, KEY),
    );
    const saves = await time(
      N,
      (i) => prepare(i, 'DRAFT'),
      () => saveMonth(user, payload!),
    );
    const submits = await time(
      N,
      async (i) => {
        await toDraft();
        await prepare(i, 'SUBMIT');
      },
      () => saveMonth(user, payload!),
    );

    const base = median(select1);
    const rows = [
      ['SELECT 1 round trip', select1],
      ['single-row update', update1],
      ['getEntryMonth (read)', reads],
      ['saveMonth (draft)', saves],
      ['saveMonth (submit)', submits],
    ] as const;
    console.log(`bench-entry: N=${N}, demo data, unit ${KEY.unitCode} ${KEY.year}-${KEY.month}`);
    console.log(
      'operation'.padEnd(22),
      'median ms'.padStart(10),
      'p90 ms'.padStart(10),
      '× SELECT 1'.padStart(12),
      '× update'.padStart(10),
    );
    for (const [name, ms] of rows) {
      const sorted = [...ms].sort((a, b) => a - b);
      const p90 = sorted[Math.floor(sorted.length * 0.9) - 1] ?? sorted[sorted.length - 1];
      console.log(
        name.padEnd(22),
        median(ms).toFixed(2).padStart(10),
        p90.toFixed(2).padStart(10),
        (median(ms) / base).toFixed(1).padStart(12),
        (median(ms) / median(update1)).toFixed(1).padStart(10),
      );
    }
  } finally {
    await prisma?.$disconnect();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
