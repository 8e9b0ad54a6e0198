// Display of entry figures: counts with separators, rates as percentages to 2 decimals (rounded for display only).
export function formatFigure(value: number | null, kind: 'COUNT' | 'RATIO' | 'QUALITATIVE', locale: string): string {
  if (value === null) return '—';
  if (kind === 'RATIO')
    return `${value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

// month rate or value of one stored month (null when absent or no denominator)
export function monthFigureOf(
  mv: { value?: number | null; numerator?: number | null; denominator?: number | null } | undefined,
  kind: 'COUNT' | 'RATIO' | 'QUALITATIVE',
): number | null {
  if (!mv) return null;
  if (kind === 'COUNT') return mv.value ?? null;
  if (kind === 'RATIO') return mv.numerator != null && mv.denominator ? (mv.numerator / mv.denominator) * 100 : null;
  return null;
}
