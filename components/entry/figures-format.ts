import type { IndicatorKind } from '@/lib/domain';

// Display of entry figures: counts with separators, rates as percentages to 2 decimals (rounded for display only).
export function formatFigure(value: number | null, kind: IndicatorKind, locale: string): string {
  if (value === null) return '—';
  if (kind === 'RATIO')
    return `${value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}
