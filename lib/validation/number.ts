// The one place where numbers people type are normalised: 1,234,567 · １２３４ · full-width ，．－ · spaces.
export type NumberProblem = 'EMPTY' | 'NOT_A_NUMBER' | 'NEGATIVE' | 'TOO_PRECISE' | 'OUT_OF_RANGE';
export type ParsedNumber = { ok: true; value: string } | { ok: false; problem: NumberProblem };

/** A numeric column's shape: DECIMAL(precision, scale). */
export type DecimalColumn = { precision: number; scale: number };
export const VALUE_COLUMN: DecimalColumn = { precision: 18, scale: 2 };
export const MONEY_COLUMN: DecimalColumn = { precision: 14, scale: 2 };
/** A typed count (件, calls, visits): a whole number, within the 16 integer digits of the value column. */
export const COUNT_COLUMN: DecimalColumn = { precision: 16, scale: 0 };

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

// full-width digits/，/．/－/＋ → ASCII; every kind of white space removed at both ends
export function normaliseNumberText(raw: string): string {
  return raw
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/[\uff0c\u3001]/g, ',')
    .replace(/[\uff0e]/g, '.')
    .replace(/[\uff0d\u2212]/g, '-')
    .replace(/[\uff0b]/g, '+')
    .replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
}

const PLAIN = /^[+-]?\d+(\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Parses typed text into a canonical decimal string ("1234567.5") that fits the column, or says why not. */
export function parseNumberInput(raw: string | null | undefined, column: DecimalColumn = VALUE_COLUMN): ParsedNumber {
  const text = normaliseNumberText(raw ?? '');
  if (text === '') return { ok: false, problem: 'EMPTY' };
  if (!PLAIN.test(text) && !GROUPED.test(text)) return { ok: false, problem: 'NOT_A_NUMBER' };
  const unsigned = text.replace(/,/g, '').replace(/^[+-]/, '');
  const isNegative = text.startsWith('-') && /[1-9]/.test(unsigned);
  if (isNegative) return { ok: false, problem: 'NEGATIVE' };
  const [intPart, fraction = ''] = unsigned.split('.');
  const trimmedFraction = fraction.replace(/0+$/, '');
  if (trimmedFraction.length > column.scale) return { ok: false, problem: 'TOO_PRECISE' };
  const integer = intPart.replace(/^0+(?=\d)/, '');
  if (integer.length > column.precision - column.scale) return { ok: false, problem: 'OUT_OF_RANGE' };
  return { ok: true, value: trimmedFraction ? `${integer}.${trimmedFraction}` : integer };
}

/** The largest value a column holds, for messages ("9999999999999999.99", "9999999999999999"). */
export const columnMax = (column: DecimalColumn): string =>
  '9'.repeat(column.precision - column.scale) + (column.scale > 0 ? `.${'9'.repeat(column.scale)}` : '');
