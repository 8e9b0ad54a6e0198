'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { EntryRowData } from '@/lib/data/entry';
import type { EntryFigures } from '@/lib/domain';
import { hasDeviationContent } from '@/lib/validation/entry';
import { DeviationFields, type DeviationState } from './deviation-fields';
import { RowFigures } from './row-figures';
import { RowInputs } from './row-inputs';
import { TextField } from './text-field';

export type RowState = {
  value: string;
  numerator: string;
  denominator: string;
  rating: string;
  note: string;
  deviation: DeviationState;
};

type Props = {
  row: EntryRowData;
  month: number;
  state: RowState;
  figures: EntryFigures;
  previous: { lastMonth: number | null; lastYear: number | null };
  errorsOf: (field: string) => string[] | undefined;
  isReadOnly: boolean;
  onChange: (state: RowState) => void;
  /** the row's evidence files (佐证材料), mounted by the form */
  evidence?: ReactNode;
};

/**
 * One indicator of the month as a line of the grid (inputs, the engine's live figures and status, note), with its
 * deviation record opening under it when the indicator is off target, and its evidence files.
 */
export function EntryRow({ row, month, state, figures, previous, errorsOf, isReadOnly, onChange, evidence }: Props) {
  const t = useTranslations('entry');
  const { indicator } = row;
  const id = `r${indicator.id}`;
  const set = (patch: Partial<RowState>) => onChange({ ...state, ...patch });
  return (
    <div role="group" aria-labelledby={`${id}-name`} className="entry-grid-row" data-grid-row>
      <div className="entry-grid-line">
        <div className="entry-grid-name">
          <span id={`${id}-name`}>{indicator.name}</span>
          <span className="small muted">
            {' '}
            {t('target')}: {indicator.targetText} {indicator.isMonitoring && `· ${t('monitoring')}`}
          </span>
        </div>
        <RowInputs id={id} indicator={indicator} state={state} errorsOf={errorsOf} isReadOnly={isReadOnly} set={set} />
        <RowFigures id={id} kind={indicator.kind} month={month} figures={figures} previous={previous} />
        <TextField
          id={`${id}-note`}
          label={t('noteLabel', { name: indicator.name })}
          value={state.note}
          errors={errorsOf('note')}
          isDisabled={isReadOnly}
          isLabelHidden
          gridCol="note"
          onChange={(note) => set({ note })}
        />
      </div>
      {(figures.needsDeviation || hasDeviationContent(state.deviation)) && (
        <div data-deviation>
          <DeviationFields
            id={id}
            value={state.deviation}
            lastMonth={row.lastMonthDeviation}
            suggested={figures.likelihood}
            errorsOf={errorsOf}
            isDisabled={isReadOnly}
            onChange={(deviation) => set({ deviation })}
          />
        </div>
      )}
      {evidence}
    </div>
  );
}
