'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatFraction, formatNumber, type FormatLocale } from '@/lib/format';

type Entry = {
  dataKey?: string | number;
  name?: string | number;
  value?: unknown;
  color?: string;
  payload?: Record<string, unknown>;
};

/** Tooltip with the unit on every figure and `n / N` beside a month rate. */
export function ChartTooltip({
  active,
  payload,
  label,
  unit,
  digits,
}: {
  active?: boolean;
  payload?: readonly Entry[];
  label?: string | number;
  unit: string;
  digits: number;
}) {
  const locale = useLocale() as FormatLocale;
  const t = useTranslations('indicator');
  if (!active || !payload?.length) return null;
  const row = payload[0].payload ?? {};
  const fraction =
    typeof row.numerator === 'number' ? formatFraction(row.numerator, row.denominator as number, locale) : null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-title">{t('monthLabel', { month: Number(label) })}</div>
      {payload
        .filter((p) => typeof p.value === 'number')
        .map((p) => (
          <div key={String(p.dataKey)} style={{ color: p.color }}>
            {p.name}: {formatNumber(p.value as number, locale, digits)}
            {unit}
            {p.dataKey === 'value' && fraction && <span className="muted"> ({fraction})</span>}
          </div>
        ))}
    </div>
  );
}
