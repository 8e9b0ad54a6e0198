// The one place for chart colours, series names (message keys in indicator.series.*), line styles and sizes.
import type { Status } from '@/lib/domain';

export const STATUS_COLORS: Record<Status, string> = {
  GREEN: '#146c2e',
  YELLOW: '#b7791f',
  RED: '#b42318',
  OVERDUE: '#6b21a8',
  NO_DATA: '#9aa5b1',
};

export const SERIES = {
  value: { label: 'value', color: '#0b5cad' },
  cumulative: { label: 'cumulative', color: '#0b5cad' },
  ytdRate: { label: 'ytdRate', color: '#0f2744' },
  expected: { label: 'expected', color: '#52606d', dash: '6 4' },
  projection: { label: 'projection', color: '#7c3aed', dash: '2 4' },
  lastYear: { label: 'lastYear', color: '#9aa5b1', dash: '4 3' },
  lastYearCumulative: { label: 'lastYearCumulative', color: '#9aa5b1', dash: '4 3' },
  target: { label: 'target', color: '#b42318', dash: '8 4' },
  band: { label: 'band', color: '#fff4d6', stroke: '#f3d48a' },
  forecast: { label: 'forecast', color: '#c2410c', dash: '5 3' },
  forecastBand: { label: 'forecastBand', color: '#fbd5bd' },
} as const;

export type SeriesKey = keyof typeof SERIES;

export const CHART_HEIGHT = 280;
export const SPARK_HEIGHT = 44;
export const CHART_MARGIN = { top: 12, right: 16, bottom: 4, left: 4 };
