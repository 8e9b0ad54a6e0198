'use client';

import { useLocale } from 'next-intl';
import { formatTypedNumber } from '@/lib/format';
import { toLocale } from '@/lib/i18n/config';

export type FieldProps = {
  id: string;
  label: string;
  value: string;
  errors?: string[];
  isDisabled?: boolean;
  isMultiline?: boolean;
  isNumeric?: boolean;
  /** the label is read by assistive technology only (the grid's column heading says it on screen) */
  isLabelHidden?: boolean;
  /** the grid column this input is a cell of (keyboard moves and pastes follow it) */
  gridCol?: string;
  onChange: (value: string) => void;
};

/**
 * A labelled input (or textarea) with its field errors announced and linked by aria-describedby. A read-only figure
 * is shown with thousands separators, like the computed ones beside it; an editable one shows what is typed.
 */
export function TextField(props: FieldProps) {
  const { id, label, value, errors, isDisabled, isMultiline, isNumeric, isLabelHidden, gridCol, onChange } = props;
  const locale = toLocale(useLocale());
  const errorId = `${id}-error`;
  const common = {
    id,
    'data-grid-col': gridCol,
    value: isNumeric && isDisabled ? formatTypedNumber(value, locale) : value,
    disabled: isDisabled,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': errors?.length ? errorId : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id} className={isLabelHidden ? 'sr-only' : undefined}>
        {label}
      </label>
      {isMultiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={isNumeric ? 'decimal' : undefined}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {errors?.length ? (
        <p className="field-error" id={errorId}>
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
