import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decimalInputText } from '../../lib/data/decimals';
import {
  ACTUAL_SELECT,
  budgetMonthsOf,
  indicatorInputOf,
  indicatorMonthsOf,
  monthValueOf,
} from '../../lib/data/engine-input';
import { getEntryMonth, statusesFor } from '../../lib/data/entry';
import { listReviewQueue, REVIEW_PAGE_SIZE } from '../../lib/data/review';
import { loadReportModels } from '../../lib/reports/export';
import { streamMonthlyXlsx } from '../../lib/reports/monthly-stream';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';
import { sessionUser } from './entry-support';
import type { AppError } from '../../lib/errors';
import { textOf } from '../support/messages';

// Province scale (issue 13): the batched review queue and the streamed several-year monthly detail give exactly what
// the one-month loader and the one-year report give.
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
});
afterAll(async () => db.drop());

type QueueItem = Awaited<ReturnType<typeof listReviewQueue>>['items'][number];

// a queued month as the one-month loader gives it, its statuses computed afresh
async function expectAsLoaded(item: QueueItem) {
  const leader = await sessionUser(db, 'leader');
  const single = await getEntryMonth(leader, { unitCode: item.unit.code, year: item.year, month: item.month });
  expect({ report: item.report, version: item.version, unit: item.unit }).toEqual({
    report: single.report,
    version: single.version,
    unit: single.unit,
  });
  const statuses = statusesFor(single);
  expect(item.rows).toEqual(
    single.rows.map((row, i) => ({
      indicator: { id: row.indicator.id, name: row.indicator.name, kind: row.indicator.kind },
      deviation: row.deviation,
      figures: { monthFigure: statuses[i].monthFigure, ytd: statuses[i].ytd, status: statuses[i].status },
    })),
  );
  return single;
}

describe('review queue', () => {
  test('each queued month has the entry loader’s month figures, YTDs, statuses and records', async () => {
    const leader = await sessionUser(db, 'leader');
    const queue = await listReviewQueue(leader);
    expect(queue.total).toBeGreaterThan(0);
    expect(queue.items).toHaveLength(Math.min(REVIEW_PAGE_SIZE, queue.total));
    const offTarget = queue.items.flatMap((i) => i.rows).filter((r) => r.figures.status !== 'GREEN');
    expect(offTarget.length).toBeGreaterThan(0);
    for (const item of queue.items) {
      // the one-month loader reads the earlier years (同比, the forecast); the queue does not need them
      const single = await expectAsLoaded(item);
      expect(single.rows.some((r) => r.priorYears.length > 0)).toBe(true);
    }
  });

  test('read again, from the stored summaries, with two months of the same plans queued, it is still what the loader gives', async () => {
    const leader = await sessionUser(db, 'leader');
    await db.prisma.monthReport.updateMany({ where: { state: 'APPROVED', month: 9 }, data: { state: 'SUBMITTED' } });
    try {
      const everyPage = async () => {
        const first = await listReviewQueue(leader, 1);
        const rest = await Promise.all(
          Array.from({ length: first.pageCount - 1 }, (_, i) => listReviewQueue(leader, i + 2)),
        );
        return [first, ...rest].flatMap((p) => p.items);
      };
      await everyPage();
      const stored = await db.prisma.planSummary.count({ where: { variant: { startsWith: 'review;' } } });
      expect(stored).toBeGreaterThan(0);
      const again = await everyPage();
      const plans = (month: number) => new Set(again.filter((i) => i.month === month).map((i) => i.unit.code));
      expect([...plans(9)].some((code) => plans(10).has(code))).toBe(true);
      for (const item of again) await expectAsLoaded(item);
    } finally {
      await db.prisma.monthReport.updateMany({ where: { state: 'SUBMITTED', month: 9 }, data: { state: 'APPROVED' } });
    }
  });

  test('pages hold the queue oldest first, without repeats', async () => {
    const leader = await sessionUser(db, 'leader');
    await db.prisma.monthReport.updateMany({ where: { state: 'APPROVED', month: 9 }, data: { state: 'SUBMITTED' } });
    const first = await listReviewQueue(leader, 1);
    const second = await listReviewQueue(leader, 2);
    expect(first.pageCount).toBe(Math.ceil(first.total / REVIEW_PAGE_SIZE));
    const keys = [...first.items, ...second.items].map((i) => `${i.unit.code}-${i.year}-${i.month}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect((await listReviewQueue(leader, 99)).page).toBe(first.pageCount);
    await db.prisma.monthReport.updateMany({ where: { state: 'SUBMITTED', month: 9 }, data: { state: 'APPROVED' } });
  });
});

describe('a month’s earlier years', () => {
  test('are the stored figures, records and spending of the five years before, exact texts included', async () => {
    const leader = await sessionUser(db, 'leader');
    const unitCode = '103603';
    // figures stored with trailing zeros, and one with more digits than a number holds (it keeps its exact text)
    const lastYear = await db.prisma.monthlyActual.findFirstOrThrow({
      where: { month: 3, value: { not: null }, indicator: { plan: { year: 2025, unit: { code: unitCode } } } },
    });
    await db.prisma.monthlyActual.update({ where: { id: lastYear.id }, data: { value: '1234567890123456.70' } });
    const ratio = await db.prisma.monthlyActual.findFirstOrThrow({
      where: { month: 4, numerator: { not: null }, indicator: { plan: { year: 2024, unit: { code: unitCode } } } },
    });
    await db.prisma.monthlyActual.update({ where: { id: ratio.id }, data: { numerator: '98.50' } });

    const stored = await db.prisma.plan.findMany({
      where: { year: { gte: 2021, lt: 2026 }, unit: { code: unitCode } },
      orderBy: { year: 'asc' },
      select: {
        year: true,
        budgetTotal: true,
        indicators: { select: { code: true, actuals: { select: ACTUAL_SELECT } } },
        budgetExecutions: { select: { month: true, spent: true, planned: true } },
      },
    });
    expect(stored.length).toBeGreaterThan(1);
    const monthsOf = (plan: (typeof stored)[number], indicator: { code: string; isBudgetDerived: boolean }) =>
      indicatorMonthsOf(indicator, plan.indicators.find((i) => i.code === indicator.code)?.actuals ?? [], {
        budgetTotal: plan.budgetTotal,
        budgetMonths: plan.budgetExecutions,
      });
    const january = await getEntryMonth(leader, { unitCode, year: 2026, month: 1 });
    for (const row of january.rows) {
      expect(row.priorYears).toEqual(stored.map((p) => ({ year: p.year, months: monthsOf(p, row.indicator) })));
      expect(row.lastYear).toEqual(monthsOf(stored.at(-1)!, row.indicator));
      const december = stored
        .at(-1)!
        .indicators.find((i) => i.code === row.indicator.code)
        ?.actuals.find((a) => a.month === 12);
      expect(row.lastMonthDeviation).toEqual(december?.deviation ? { month: 12, ...december.deviation } : null);
    }
    const figures = january.rows.flatMap((r) => r.priorYears.flatMap((y) => y.months));
    expect(figures.some((m) => m.exact?.value === '1234567890123456.7')).toBe(true);
    expect(figures.some((m) => m.numerator === 98.5)).toBe(true);
    expect(january.rows.some((r) => r.lastMonthDeviation !== null)).toBe(true);
  });
});

describe('a month’s own year', () => {
  test('is the stored figures, notes and records of the year, exact texts included', async () => {
    const leader = await sessionUser(db, 'leader');
    const unitCode = '103603';
    const march = await db.prisma.monthlyActual.findFirstOrThrow({
      where: { month: 3, value: { not: null }, indicator: { plan: { year: 2026, unit: { code: unitCode } } } },
    });
    await db.prisma.monthlyActual.update({ where: { id: march.id }, data: { value: '1234567890123456.70' } });
    const stored = await db.prisma.indicator.findMany({
      where: { plan: { year: 2026, unit: { code: unitCode } } },
      select: { id: true, actuals: { orderBy: { month: 'asc' }, select: { ...ACTUAL_SELECT, note: true } } },
    });
    const april = await getEntryMonth(leader, { unitCode, year: 2026, month: 4 });
    expect(april.rows).toHaveLength(stored.length);
    for (const row of april.rows) {
      const actuals = stored.find((i) => i.id === row.indicator.id)!.actuals;
      const mine = actuals.find((a) => a.month === 4);
      const march = actuals.find((a) => a.month === 3);
      expect(row.months).toEqual(actuals.map(monthValueOf));
      expect(row.current).toEqual({
        value: decimalInputText(mine?.value),
        numerator: decimalInputText(mine?.numerator),
        denominator: decimalInputText(mine?.denominator),
        rating: mine?.rating ?? '',
        note: mine?.note ?? '',
      });
      expect(row.deviation).toEqual(mine?.deviation ?? null);
      expect(row.lastMonthDeviation).toEqual(march?.deviation ? { month: 3, ...march.deviation } : null);
    }
    expect(april.rows.some((r) => r.months.some((m) => m.exact?.value === '1234567890123456.7'))).toBe(true);
  });

  test('holds the indicators as stored, in the plan’s order, a monthly plan and awkward decimals included, and the spending', async () => {
    const leader = await sessionUser(db, 'leader');
    const unitCode = '103603';
    const where = { plan: { year: 2026, unit: { code: unitCode } } };
    const count = await db.prisma.indicator.findFirstOrThrow({ where: { ...where, kind: 'COUNT' } });
    const monthlyPlan = ['80.5', '70', '90.25', '100', '100', '100', '110', '110', '100', '90', '80', '69.25'];
    await db.prisma.indicator.update({
      where: { id: count.id },
      data: { shareMode: 'PLAN', monthlyPlan, target: '1250000.1000', sortOrder: 999 },
    });
    const stored = await db.prisma.indicator.findMany({ where, orderBy: { sortOrder: 'asc' } });
    const budget = await db.prisma.budgetExecution.findMany({ where: { plan: where.plan }, orderBy: { month: 'asc' } });
    const may = await getEntryMonth(leader, { unitCode, year: 2026, month: 5 });
    expect(may.rows.map((r) => r.indicator)).toEqual(
      stored.map((i) => ({
        ...indicatorInputOf(i),
        id: i.id,
        code: i.code,
        name: i.name,
        targetText: i.targetText,
        displayUnit: i.displayUnit,
        numeratorLabel: i.numeratorLabel,
        denominatorLabel: i.denominatorLabel,
        isMonitoring: i.isMonitoring,
      })),
    );
    expect(may.rows.at(-1)!.indicator).toMatchObject({
      id: count.id,
      shareMode: 'PLAN',
      target: 1250000.1,
      monthlyPlan: monthlyPlan.map(Number),
    });
    expect(budget.length).toBeGreaterThan(0);
    expect(may.budget.months).toEqual(budgetMonthsOf(budget));
    expect(may.budget.spent).toBe(decimalInputText(budget.find((b) => b.month === 5)?.spent));
  });
});

describe('several years of monthly detail, streamed', () => {
  test('holds every year’s rows of the one-year report, in order, and is audited', async () => {
    const evaluator = await sessionUser(db, 'evaluator');
    const params = { units: 'all' as const, year: 2026, approvedOnly: false };
    const streamed = await streamMonthlyXlsx(evaluator, params, 2025);
    const bytes = Buffer.from(await new Response(streamed.stream).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = sheet.getSheetValues().slice(3) as unknown[][];
    let expected: unknown[][] = [];
    for (const year of [2025, 2026]) {
      const { models } = await loadReportModels(evaluator, { ...params, kind: 'monthly', year, month: null });
      const block = models[0].sections[0].blocks[0];
      expected = [...expected, ...block.rows.map((r) => [year, ...block.columns.map((c) => r.cells[c.key] ?? null)])];
    }
    expect(rows).toHaveLength(expected.length);
    const plain = (v: unknown) => (v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v);
    rows.forEach((row, i) => {
      expect(row[1]).toBe(expected[i][0]);
      expect(row[2]).toBe(expected[i][1]);
      expect(row[5]).toBe(plain(expected[i][4]));
    });
    const audit = await db.prisma.auditEvent.findFirst({ where: { action: 'EXPORT' }, orderBy: { id: 'desc' } });
    expect(audit?.after).toMatchObject({ report: 'monthly', format: 'xlsx', bytes: bytes.byteLength });
  });

  test('refuses, before streaming, a range without plans', async () => {
    const evaluator = await sessionUser(db, 'evaluator');
    const error = await streamMonthlyXlsx(evaluator, { units: 'all', year: 2020, approvedOnly: true }, 2018).catch(
      (e: AppError) => e,
    );
    expect(textOf(error as AppError)).toMatch(/没有绩效目标/);
  });
});
