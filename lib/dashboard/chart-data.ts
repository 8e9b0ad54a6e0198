// Shapes an indicator's engine figures into plain chart rows (display units), for the client charts and their tables.
import {
  type Comparator,
  DEFAULT_THRESHOLDS,
  type IndicatorKind,
  monthRate,
  statusBand,
  type IndicatorFigures,
  type MonthValue,
  type Status,
} from '@/lib/domain';

export type ChartIndicator = {
  kind: IndicatorKind;
  comparator: Comparator;
  target: number | null;
  displayDivisor: number;
  lastYearMonths: MonthValue[];
  figures: Pick<IndicatorFigures, 'monthly' | 'projection'> &
    Partial<Pick<IndicatorFigures, 'forecast' | 'projectionMethod'>>;
};

/** The seasonal forecast's cumulative path from the as-of month to December, with its 80% band (display units). */
export type ForecastColumns = { forecast: number | null; forecastLow: number | null; forecastHigh: number | null };

export type RatioChartRow = {
  month: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  cumulative: number | null;
  lastYear: number | null;
  status: Status;
};

export type CountChartRow = {
  month: number;
  value: number | null;
  cumulative: number | null;
  expected: number | null;
  projection: number | null;
  lastYear: number | null;
  lastYearCumulative: number | null;
} & ForecastColumns;

/** RATIO: the running YTD rate to the as-of month, then the forecast cumulative rate to December. */
export type RateForecastRow = { month: number; cumulative: number | null } & ForecastColumns;

export type SparkPoint = { month: number; value: number | null };
export type Band = { from: number; to: number };

const scale = (x: number | null | undefined, divisor: number) => (x == null ? null : x / divisor);

/**
 * The yellow band on a RATIO's monthly chart: the status's own 预警 band for the effective comparator (`statusBand`),
 * so a rate inside it is 预警 and the status and the band agree at both edges; none for a count (its status judges the
 * pace, not the month's value) or without a target.
 */
export function yellowBand(
  indicator: Pick<ChartIndicator, 'kind' | 'comparator' | 'target'>,
  tolerancePp: number,
): Band | null {
  if (indicator.kind !== 'RATIO') return null;
  const band = statusBand('RATIO', indicator.comparator, indicator.target, {
    ...DEFAULT_THRESHOLDS,
    ratioTolerancePp: tolerancePp,
  });
  return band && { from: band.from, to: band.to };
}

/** The forecast path at a month, in display units; nulls before the as-of month or without a forecast. */
export function forecastColumns(indicator: ChartIndicator, month: number, divisor: number): ForecastColumns {
  const point = indicator.figures.forecast?.path.find((p) => p.month === month);
  return {
    forecast: scale(point?.forecast, divisor),
    forecastLow: scale(point?.low, divisor),
    forecastHigh: scale(point?.high, divisor),
  };
}

/** Months 1..12: the YTD rate to the as-of month, the forecast rate and its band from there to December. */
export function rateForecastRows(indicator: ChartIndicator): RateForecastRow[] {
  return Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    cumulative: indicator.figures.monthly[i]?.cumulative ?? null,
    ...forecastColumns(indicator, i + 1, 1),
  }));
}

/** Month rates, the running YTD rate and last year's month rate (同比), months 1..asOf. */
export function ratioChartRows(indicator: ChartIndicator): RatioChartRow[] {
  const lastYear = new Map(indicator.lastYearMonths.map((m) => [m.month, monthRate(m)]));
  return indicator.figures.monthly.map((m) => ({
    month: m.month,
    value: m.value,
    numerator: m.numerator,
    denominator: m.denominator,
    cumulative: m.cumulative,
    lastYear: lastYear.get(m.month) ?? null,
    status: m.status,
  }));
}

/**
 * Months 1..12 in display units: value, cumulative and 序时 expected to the as-of month, then the projection in force
 * (linear: straight from the as-of cumulative to the full-year projection; seasonal: the forecast's path) and the
 * seasonal forecast with its band; last year's values and running total.
 */
export function countChartRows(indicator: ChartIndicator): CountChartRow[] {
  const { monthly, projection } = indicator.figures;
  const d = indicator.displayDivisor;
  const asOf = monthly.length;
  const atAsOf = monthly[asOf - 1]?.cumulative ?? null;
  const lastYearValues = new Map(indicator.lastYearMonths.map((m) => [m.month, m.value ?? null]));
  let lastYearRunning: number | null = null;
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const row = monthly[i];
    const lastYear = lastYearValues.get(month) ?? null;
    if (lastYear !== null) lastYearRunning = (lastYearRunning ?? 0) + lastYear;
    const isLinear = indicator.figures.projectionMethod !== 'SEASONAL';
    const isProjected = isLinear && asOf < 12 && month >= asOf && atAsOf !== null && projection !== null;
    return {
      month,
      value: scale(row?.value, d),
      cumulative: scale(row?.cumulative, d),
      expected: scale(row?.expected, d),
      projection: isProjected
        ? scale(atAsOf + ((projection - atAsOf) * (month - asOf)) / (12 - asOf), d)
        : isLinear
          ? null
          : forecastColumns(indicator, month, d).forecast,
      lastYear: scale(lastYear, d),
      lastYearCumulative: lastYear === null ? null : scale(lastYearRunning, d),
      ...forecastColumns(indicator, month, d),
    };
  });
}

/** The monthly values for a tile's sparkline, in display units (rates as percent). */
export function sparkPoints(indicator: Pick<ChartIndicator, 'kind' | 'displayDivisor' | 'figures'>): SparkPoint[] {
  const d = indicator.kind === 'COUNT' ? indicator.displayDivisor : 1;
  return indicator.figures.monthly.map((m) => ({ month: m.month, value: scale(m.value, d) }));
}
