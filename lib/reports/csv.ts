import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { roundedText } from './display';
import { type Cell, type Column, type ReportModel, isNumberCell } from './model';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet could run as a formula (= + - @, tab, carriage return first) gets a leading single quote.
 */
export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Numbers stay plain numbers in the column's display unit, rounded to what the page shows (percent as 90.12, 万元 to
 * the 分, counts whole); text is neutralised.
 */
export function csvValue(cell: Cell): string {
  if (cell === null) return '';
  if (isNumberCell(cell)) return roundedText(cell);
  return neutraliseCsvText(cell);
}

type CsvColumn = { key: string; label: string; numbers: number; percents: number };

const columnLabel = (column: Column) => (column.group ? `${column.group}-${column.label}` : column.label);

/**
 * One header row for the whole report: for a form, 单位编码 / 单位名称 / 区块 first, then the union of the blocks'
 * columns (a key shared by two blocks, such as 分值, is one column). A column of percents only says so in its header;
 * a column mixing units (万件 and %) has the 计量单位 column beside it.
 */
export function csvTable(model: ReportModel): { header: string[]; rows: string[][] } {
  const columns: CsvColumn[] = [];
  for (const section of model.sections) {
    for (const block of section.blocks) {
      for (const column of block.columns) {
        let existing = columns.find((c) => c.key === column.key);
        if (!existing) {
          existing = { key: column.key, label: columnLabel(column), numbers: 0, percents: 0 };
          columns.push(existing);
        }
        for (const row of block.rows) {
          const cell = row.cells[column.key];
          if (!isNumberCell(cell)) continue;
          existing.numbers += 1;
          if (cell.format.kind === 'percent') existing.percents += 1;
        }
      }
    }
  }
  const isForm = model.layout === 'form';
  const header = [
    ...(isForm ? ['单位编码', '单位名称', '区块'] : []),
    ...columns.map((c) => (c.numbers > 0 && c.percents === c.numbers ? `${c.label}（%）` : c.label)),
  ];
  const rows = model.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.rows.map((row) => [
        ...(isForm
          ? [section.unit?.code ?? '', section.unit?.name ?? '', block.title ?? block.key].map((t) =>
              neutraliseCsvText(t),
            )
          : []),
        ...columns.map((c) => csvValue(row.cells[c.key] ?? null)),
      ]),
    ),
  );
  return { header: header.map(neutraliseCsvText), rows };
}

/** The XLSX's title block (title, unit, year and months, generated at, data scope, 预计), one line a row. */
export const csvTitleRows = (model: ReportModel): string[][] =>
  [model.title, ...model.metaLines].map((line) => [neutraliseCsvText(line)]);

/**
 * UTF-8 with BOM (so Excel on Chinese Windows reads it as UTF-8), CRLF line ends; the title block, an empty row, then
 * the table. Every field holding a quote, comma, CR or LF is quoted, so a text typed with Enter stays one cell (the
 * library alone only quotes the record delimiter CRLF, not a lone LF or CR).
 */
export function renderCsv(model: ReportModel): Buffer {
  const { header, rows } = csvTable(model);
  const text = stringify([...csvTitleRows(model), [], header, ...rows], {
    record_delimiter: 'windows',
    quoted_match: /[",\r\n]/,
  });
  return Buffer.from(`\uFEFF${text}`, 'utf8');
}

/**
 * Reads a report CSV back as a spreadsheet does (any of CRLF, LF or CR ends an unquoted record): its title lines and
 * its table (the first row after the empty one is the header).
 */
export function readReportCsv(text: string): { titleLines: string[]; header: string[]; rows: string[][] } {
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    record_delimiter: ['\r\n', '\n', '\r'],
  }) as string[][];
  const blank = records.findIndex((r) => r.length === 1 && r[0] === '');
  return {
    titleLines: records.slice(0, blank).map((r) => r[0]),
    header: records[blank + 1] ?? [],
    rows: records.slice(blank + 2),
  };
}
