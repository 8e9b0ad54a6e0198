'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { EntryRowData } from '@/lib/data/entry';
import type { EntryFigures } from '@/lib/domain';
import { RATINGS } from '@/lib/domain/types';
import { DeviationFields, type DeviationState } from './deviation-fields';
import { formatFigure } from './figures-format';
import { StatusBadge } from '@/components/ui/status-badge';
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
 * One indicator of the month: the inputs its kind needs, the live month/YTD figures and status, and its deviation
 * record.
 */
export function EntryRow({ row, month, state, figures, previous, errorsOf, isReadOnly, onChange, evidence }: Props) {
  const t = useTranslations('entry');
  const td = useTranslations('domain');
  const locale = useLocale();
  const { indicator } = row;
  const id = `r${indicator.id}`;
  const set = (patch: Partial<RowState>) => onChange({ ...state, ...patch });
  const hasDeviationContent =
    state.deviation.causes.length > 0 || state.deviation.analysis !== '' || state.deviation.measures !== '';
  const fmt = (v: number | null) => formatFigure(v, indicator.kind, locale);
  return (
    <fieldset className="panel" style={{ minWidth: 0 }} aria-labelledby={`${id}-name`}>
      <legend id={`${id}-name`}>{indicator.name}</legend>
      <p className="small muted">
        {t('target')}: {indicator.targetText} {indicator.isMonitoring && `· ${t('monitoring')}`}
      </p>
      <div className="grid">
        {indicator.isBudgetDerived && <p className="small">{t('budgetDerived')}</p>}
        {!indicator.isBudgetDerived && indicator.kind === 'COUNT' && (
          <TextField
            id={`${id}-value`}
            label={t('value', { name: indicator.name, unit: t('baseUnit') })}
            value={state.value}
            errors={errorsOf('value')}
            isDisabled={isReadOnly}
            isNumeric
            onChange={(value) => set({ value })}
          />
        )}
        {!indicator.isBudgetDerived && indicator.kind === 'RATIO' && (
          <>
            <TextField
              id={`${id}-numerator`}
              label={indicator.numeratorLabel ?? t('monthFigure')}
              value={state.numerator}
              errors={errorsOf('numerator')}
              isDisabled={isReadOnly}
              isNumeric
              onChange={(numerator) => set({ numerator })}
            />
            <TextField
              id={`${id}-denominator`}
              label={indicator.denominatorLabel ?? t('monthFigure')}
              value={state.denominator}
              errors={errorsOf('denominator')}
              isDisabled={isReadOnly}
              isNumeric
              onChange={(denominator) => set({ denominator })}
            />
          </>
        )}
        {indicator.kind === 'QUALITATIVE' && (
          <div className="field">
            <label htmlFor={`${id}-rating`}>{t('rating')}</label>
            <select
              id={`${id}-rating`}
              value={state.rating}
              disabled={isReadOnly}
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
        )}
        <dl className="small" aria-live="polite">
          <dt>{t('monthFigure')}</dt>
          <dd className="num" data-testid={`${id}-month`}>
            {fmt(figures.monthFigure)}
          </dd>
          <dt>{t('ytd', { month })}</dt>
          <dd className="num">{fmt(figures.ytd)}</dd>
          <dt>{t('status')}</dt>
          <dd>
            <StatusBadge status={figures.status} />
          </dd>
          <dt>
            {t('lastMonth')} / {t('lastYear')}
          </dt>
          <dd className="num">
            {fmt(previous.lastMonth)} / {fmt(previous.lastYear)}
          </dd>
        </dl>
      </div>
      <TextField
        id={`${id}-note`}
        label={t('noteLabel', { name: indicator.name })}
        value={state.note}
        errors={errorsOf('note')}
        isDisabled={isReadOnly}
        onChange={(note) => set({ note })}
      />
      {(figures.needsDeviation || hasDeviationContent) && (
        <DeviationFields
          id={id}
          value={state.deviation}
          lastMonth={row.lastMonthDeviation}
          suggested={figures.likelihood}
          errorsOf={errorsOf}
          isDisabled={isReadOnly}
          onChange={(deviation) => set({ deviation })}
        />
      )}
      {evidence}
    </fieldset>
  );
}
