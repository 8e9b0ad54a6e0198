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
    const grid = await getProgressGrid(await sessionUser(db, 'leader'), 2026, NOW);
    expect(grid).toHaveLength(10);
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
    const grid = await getProgressGrid(await sessionUser(db, 'manager-ningde'), 2026, NOW);
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

  test('the due summary counts per kind with a link: the queue for a leader, the oldest month for a manager', async () => {
    const leader = await sessionUser(db, 'leader');
    expect(await summariseDueItems(leader, NOW)).toEqual([
      { kind: 'REVIEW', count: (await listDueItems(leader, NOW)).length, href: '/review' },
    ]);
    expect(await summariseDueItems(await sessionUser(db, 'manager-ningde'), NOW)).toEqual([
      { kind: 'OVERDUE', count: 1, href: '/entry/2026/10?unit=350900' },
    ]);
    expect(await summariseDueItems(await sessionUser(db, 'manager'), NOW)).toEqual([]);
  });
});
