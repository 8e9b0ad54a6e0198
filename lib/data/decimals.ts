// The one conversion of stored decimals (Prisma.Decimal columns and SUMs, or numbers and decimal texts already read):
// to the engine's numbers and to exact texts for forms and files. Read in normal notation, never exponential.

/** A decimal as the database driver or a form hands it over. */
export type StoredDecimal = { toFixed(): string } | number | string;

/** The exact decimal text: Decimal("1E-7") → "0.0000001"; a number or a text as it is. */
export const decimalText = (d: StoredDecimal): string => (typeof d === 'object' ? d.toFixed() : String(d));

/** decimalText, or null for no value. */
export const decimalTextOrNull = (d: StoredDecimal | null | undefined): string | null =>
  d == null ? null : decimalText(d);

/** The engine's number (its shortest decimal form); null for no value. */
export const decimalNumber = (d: StoredDecimal | null | undefined): number | null =>
  d == null ? null : Number(decimalText(d));

/** Whether a decimal text has more significant digits than a JS number holds exactly (15). */
export const exceedsNumber = (text: string): boolean =>
  text
    .replace(/^[-+]?0*/, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '').length > 15;

/** The text a form field starts with: the exact decimal, or empty for no value. */
export const decimalInputText = (d: StoredDecimal | null | undefined): string => decimalTextOrNull(d) ?? '';
