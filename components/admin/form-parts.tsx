'use client';

import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/actions/admin-action';

/** A labelled field with its error under it, tied together for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children?: ReactNode;
  name?: string;
  type?: string;
  defaultValue?: string | number | null;
  autoComplete?: string;
  inputMode?: 'decimal' | 'numeric';
  required?: boolean;
}) {
  const describedBy =
    [props.error ? `${props.id}-error` : null, props.hint ? `${props.id}-hint` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {isValidElement(props.children) ? (
        // a custom control (select, textarea) gets the same error wiring as the default input
        cloneElement(props.children as ReactElement<Record<string, unknown>>, {
          'aria-invalid': props.error ? true : undefined,
          'aria-describedby': describedBy,
        })
      ) : (
        <input
          id={props.id}
          name={props.name ?? props.id}
          type={props.type ?? 'text'}
          defaultValue={props.defaultValue ?? undefined}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          required={props.required}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
      {props.hint && (
        <span id={`${props.id}-hint`} className="muted small">
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={`${props.id}-error`} className="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}

/** The form's overall outcome: the refusal in red, or the success text in green. */
export function FormMessage<T>({ state, okText }: { state: ActionResult<T> | null; okText?: string }) {
  if (!state) return null;
  if (!state.ok)
    return (
      <div className="form-error" role="alert">
        {state.message}
      </div>
    );
  return okText ? (
    <div className="form-ok" role="status">
      {okText}
    </div>
  ) : null;
}

export function SubmitButton({
  isPending,
  label,
  pendingLabel,
  variant,
}: {
  isPending: boolean;
  label: string;
  pendingLabel: string;
  variant?: 'secondary' | 'danger';
}) {
  return (
    <button className={variant ? `btn btn-${variant}` : 'btn'} type="submit" disabled={isPending}>
      {isPending ? pendingLabel : label}
    </button>
  );
}
