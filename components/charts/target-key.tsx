'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ReferenceLine } from 'recharts';
import { formatNumber, type FormatLocale } from '@/lib/format';
import { SERIES } from './chart-config';

/** Names the reference lines under the chart (a label inside the plot would sit on the bars). */
export function TargetKey({
  target,
  originalTarget,
  unit,
  digits,
}: {
  target: number | null;
  originalTarget?: number | null;
  unit: string;
  digits: number;
}) {
  const t = useTranslations('indicator.series');
  const locale = useLocale() as FormatLocale;
  if (target === null) return null;
  const swatch = (color: string) => (
    <span aria-hidden="true" className="key-swatch" style={{ borderTopColor: color }} />
  );
  return (
    <p className="chart-key small" data-testid="target-key">
      <span>
        {swatch(SERIES.target.color)}
        {t('target')} {formatNumber(target, locale, digits)}
        {unit}
      </span>
      {originalTarget != null && originalTarget !== target && (
        <span>
          {swatch(SERIES.lastYear.color)}
          {t('originalTarget')} {formatNumber(originalTarget, locale, digits)}
          {unit}
        </span>
      )}
    </p>
  );
}

/** The target and, once adjusted, the original target as a chart's reference lines (TargetKey names them). */
export const targetLines = (target: number | null, originalTarget: number | null) => [
  target !== null && (
    <ReferenceLine
      key="target"
      y={target}
      stroke={SERIES.target.color}
      strokeDasharray={SERIES.target.dash}
      strokeWidth={2}
      ifOverflow="extendDomain"
    />
  ),
  originalTarget != null && originalTarget !== target && (
    <ReferenceLine
      key="original-target"
      y={originalTarget}
      stroke={SERIES.lastYear.color}
      strokeDasharray={SERIES.target.dash}
      ifOverflow="extendDomain"
    />
  ),
];
