import { isMonthStarted } from '@/lib/domain/month-cycle';

// The dashboard's URL state (?unit=&year=&month=), parsed leniently: anything unknown falls back to a default.
export type DashboardParams = { unit: string | 'all'; year: number; month: number | null };
export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export function parseMonth(value: string | string[] | undefined): number | null {
  const text = first(value)?.trim();
  if (!text || !/^\d{1,2}$/.test(text)) return null;
  const month = Number(text);
  return month >= 1 && month <= 12 ? month : null;
}

type Today = { year: number; month: number };

/**
 * The as-of months the picker offers for a year: those that have begun (Asia/Shanghai `today`), all twelve of a past
 * year; a year that has not begun offers January only, the month its empty dashboard shows.
 */
export function asOfMonthsOf(year: number, today: Today): number[] {
  const months = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => isMonthStarted(year, m, today));
  return months.length > 0 ? months : [1];
}

/**
 * years: the plan years the user may see, newest first; units: the codes the user may see;
 * defaultUnit: the user's own unit when visible. 'all' is offered only when more than one unit is visible.
 * A month the picker does not offer (one that has not begun) falls back to the default, like an unknown one.
 */
export function parseDashboardParams(
  search: SearchParams,
  options: { years: number[]; units: string[]; defaultUnit: string | null; today: Today },
): DashboardParams {
  const requestedYear = Number(first(search.year));
  const currentYear = options.today.year;
  const year = options.years.includes(requestedYear)
    ? requestedYear
    : options.years.includes(currentYear)
      ? currentYear
      : (options.years[0] ?? currentYear);
  const requestedUnit = first(search.unit);
  const canSeeAll = options.units.length > 1;
  const fallback =
    options.defaultUnit && options.units.includes(options.defaultUnit) ? options.defaultUnit : (options.units[0] ?? '');
  const unit =
    requestedUnit === 'all' && canSeeAll
      ? 'all'
      : requestedUnit && options.units.includes(requestedUnit)
        ? requestedUnit
        : fallback;
  const month = parseMonth(search.month);
  return { unit, year, month: month !== null && asOfMonthsOf(year, options.today).includes(month) ? month : null };
}

/** A bookmarkable dashboard address. */
export function dashboardHref(params: { unit: string; year: number; month: number | null }): string {
  const query = new URLSearchParams({ unit: params.unit, year: String(params.year) });
  if (params.month !== null) query.set('month', String(params.month));
  return `/?${query.toString()}`;
}

/** The ranking table's URL state (?sort=&dir=&page=); unknown values: the total score, best first, page 1. */
export function parseRankingParams(
  search: SearchParams,
  columns: { key: string; isHigherBetter: boolean }[],
): { key: string; direction: 'asc' | 'desc'; page: number } {
  const requested = first(search.sort);
  const column = columns.find((c) => c.key === requested) ?? (requested === 'unit' ? null : columns[0]);
  const key = column ? column.key : 'unit';
  const dir = first(search.dir);
  const best = column && !column.isHigherBetter ? 'asc' : key === 'unit' ? 'asc' : 'desc';
  const direction = dir === 'asc' || dir === 'desc' ? dir : best;
  const page = Number(first(search.page));
  return { key, direction, page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

/** The dashboard address of another sort or page of the ranking, keeping unit / year / month. */
export function rankingHref(
  selection: { unit: string; year: number; month: number | null },
  ranking: { key: string; direction: 'asc' | 'desc'; page: number },
): string {
  const query = new URLSearchParams({ unit: selection.unit, year: String(selection.year) });
  if (selection.month !== null) query.set('month', String(selection.month));
  query.set('sort', ranking.key);
  query.set('dir', ranking.direction);
  if (ranking.page > 1) query.set('page', String(ranking.page));
  return `/?${query.toString()}#compare-title`;
}
