import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getProgressGrid, listDueItems, summariseDueItems } from '../../lib/data/progress';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';
import { sessionUser } from './entry-support';

// 2026-11-26 12:00 Shanghai: October was due on 2026-11-10, November is not yet due.
const NOW = new Date('2026-11-26T04:00:00Z');
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
});
afterAll(async () => db.drop());

describe('reporting discipline', () => {
  test('the grid shows each unit’s months, with overdue apart from the state', async () => {
    const { rows: grid, pageCount } = await getProgressGrid(await sessionUser(db, 'leader'), 2026, NOW);
    expect(grid).toHaveLength(10);
    expect(pageCount).toBe(1);
    const october = (code: string) => grid.find((r) => r.unitCode === code)!.cells[9];
    expect(october('103603')).toEqual({ month: 10, state: 'SUBMITTED', isOverdue: false });
    expect(october('350300')).toEqual({ month: 10, state: 'DRAFT', isOverdue: true });
    expect(october('350900')).toEqual({ month: 10, state: 'MISSING', isOverdue: true });
    const centre = grid.find((r) => r.unitCode === '103603')!.cells;
    expect(centre[8]).toEqual({ month: 9, state: 'APPROVED', isOverdue: false });
    expect(centre[10]).toEqual({ month: 11, state: 'MISSING', isOverdue: false });
    expect(centre[11]).toEqual({ month: 12, state: 'NOT_STARTED', isOverdue: false });
  });

  test('a manager sees only their unit', async () => {
    const { rows: grid } = await getProgressGrid(await sessionUser(db, 'manager-ningde'), 2026, NOW);
    expect(grid.map((r) => r.unitCode)).toEqual(['350900']);
  });

  test('due items: a manager’s overdue month; a leader’s months waiting for review', async () => {
    const ningde = await listDueItems(await sessionUser(db, 'manager-ningde'), NOW);
    expect(ningde).toEqual([
      expect.objectContaining({ kind: 'ENTRY', unitCode: '350900', year: 2026, month: 10, isOverdue: true }),
    ]);
    expect(await listDueItems(await sessionUser(db, 'manager'), NOW)).toEqual([]);
    const leader = await listDueItems(await sessionUser(db, 'leader'), NOW);
    expect(leader.every((i) => i.kind === 'REVIEW')).toBe(true);
    expect(leader.map((i) => i.unitCode).sort()).toEqual([
      '103603',
      '350100',
      '350200',
      '350500',
      '350600',
      '350700',
      '350800',
    ]);
  });

  test('the due summary counts per kind with a link: the queue and the overdue months of every unit for a leader, the oldest month for a manager', async () => {
    const leader = await sessionUser(db, 'leader');
    const overdueIn = async (year: number) =>
      (await getProgressGrid(leader, year, NOW)).rows.flatMap((r) => r.cells).filter((c) => c.isOverdue).length;
    const overdue = (await overdueIn(2026)) + (await overdueIn(2025));
    expect(overdue).toBe(3); // 莆田 (a draft), 三明 and 宁德: October
    expect(await summariseDueItems(leader, NOW)).toEqual([
      { kind: 'REVIEW', count: (await listDueItems(leader, NOW)).length, href: '/review', action: 'review' },
      { kind: 'OVERDUE', count: overdue, href: '/progress?year=2026', action: 'progress' },
    ]);
    expect(await summariseDueItems(await sessionUser(db, 'manager-ningde'), NOW)).toEqual([
      { kind: 'OVERDUE', count: 1, href: '/entry/2026/10?unit=350900', action: 'entry' },
    ]);
    expect(await summariseDueItems(await sessionUser(db, 'manager'), NOW)).toEqual([]);
  });

  test('a returned month is its own line for the manager, even one returned before it ended', async () => {
    const manager = await sessionUser(db, 'manager');
    const plan = await db.prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: '103603' } } });
    const setState = (month: number, state: 'RETURNED' | 'SUBMITTED') =>
      db.prisma.monthReport.upsert({
        where: { planId_month: { planId: plan.id, month } },
        update: { state },
        create: { planId: plan.id, month, state },
      });
    await setState(10, 'RETURNED');
    await setState(11, 'RETURNED');
    try {
      expect(await summariseDueItems(manager, NOW)).toEqual([
        { kind: 'RETURNED', count: 2, href: '/entry/2026/10?unit=103603', action: 'entry' },
      ]);
    } finally {
      await setState(10, 'SUBMITTED');
      await db.prisma.monthReport.delete({ where: { planId_month: { planId: plan.id, month: 11 } } });
    }
  });

  test('a province pages the grid 20 units at a time, in order, without repeats, the page number clamped', async () => {
    await db.prisma.unit.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        code: `P${String(i).padStart(4, '0')}`,
        name: `单位${i}`,
        sortOrder: 900 + i,
      })),
    });
    const leader = await sessionUser(db, 'leader');
    const first = await getProgressGrid(leader, 2026, NOW, 1);
    const second = await getProgressGrid(leader, 2026, NOW, 2);
    expect([first.total, first.pageCount, first.rows.length, second.rows.length]).toEqual([35, 2, 20, 15]);
    const codes = [...first.rows, ...second.rows].map((r) => r.unitCode);
    expect(new Set(codes).size).toBe(35);
    expect(codes.slice(-25)).toEqual(Array.from({ length: 25 }, (_, i) => `P${String(i).padStart(4, '0')}`));
    expect((await getProgressGrid(leader, 2026, NOW, 9)).page).toBe(2);
    expect((await getProgressGrid(leader, 2026, NOW, Number.MAX_SAFE_INTEGER)).page).toBe(2);
    expect((await getProgressGrid(leader, 2026, NOW, -3)).page).toBe(1);
  });
});
