// File → header-mapped records with their line numbers (the spreadsheet's row number; the CSV's line).
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { type HeaderMap, type ImportRecord, mapHeaders, type RawRow, toRecords } from './columns';
import { type CsvEncoding, decodeCsv } from './decode';
import { excelDateText } from './excel-date';
import type { FileKind } from './sniff';
import { checkZipBounds } from './zip-bounds';

export const MAX_ROWS = 5000;

export type ReadProblem =
  | { problem: 'UNREADABLE' }
  | { problem: 'CSV_MALFORMED'; line: number }
  | { problem: 'HEADERS'; header: Extract<HeaderMap, { ok: false }> }
  | { problem: 'NO_ROWS' }
  | { problem: 'TOO_MANY_ROWS' }
  | { problem: 'INFLATES_TOO_LARGE' };

export type ReadResult =
  { ok: true; records: ImportRecord[]; encoding: CsvEncoding | null } | ({ ok: false } & ReadProblem);

/**
 * CSV text → rows; every physical line is a record (empty ones too), so a record's line is the previous record's end +
 * 1.
 */
export function csvRows(text: string): RawRow[] | { malformedAt: number } {
  try {
    const parsed = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    let next = 1;
    return parsed.map(({ record, info }) => {
      const row = { line: next, cells: record };
      next = info.lines + 1;
      return row;
    });
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return { malformedAt: typeof lines === 'number' ? lines : 1 };
  }
}

/**
 * A cell's value as the text a person typed (numbers in their shortest form, formulas by their result, dates as the
 * cell shows them under its number format).
 */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return excelDateText(value, numFmt);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue, numFmt);
  if ('text' in value) return String(value.text);
  return '';
}

function sheetRows(sheet: ExcelJS.Worksheet): RawRow[] {
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value, cell.numFmt)));
    rows.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

function recordsOf(rows: RawRow[], encoding: CsvEncoding | null): ReadResult {
  const [header, ...data] = rows;
  const mapped = mapHeaders(header?.cells ?? []);
  if (!mapped.ok) return { ok: false, problem: 'HEADERS', header: mapped };
  if (data.length > MAX_ROWS) return { ok: false, problem: 'TOO_MANY_ROWS' };
  const records = toRecords(data, mapped.columns);
  if (records.length === 0) return { ok: false, problem: 'NO_ROWS' };
  return { ok: true, records, encoding };
}

/** The first worksheet whose first row has the import headers (the template's 数据 sheet comes first). */
async function xlsxRecords(bytes: Uint8Array): Promise<ReadResult> {
  const bounds = await checkZipBounds(bytes);
  if (!bounds.ok) return { ok: false, problem: bounds.problem === 'TOO_LARGE' ? 'INFLATES_TOO_LARGE' : 'UNREADABLE' };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return { ok: false, problem: 'UNREADABLE' };
  }
  let first: ReadResult | null = null;
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    if (rows.length === 0) continue;
    const result = recordsOf(rows, null);
    if (result.ok || result.problem !== 'HEADERS') return result;
    first ??= result;
  }
  return first ?? { ok: false, problem: 'NO_ROWS' };
}

export async function readImportFile(kind: FileKind, bytes: Uint8Array): Promise<ReadResult> {
  if (kind === 'xlsx') return xlsxRecords(bytes);
  const { text, encoding } = decodeCsv(bytes);
  const rows = csvRows(text);
  if (!Array.isArray(rows)) return { ok: false, problem: 'CSV_MALFORMED', line: rows.malformedAt };
  return recordsOf(rows, encoding);
}
