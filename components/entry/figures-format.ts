import type { IndicatorKind } from '@/lib/domain';
import { formatNumberUpTo, formatPercent } from '@/lib/format';

// Display of entry figures: counts with separators, rates as percentages to 2 decimals (rounded for display only).
export function formatFigure(value: number | null, kind: IndicatorKind, locale: string): string {
  if (value === null) return '—';
  const formatLocale = locale === 'en' ? 'en' : 'zh-CN';
  if (kind === 'RATIO') return formatPercent(value, formatLocale, 2);
  return formatNumberUpTo(value, formatLocale, 2);
}
