'use client';

export type FieldProps = {
  id: string;
  label: string;
  value: string;
  errors?: string[];
  isDisabled?: boolean;
  isMultiline?: boolean;
  isNumeric?: boolean;
  onChange: (value: string) => void;
};

/** A labelled input (or textarea) with its field errors announced and linked by aria-describedby. */
export function TextField({ id, label, value, errors, isDisabled, isMultiline, isNumeric, onChange }: FieldProps) {
  const errorId = `${id}-error`;
  const common = {
    id,
    value,
    disabled: isDisabled,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': errors?.length ? errorId : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
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
