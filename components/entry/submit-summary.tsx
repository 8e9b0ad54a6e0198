'use client';

import { useTranslations } from 'next-intl';
import type { EntryMonth } from '@/lib/data/entry';
import { CONFIRM_IMPLAUSIBLE, MONTH_ROW_FIELDS } from '@/lib/validation/month-figures';

export type SummaryItem = { fieldId: string | null; place: string; message: string };

const FIELD_ORDER: readonly string[] = MONTH_ROW_FIELDS;

/**
 * Field errors (`rows.3.deviation.analysis`, `rows.id7.value`, `budget.spent`) as the list a person works through:
 * where (indicator · field), why, and the id of the input to focus.
 */
export function useSummaryItems(month: EntryMonth, errors: Record<string, string[]>): SummaryItem[] {
  const t = useTranslations('entry');
  const fieldName = (field: string, row: EntryMonth['rows'][number]) =>
    field === 'numerator'
      ? (row.indicator.numeratorLabel ?? t('monthFigure'))
      : field === 'denominator'
        ? (row.indicator.denominatorLabel ?? t('monthFigure'))
        : field === 'value'
          ? t('monthFigure')
          : field === 'note'
            ? t('note')
            : t(field as 'rating' | 'causes' | 'analysis' | 'measures' | 'likelihood');
  const ranked = Object.entries(errors).map(([key, messages]) => {
    const message = messages.join(' ');
    if (key === CONFIRM_IMPLAUSIBLE)
      return {
        rank: [1e6, 0],
        item: { fieldId: 'entry-confirm-implausible', place: t('confirmImplausibleLabel'), message },
      };
    if (key.startsWith('budget.')) {
      const field = key.slice('budget.'.length) as 'spent' | 'planned';
      return { rank: [-1, 0], item: { fieldId: `budget-${field}`, place: t(field), message } };
    }
    const match = /^rows\.(?:(\d+)|id(\d+))(?:\.(?:deviation\.)?([a-z]+))?/i.exec(key);
    const index = match?.[1] ? Number(match[1]) : month.rows.findIndex((r) => r.indicator.id === Number(match?.[2]));
    const row = match ? month.rows[index] : undefined;
    const field = match?.[3];
    if (!row) return { rank: [1e6, 0], item: { fieldId: null, place: '', message } };
    const place = field ? `${row.indicator.name} · ${fieldName(field, row)}` : row.indicator.name;
    const fieldId = field ? `r${row.indicator.id}-${field}` : null;
    return { rank: [index, FIELD_ORDER.indexOf(field ?? '')], item: { fieldId, place, message } };
  });
  ranked.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]);
  return ranked.map((r) => r.item);
}

const focusField = (id: string) => {
  const element = document.getElementById(id);
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
};

/** The list at the top of the form: each missing or invalid item a link that jumps to and focuses its field. */
export function SubmitSummary({ heading, items }: { heading: string; items: SummaryItem[] }) {
  return (
    <section className="panel form-error" aria-labelledby="submit-summary-title" data-testid="submit-summary">
      <h2 id="submit-summary-title">{heading}</h2>
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(item.fieldId!);
                }}
              >
                {item.place}
              </a>
            ) : (
              item.place
            )}
            {item.place && '：'}
            {item.message}
          </li>
        ))}
      </ol>
    </section>
  );
}
