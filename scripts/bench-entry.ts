// `npx tsx scripts/bench-entry.ts [N]`: times N draft saves and N submissions of a month through the data layer
// (lib/data/entry-save.ts, one transaction each with its version check and audit events) on the demo data,
// against two baselines measured in the same run: a `SELECT 1` round trip and a single-row update.
import { runBench, sessionUser, timeRuns, withDemoDatabase, type Timing } from './bench/data-layer';

const N = Number(process.argv[2] ?? 50);
const KEY = { unitCode: '103603', year: 2026, month: 10 };

runBench(() =>
  withDemoDatabase('bench-entry', async (prisma) => {
    const { getEntryMonth } = await import('../lib/data/entry');
    const { saveMonth } = await import('../lib/data/entry-save');
    const { saveMonthSchema } = await import('../lib/validation/entry');
    const user = await sessionUser(prisma, 'manager');
    const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: KEY.unitCode } } });
    const toDraft = () =>
      prisma.monthReport.update({ where: { planId_month: { planId: plan.id, month: 10 } }, data: { state: 'DRAFT' } });
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

    const select1 = await timeRuns(N, () => prisma.$queryRaw`SELECT 1`);
    const update1 = await timeRuns(N, (i) =>
      prisma.monthlyActual.update({ where: { id: actual.id }, data: { note: `bench ${i}` } }),
    );
    const reads = await timeRuns(N, () => getEntryMonth(user, KEY));
    const saves = await timeRuns(N, () => saveMonth(user, payload!), { before: (i) => prepare(i, 'DRAFT') });
    const submits = await timeRuns(N, () => saveMonth(user, payload!), {
      before: async (i) => {
        await toDraft();
        await prepare(i, 'SUBMIT');
      },
    });

    const rows: [string, Timing][] = [
      ['SELECT 1 round trip', select1],
      ['single-row update', update1],
      ['getEntryMonth (read)', reads],
      ['saveMonth (draft)', saves],
      ['saveMonth (submit)', submits],
    ];
    console.log(`bench-entry: N=${N} after one warm-up each, demo data, unit ${KEY.unitCode} ${KEY.year}-${KEY.month}`);
    console.log(
      'operation'.padEnd(22),
      'median ms'.padStart(10),
      'p90 ms'.padStart(10),
      '× SELECT 1'.padStart(12),
      '× update'.padStart(10),
    );
    for (const [name, t] of rows) {
      console.log(
        name.padEnd(22),
        t.median.toFixed(2).padStart(10),
        t.p90.toFixed(2).padStart(10),
        (t.median / select1.median).toFixed(1).padStart(12),
        (t.median / update1.median).toFixed(1).padStart(10),
      );
    }
  }),
);
