'use client';

import { useTranslations } from 'next-intl';
import type { EntryRowData } from '@/lib/data/entry';
import { RATINGS } from '@/lib/domain/types';
import type { RowState } from './entry-row';
import { TextField } from './text-field';

type Props = {
  id: string;
  indicator: EntryRowData['indicator'];
  state: RowState;
  errorsOf: (field: string) => string[] | undefined;
  isReadOnly: boolean;
  set: (patch: Partial<RowState>) => void;
};

/** The two input cells of a row (grid columns a and b): value, numerator / denominator, rating, or nothing to type. */
export function RowInputs({ id, indicator, state, errorsOf, isReadOnly, set }: Props) {
  const t = useTranslations('entry');
  const td = useTranslations('domain');
  if (indicator.isBudgetDerived) return <p className="small muted entry-grid-span">{t('budgetDerivedShort')}</p>;
  if (indicator.kind === 'COUNT')
    return (
      <>
        <TextField
          id={`${id}-value`}
          label={t('value', { name: indicator.name, unit: t('baseUnit') })}
          value={state.value}
          errors={errorsOf('value')}
          isDisabled={isReadOnly}
          isNumeric
          isLabelHidden
          gridCol="a"
          onChange={(value) => set({ value })}
        />
        <span />
      </>
    );
  if (indicator.kind === 'RATIO')
    return (
      <>
        <TextField
          id={`${id}-numerator`}
          label={indicator.numeratorLabel ?? t('monthFigure')}
          value={state.numerator}
          errors={errorsOf('numerator')}
          isDisabled={isReadOnly}
          isNumeric
          gridCol="a"
          onChange={(numerator) => set({ numerator })}
        />
        <TextField
          id={`${id}-denominator`}
          label={indicator.denominatorLabel ?? t('monthFigure')}
          value={state.denominator}
          errors={errorsOf('denominator')}
          isDisabled={isReadOnly}
          isNumeric
          gridCol="b"
          onChange={(denominator) => set({ denominator })}
        />
      </>
    );
  return (
    <div className="field entry-grid-span">
      <label htmlFor={`${id}-rating`} className="sr-only">
        {t('rating')}
      </label>
      <select
        id={`${id}-rating`}
        data-grid-col="a"
        value={state.rating}
        disabled={isReadOnly}
        aria-invalid={errorsOf('rating') ? true : undefined}
        onChange={(e) => set({ rating: e.target.value })}
      >
        <option value="">{t('ratingNone')}</option>
        {RATINGS.map((r) => (
          <option key={r} value={r}>
            {td(`rating.${r}`)}
          </option>
        ))}
      </select>
      {errorsOf('rating') && <p className="field-error">{errorsOf('rating')!.join(' ')}</p>}
    </div>
  );
}
