// Number input for admin forms: "1,234.5", full-width digits and surrounding spaces are accepted.
// (The monthly entry's lib/validation/numbers.ts normalises the same way; the lead may merge the two.)
import { z } from 'zod';
import { adminMessage } from '@/lib/validation/admin-messages';

export function normaliseNumberText(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return value;
  return value
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[,\uFF0C\s]/g, '');
}

const blankToUndefined = (v: unknown) => {
  const text = normaliseNumberText(v);
  return text === '' || text === null ? undefined : text;
};

/** A non-negative decimal kept as an exact string: at most `places` decimals, at most `max`. */
export function decimalText(options: { places: number; max: number }) {
  const pattern = new RegExp(`^\\d+(\\.\\d{1,${options.places}})?$`);
  return z
    .string({ error: adminMessage('errors.required') })
    .refine((s) => !s.startsWith('-'), adminMessage('errors.negative'))
    .refine((s) => s.startsWith('-') || pattern.test(s), adminMessage('errors.notNumber', { places: options.places }))
    .refine((s) => !pattern.test(s) || Number(s) <= options.max, adminMessage('errors.tooLarge', { max: options.max }))
    .transform((s) => s.replace(/^0+(?=\d)/, ''));
}

export const requiredDecimal = (options: { places: number; max: number }) => z.preprocess(blankToUndefined, decimalText(options));
export const optionalDecimal = (options: { places: number; max: number }) => z.preprocess(blankToUndefined, decimalText(options).optional());

/** An integer id from a form (a select's "" is no value). */
export const optionalId = z.preprocess((v) => (v === '' || v == null ? null : Number(v)), z.number().int().positive().nullable());
export const requiredId = z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number({ error: adminMessage('errors.required') }).int().positive());
/** A checkbox: present ("on") is true. */
export const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());
