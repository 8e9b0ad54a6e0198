// Sorting and ranking of the unit comparison table: best first by the indicator's comparator, no data last.
export type SortDirection = 'asc' | 'desc';
export type RankedValue = number | string | null;

/** Orders rows by a value; null (no data) always goes last, ties keep their order. */
export function sortBy<T>(rows: readonly T[], value: (row: T) => RankedValue, direction: SortDirection): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1;
      const order =
        typeof a.v === 'string' || typeof b.v === 'string'
          ? String(a.v).localeCompare(String(b.v), 'zh-CN')
          : a.v - b.v;
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((x) => x.row);
}

/** Competition ranks (1, 2, 2, 4), best first; rows without a value get no rank. */
export function ranks(values: readonly (number | null)[], isHigherBetter: boolean): (number | null)[] {
  return values.map((v) => {
    if (v === null) return null;
    return 1 + values.filter((other) => other !== null && (isHigherBetter ? other > v : other < v)).length;
  });
}

/** The direction a first click sorts in: best first. */
export const bestFirst = (isHigherBetter: boolean): SortDirection => (isHigherBetter ? 'desc' : 'asc');

/** The next sort after clicking a column: a new column sorts best first, the same column flips. */
export function nextSort(
  current: { key: string; direction: SortDirection },
  key: string,
  isHigherBetter: boolean,
): { key: string; direction: SortDirection } {
  if (current.key !== key) return { key, direction: bestFirst(isHigherBetter) };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

export const RANKING_PAGE_SIZE = 20;

export type RankingQuery = { key: string; direction: SortDirection; page: number };

/**
 * One page of the ranking: every row sorted and ranked by the column (competition ranks over all rows, not the page),
 * then cut to the page; the page is clamped to the pages there are.
 */
export function rankingPage<T>(
  rows: readonly T[],
  options: {
    query: RankingQuery;
    value: (row: T) => RankedValue;
    isHigherBetter: boolean;
    pageSize?: number;
  },
): { rows: { row: T; rank: number | null }[]; page: number; pageCount: number } {
  const { query, value, isHigherBetter, pageSize = RANKING_PAGE_SIZE } = options;
  const rankOf = new Map(
    ranks(
      rows.map((r) => {
        const v = value(r);
        return typeof v === 'number' ? v : null;
      }),
      isHigherBetter,
    ).map((rank, i) => [rows[i], rank]),
  );
  const sorted = sortBy(rows, value, query.direction);
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const page = Math.min(Math.max(1, query.page), pageCount);
  return {
    rows: sorted.slice((page - 1) * pageSize, page * pageSize).map((row) => ({ row, rank: rankOf.get(row) ?? null })),
    page,
    pageCount,
  };
}
