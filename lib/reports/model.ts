// The neutral table model every report is built into once, and every renderer (xlsx, csv, pdf, print page)
// draws from, so each format holds the same numbers. Numbers are kept in the display unit of their column
// (万元, 万件, percent as 90.12) and only formatted by the renderers.

export const REPORT_KINDS = ['monitoring', 'self-evaluation', 'monthly'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export type NumberFormat = { kind: 'integer' } | { kind: 'decimal'; digits: number } | { kind: 'percent' };
/** `exact`: the stored decimal text where `value` (a JS number) cannot hold every digit; renderers write it instead. */
export type NumberCell = { value: number; format: NumberFormat; exact?: string };
/** null = empty; a string is text (marks are the text '√'). */
export type Cell = null | string | NumberCell;

export type Column = {
  key: string;
  label: string;
  /** a merged header above consecutive columns of the same group, as on the paper forms */
  group?: string;
  /** relative width, in about one CJK character each */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** never wrapped (codes): the PDF widens the column to its longest text */
  noWrap?: boolean;
};

export type ReportRow = { cells: Record<string, Cell>; isEmphasis?: boolean };
export type ReportBlock = { key: string; title: string | null; columns: Column[]; rows: ReportRow[] };
/** A chart drawn by the PDF renderer (the other formats carry the same figures in their tables). */
export type ChartLine = { label: string; values: (number | null)[]; style: 'solid' | 'dashed' | 'dotted' };
export type ReportChart = {
  /** the indicator and what is drawn */
  title: string;
  unit: string;
  digits: number;
  /** one value per month 1–12 (null = nothing that month) */
  bars: { label: string; values: (number | null)[] } | null;
  lines: ChartLine[];
  target: { label: string; value: number } | null;
};

export type ReportSection = {
  unit: { code: string; name: string } | null;
  lines: string[];
  blocks: ReportBlock[];
  /** the unit's indicator charts (form reports) */
  charts?: ReportChart[];
};

export type ReportMeta = {
  year: number;
  asOf: number;
  approvedOnly: boolean;
  generatedAt: Date;
  generatedBy: string;
  units: { code: string; name: string }[];
};

export type ReportModel = {
  kind: ReportKind;
  title: string;
  sheetName: string;
  meta: ReportMeta;
  /** the title block: unit(s), year, as-of month, generated at / by, whether unapproved months are included */
  metaLines: string[];
  /** form: one section per unit, each a paper form; flat: one table (one header) for all units */
  layout: 'form' | 'flat';
  sections: ReportSection[];
};

export const MARK = '√';

export const integer = (value: number): NumberCell => ({ value, format: { kind: 'integer' } });
export const decimal = (value: number, digits = 2): NumberCell => ({ value, format: { kind: 'decimal', digits } });
export const percent = (value: number): NumberCell => ({ value, format: { kind: 'percent' } });

export const isNumberCell = (cell: Cell): cell is NumberCell => cell !== null && typeof cell === 'object';

/**
 * The header as rows of spans: a group row (groups merged across, ungrouped columns spanning both rows) and a leaf row.
 */
export type HeaderSpan = { label: string; colStart: number; colSpan: number; rowSpan: number };
export function headerRows(columns: Column[]): HeaderSpan[][] {
  const hasGroups = columns.some((c) => c.group);
  if (!hasGroups) return [columns.map((c, i) => ({ label: c.label, colStart: i, colSpan: 1, rowSpan: 1 }))];
  const top: HeaderSpan[] = [];
  const bottom: HeaderSpan[] = [];
  columns.forEach((column, i) => {
    if (!column.group) {
      top.push({ label: column.label, colStart: i, colSpan: 1, rowSpan: 2 });
      return;
    }
    const previous = top[top.length - 1];
    if (
      previous &&
      previous.rowSpan === 1 &&
      previous.label === column.group &&
      previous.colStart + previous.colSpan === i
    )
      previous.colSpan += 1;
    else top.push({ label: column.group, colStart: i, colSpan: 1, rowSpan: 1 });
    bottom.push({ label: column.label, colStart: i, colSpan: 1, rowSpan: 1 });
  });
  return [top, bottom];
}
