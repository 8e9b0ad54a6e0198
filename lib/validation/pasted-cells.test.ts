import { describe, expect, it } from 'vitest';
import { isMultiCellPaste, pastedCells } from './pasted-cells';

describe('pastedCells', () => {
  it('reads a column copied from Excel (CRLF, trailing line break), keeping separators and full-width digits', () => {
    expect(pastedCells('1,234\r\n１２，３４５\r\n 98.5 \r\n')).toEqual([['1,234'], ['１２，３４５'], ['98.5']]);
  });

  it('reads LF and CR line ends and tab-separated columns', () => {
    expect(pastedCells('1\t2\n3\t4\r5\t')).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', ''],
    ]);
  });

  it('keeps empty cells in place, so the rows below stay aligned', () => {
    expect(pastedCells('1\n\n3\n')).toEqual([['1'], [''], ['3']]);
  });

  it('unwraps a quoted cell holding a line break, a tab or doubled quotes', () => {
    expect(pastedCells('"第一行\n第二行"\t"说""明"\n"a\tb"\n')).toEqual([['第一行\n第二行', '说"明'], ['a\tb']]);
  });
});

describe('isMultiCellPaste', () => {
  it('is false for one value, with or without the trailing line break a spreadsheet adds', () => {
    expect(isMultiCellPaste('1,234')).toBe(false);
    expect(isMultiCellPaste('1,234\r\n')).toBe(false);
  });

  it('is true for a column or a row of cells', () => {
    expect(isMultiCellPaste('1\r\n2\r\n')).toBe(true);
    expect(isMultiCellPaste('1\t2')).toBe(true);
  });
});
