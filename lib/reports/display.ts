import { formatNumber, formatPercent } from '@/lib/format';
import { type Cell, type Column, isNumberCell } from './model';

/** The text of a cell on the print page and in the PDF: the same rounding as the XLSX number formats. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (!isNumberCell(cell)) return cell;
  const { value, format } = cell;
  if (format.kind === 'percent') return formatPercent(value, 'zh-CN', 2);
  if (format.kind === 'integer') return formatNumber(value, 'zh-CN', 0);
  return formatNumber(value, 'zh-CN', format.digits);
}

export function cellAlign(cell: Cell, column: Column): 'left' | 'center' | 'right' {
  if (column.align) return column.align;
  return isNumberCell(cell) ? 'right' : 'left';
}
