import { Decimal } from 'decimal.js';
import { toDec } from '@/lib/domain/decimal';
import { formatDecimalText, formatNumber, formatPercent } from '@/lib/format';
import { type Cell, type Column, type NumberCell, type NumberFormat, isNumberCell } from './model';

/** The decimals a number is read with: rates as percent with 2, money (万元) and decimals with theirs, counts none. */
export const displayDigits = (format: NumberFormat): number =>
  format.kind === 'percent' ? 2 : format.kind === 'integer' ? 0 : format.digits;

/**
 * A number cell rounded half up (四舍五入) to its display precision, in its column's unit, as exact decimal text
 * ("102.99", never "102.99999995117585"); `asFraction` gives a percent as the fraction spreadsheets store (4 digits).
 */
export function roundedText(cell: NumberCell, asFraction = false): string {
  const isFraction = asFraction && cell.format.kind === 'percent';
  const exact = cell.exact === undefined ? toDec(cell.value) : new Decimal(cell.exact);
  const value = isFraction ? exact.dividedBy(100) : exact;
  return value.toDecimalPlaces(displayDigits(cell.format) + (isFraction ? 2 : 0), Decimal.ROUND_HALF_UP).toFixed();
}

/** The text of a cell on the print page and in the PDF: the same rounding as the XLSX number formats. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (!isNumberCell(cell)) return cell;
  const { value, format } = cell;
  if (cell.exact !== undefined && format.kind !== 'percent')
    return formatDecimalText(roundedText(cell), 'zh-CN', displayDigits(format));
  if (format.kind === 'percent') return formatPercent(value, 'zh-CN', 2);
  if (format.kind === 'integer') return formatNumber(value, 'zh-CN', 0);
  return formatNumber(value, 'zh-CN', format.digits);
}

export function cellAlign(cell: Cell, column: Column): 'left' | 'center' | 'right' {
  if (column.align) return column.align;
  return isNumberCell(cell) ? 'right' : 'left';
}
