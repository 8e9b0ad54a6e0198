// Number input for admin forms: "1,234.5", full-width digits and surrounding spaces are accepted.
import { z } from 'zod';
import { problem } from '@/lib/validation/issues';
import { normaliseNumberText } from '@/lib/validation/number';
import { dbId, INT4_MAX } from './ids';

/** Typed text through the one shared normaliser, thousands separators dropped: " 1,234 " → "1234". */
export function toPlainNumberText(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return value;
  return normaliseNumberText(value).replace(/,/g, '');
}

const blankToUndefined = (v: unknown) => {
  const text = toPlainNumberText(v);
  return text === '' || text === null ? undefined : text;
};

/** A non-negative decimal kept as an exact string: at most `places` decimals, at most `max`. */
export function decimalText(options: { places: number; max: number }) {
  const pattern = new RegExp(`^\\d+(\\.\\d{1,${options.places}})?$`);
  return z
    .string({ error: 'admin.errors.required' })
    .refine((s) => !s.startsWith('-'), 'admin.errors.negative')
    .refine((s) => s.startsWith('-') || pattern.test(s), problem('admin.errors.notNumber', { places: options.places }))
    .refine((s) => !pattern.test(s) || Number(s) <= options.max, problem('admin.errors.tooLarge', { max: options.max }))
    .transform((s) => s.replace(/^0+(?=\d)/, ''));
}

export const requiredDecimal = (options: { places: number; max: number }) =>
  z.preprocess(blankToUndefined, decimalText(options));
export const optionalDecimal = (options: { places: number; max: number }) =>
  z.preprocess(blankToUndefined, decimalText(options).optional());

/** An integer id from a form (a select's "" is no value). */
export const optionalId = z.preprocess((v) => (v === '' || v == null ? null : Number(v)), dbId.nullable());
export const requiredId = z.preprocess(
  (v) => (v === '' || v == null ? undefined : Number(v)),
  z.number({ error: 'admin.errors.required' }).int().positive().max(INT4_MAX),
);
/** A checkbox: present ("on") is true. */
export const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());
