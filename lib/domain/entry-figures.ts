import { type BudgetMonth, costControlMonths } from './budget';
import { isNum } from './decimal';
import { evaluateIndicator } from './evaluate-indicator';
import type { PriorYear } from './forecast-series';
import { monthRate } from './year-to-date';
import {
  DEFAULT_THRESHOLDS,
  type IndicatorInput,
  type IndicatorKind,
  type Likelihood,
  type MonthValue,
  type Status,
  type Thresholds,
} from './types';

export type EntryFigureInput = {
  indicator: IndicatorInput & { isBudgetDerived: boolean };
  month: number;
  // the stored months of the year; the entry month's stored figures are replaced by `current`
  months: readonly MonthValue[];
  lastYear?: readonly MonthValue[];
  /** earlier years: with enough of them the suggested likelihood comes from the forecast's probability */
  priorYears?: readonly PriorYear[];
  current: Omit<MonthValue, 'month'> | null;
  // for the budget-derived 成本控制率: the plan's budget, stored spending and the month's typed spending
  budget?: { total: number; months: readonly BudgetMonth[]; current: { spent: number | null; planned: number | null } };
  thresholds?: Thresholds;
  /** false: no forecast, so `likelihood` is the linear projection's (for callers that read only the statuses) */
  withForecast?: boolean;
};

export type EntryFigures = {
  monthFigure: number | null;
  ytd: number | null;
  status: Status;
  likelihood: Likelihood | null;
  needsDeviation: boolean;
};

const replaceMonth = <T extends { month: number }>(rows: readonly T[], month: number, row: T | null): T[] => [
  ...rows.filter((r) => r.month !== month),
  ...(row ? [row] : []),
];

// the figures the entry page shows while typing and the server checks on submission: month figure, YTD, status as of m
export const entryFigures = (input: EntryFigureInput): EntryFigures => {
  const { indicator, month, budget } = input;
  const months =
    indicator.isBudgetDerived && budget
      ? costControlMonths(budget.total, replaceMonth(budget.months, month, { month, ...budget.current }))
      : replaceMonth(input.months, month, input.current && { ...input.current, month });
  const figures = evaluateIndicator({
    indicator,
    months,
    lastYear: input.lastYear,
    priorYears: input.priorYears,
    asOf: month,
    thresholds: input.thresholds ?? DEFAULT_THRESHOLDS,
    // only the month's own figure is shown, not the month-by-month series (twelve evaluations a row otherwise)
    withMonthly: false,
    withForecast: input.withForecast,
  });
  return {
    monthFigure: monthFigure(
      months.find((mv) => mv.month === month),
      indicator.kind,
    ),
    ytd: figures.ytdValue,
    status: figures.status,
    likelihood: figures.likelihood,
    // 偏差说明 is required for every indicator whose YTD status as of m is not green
    needsDeviation: figures.status === 'YELLOW' || figures.status === 'RED',
  };
};

/** A stored month's own figure: a COUNT's value, a RATIO's month rate (no denominator: none); none for a rating. */
export const monthFigure = (mv: MonthValue | undefined, kind: IndicatorKind): number | null => {
  if (!mv) return null;
  if (kind === 'COUNT') return isNum(mv.value) ? mv.value : null;
  return kind === 'RATIO' ? monthRate(mv) : null;
};

export type PreviousFiguresInput = Pick<EntryFigureInput, 'indicator' | 'month' | 'months'> & {
  lastYear: readonly MonthValue[];
  budget?: { total: number; months: readonly BudgetMonth[] };
};

/**
 * 上月 and 去年同月 beside a month being entered: the stored month figures (January's last month is last December). A
 * budget-derived 成本控制率 reads spending over the planned amount, the default split where none was entered
 * (`costControlMonths`), and has no last month in January.
 */
export const previousFigures = ({ indicator, month, months, lastYear, budget }: PreviousFiguresInput) => {
  const kind = indicator.kind;
  const find = (rows: readonly MonthValue[], m: number) => rows.find((r) => r.month === m);
  if (indicator.isBudgetDerived) {
    const own = budget ? costControlMonths(budget.total, budget.months) : [];
    return { lastMonth: monthFigure(find(own, month - 1), kind), lastYear: monthFigure(find(lastYear, month), kind) };
  }
  const last = month === 1 ? find(lastYear, 12) : find(months, month - 1);
  return { lastMonth: monthFigure(last, kind), lastYear: monthFigure(find(lastYear, month), kind) };
};
