'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { EntryFigures } from '@/lib/domain';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatFigure } from './figures-format';

type Props = {
  id: string;
  kind: 'COUNT' | 'RATIO' | 'QUALITATIVE';
  month: number;
  figures: EntryFigures;
  previous: { lastMonth: number | null; lastYear: number | null };
};

/**
 * The computed cells of a row (the engine's month figure, to-date figure and status, last month, same month last
 * year). Each says what it is to a screen reader; the grid's heading row says it on screen.
 */
export function RowFigures({ id, kind, month, figures, previous }: Props) {
  const t = useTranslations('entry');
  const locale = useLocale();
  const fmt = (v: number | null) => formatFigure(v, kind, locale);
  const cell = (label: string, value: number | null, testId?: string) => (
    <span className="num" data-testid={testId}>
      <span className="sr-only">{label} </span>
      {fmt(value)}
    </span>
  );
  return (
    <>
      {cell(t('monthFigure'), figures.monthFigure, `${id}-month`)}
      {cell(t('ytd', { month }), figures.ytd)}
      <span>
        <span className="sr-only">{t('status')} </span>
        <StatusBadge status={figures.status} />
      </span>
      {cell(t('lastMonth'), previous.lastMonth)}
      {cell(t('lastYear'), previous.lastYear)}
    </>
  );
}
