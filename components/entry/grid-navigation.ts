import type { ClipboardEvent, KeyboardEvent } from 'react';
import { isMultiCellPaste, pastedCells } from '@/lib/validation/pasted-cells';

// The grid's cells are the inputs marked data-grid-col inside a [data-grid-row]; navigation reads the page's order.
const CELL = '[data-grid-col]:not(:disabled)';

const cellsOf = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>(CELL));
const rowOf = (cell: HTMLElement) => cell.closest('[data-grid-row]');

/** The cell in the same column of the next (or previous) row that has one: where Enter goes and a paste flows. */
export function cellBelow(root: HTMLElement, cell: HTMLElement, step: 1 | -1 = 1): HTMLElement | undefined {
  const column = cell.dataset.gridCol;
  const cells = cellsOf(root).filter((c) => c.dataset.gridCol === column);
  return cells[cells.indexOf(cell) + step];
}

const nextInRow = (root: HTMLElement, cell: HTMLElement) => {
  const cells = cellsOf(root);
  const next = cells[cells.indexOf(cell) + 1];
  return next && rowOf(next) === rowOf(cell) ? next : undefined;
};

const focusCell = (cell: HTMLElement | undefined) => {
  if (!cell) return false;
  cell.focus();
  if (cell instanceof HTMLInputElement) cell.select();
  return true;
};

/**
 * Enter / Shift+Enter: same column, next / previous row. Tab: the next cell, the next row's first after the last;
 * when the row's deviation record is open under it, Tab goes into the record (the browser's own order).
 */
export function onGridKeyDown(event: KeyboardEvent<HTMLElement>) {
  const cell = event.target as HTMLElement;
  if (!cell.matches(CELL) || event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
  const root = event.currentTarget;
  if (event.key === 'Enter') {
    event.preventDefault();
    focusCell(cellBelow(root, cell, event.shiftKey ? -1 : 1));
  } else if (event.key === 'Tab' && !event.shiftKey) {
    const cells = cellsOf(root);
    const next = cells[cells.indexOf(cell) + 1];
    const leavesRowWithRecord = next && rowOf(next) !== rowOf(cell) && rowOf(cell)?.querySelector('[data-deviation]');
    if (next && !leavesRowWithRecord && focusCell(next)) event.preventDefault();
  }
}

/** The cell text a pasted value becomes: a select takes the option whose value or text matches, or stays as it is. */
const cellText = (cell: HTMLElement, text: string): string | null => {
  if (!(cell instanceof HTMLSelectElement)) return text;
  const option = Array.from(cell.options).find((o) => o.value !== '' && (o.value === text || o.text.trim() === text));
  return option ? option.value : null;
};

/**
 * A block pasted from a spreadsheet fills from the cell it lands in: each pasted row goes to the next row down (the
 * rows Enter visits), each pasted column to the next cell of that row. A single value is the browser's own paste.
 */
export function gridPaste(event: ClipboardEvent<HTMLElement>, onCells: (cells: [string, string][]) => void) {
  const start = event.target as HTMLElement;
  const text = event.clipboardData.getData('text/plain');
  if (!start.matches(CELL) || !isMultiCellPaste(text)) return;
  event.preventDefault();
  const root = event.currentTarget;
  const filled: [string, string][] = [];
  let rowStart: HTMLElement | undefined = start;
  for (const values of pastedCells(text)) {
    let cell: HTMLElement | undefined = rowStart;
    for (const value of values) {
      if (!cell) break;
      const typed = cellText(cell, value);
      if (typed !== null) filled.push([cell.id, typed]);
      cell = nextInRow(root, cell);
    }
    rowStart = rowStart && cellBelow(root, rowStart);
    if (!rowStart) break;
  }
  onCells(filled);
}
