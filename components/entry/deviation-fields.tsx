'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Likelihood } from '@/lib/domain';
import { CAUSES, LIKELIHOODS } from '@/lib/domain/types';
import { deviationKey } from '@/lib/validation/entry';
import { TextField } from './text-field';

export type DeviationState = { causes: string[]; analysis: string; measures: string; likelihood: string };

type Props = {
  id: string;
  value: DeviationState;
  /** last month's record of the same indicator, offered as 沿用上月说明 */
  lastMonth?: (DeviationState & { month: number }) | null;
  suggested: Likelihood | null;
  errorsOf: (field: string) => string[] | undefined;
  isDisabled: boolean;
  onChange: (value: DeviationState) => void;
};

/** 偏差说明: causes, analysis, corrective measures and the likelihood (pre-filled from the engine's suggestion). */
export function DeviationFields({ id, value, lastMonth, suggested, errorsOf, isDisabled, onChange }: Props) {
  const t = useTranslations('entry');
  const [carriedFrom, setCarriedFrom] = useState<number | null>(null);
  const td = useTranslations('domain');
  const likelihood = value.likelihood || suggested || '';
  const toggle = (cause: string) =>
    onChange({
      ...value,
      causes: value.causes.includes(cause) ? value.causes.filter((c) => c !== cause) : [...value.causes, cause],
    });
  const causeErrors = errorsOf(deviationKey('causes'));
  return (
    <fieldset className="panel" style={{ minWidth: 0 }}>
      <legend>{t('deviation')}</legend>
      <p className="small muted">{t('deviationHint')}</p>
      {lastMonth && !isDisabled && (
        <p className="row">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              const { causes, analysis, measures, likelihood } = lastMonth;
              onChange({ causes: [...causes], analysis, measures, likelihood });
              setCarriedFrom(lastMonth.month);
            }}
          >
            {t('carryOver')}
          </button>
          {carriedFrom !== null && (
            <span className="small" role="status">
              {t('carriedOver', { month: carriedFrom })}
            </span>
          )}
        </p>
      )}
      <fieldset aria-describedby={causeErrors ? `${id}-causes-error` : undefined}>
        <legend>{t('causes')}</legend>
        <div className="row">
          {CAUSES.map((cause, i) => (
            <label key={cause}>
              <input
                id={i === 0 ? `${id}-causes` : undefined}
                type="checkbox"
                checked={value.causes.includes(cause)}
                disabled={isDisabled}
                onChange={() => toggle(cause)}
              />{' '}
              {td(`cause.${cause}`)}
            </label>
          ))}
        </div>
        {causeErrors && (
          <p className="field-error" id={`${id}-causes-error`}>
            {causeErrors.join(' ')}
          </p>
        )}
      </fieldset>
      <TextField
        id={`${id}-analysis`}
        label={t('analysis')}
        value={value.analysis}
        errors={errorsOf(deviationKey('analysis'))}
        isDisabled={isDisabled}
        isMultiline
        onChange={(analysis) => onChange({ ...value, analysis })}
      />
      <TextField
        id={`${id}-measures`}
        label={t('measures')}
        value={value.measures}
        errors={errorsOf(deviationKey('measures'))}
        isDisabled={isDisabled}
        isMultiline
        onChange={(measures) => onChange({ ...value, measures })}
      />
      <div className="field">
        <label htmlFor={`${id}-likelihood`}>{t('likelihood')}</label>
        <select
          id={`${id}-likelihood`}
          value={likelihood}
          disabled={isDisabled}
          onChange={(e) => onChange({ ...value, likelihood: e.target.value })}
        >
          {likelihood === '' && <option value="">{t('none')}</option>}
          {LIKELIHOODS.map((l) => (
            <option key={l} value={l}>
              {td(`likelihood.${l}`)}
            </option>
          ))}
        </select>
        {suggested && (
          <span className="small muted">{t('suggested', { likelihood: td(`likelihood.${suggested}`) })}</span>
        )}
        {errorsOf(deviationKey('likelihood')) && (
          <p className="field-error">{errorsOf(deviationKey('likelihood'))!.join(' ')}</p>
        )}
      </div>
    </fieldset>
  );
}
