import type { EntryMonth } from '@/lib/data/entry';
import type { EntryFigures } from '@/lib/domain';
import type { RowState } from './entry-row';

/** The month as the form sends it (typed text; the shared schema normalises it on both sides). */
export function entryPayload(
  month: EntryMonth,
  rows: Record<number, RowState>,
  figures: EntryFigures[],
  budget: { spent: string; planned: string },
  version: number,
  intent: 'DRAFT' | 'SUBMIT',
) {
  return {
    unitCode: month.unit.code,
    year: month.year,
    month: month.month,
    version,
    intent,
    rows: month.rows.map((r, i) => {
      const s = rows[r.indicator.id];
      const deviation = { ...s.deviation, likelihood: s.deviation.likelihood || figures[i].likelihood || '' };
      return {
        indicatorId: r.indicator.id,
        label: r.indicator.name,
        numeratorLabel: r.indicator.numeratorLabel ?? '',
        denominatorLabel: r.indicator.denominatorLabel ?? '',
        value: s.value,
        numerator: s.numerator,
        denominator: s.denominator,
        rating: s.rating,
        note: s.note,
        deviation,
      };
    }),
    budget,
  };
}
