import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  type Cell,
  type Column,
  type NumberFormat,
  type ReportBlock,
  type ReportModel,
  type ReportRow,
  headerRows,
  isNumberCell,
} from './model';
import { exceedsNumber } from '@/lib/data/decimals';
import { cellAlign, displayDigits, roundedText } from './display';

const THIN = { style: 'thin' as const, color: { argb: 'FF9AA5B1' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8EEF5' } };
const FONT = 'SimSun';

/** Excel number formats; a percent is stored as a fraction (0.9012) and shown as 90.12%. */
export function excelNumberFormat(format: NumberFormat): string {
  if (format.kind === 'percent') return '0.00%';
  if (format.kind === 'integer') return '#,##0';
  return format.digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(format.digits)}`;
}

/** Whether the number's shortest decimal form has at most `digits` decimals (and no exponent). */
const isWithin = (value: number, digits: number) => {
  if (Object.is(value, -0)) return false; // rounding writes it as 0
  const decimals = /^-?\d+(?:\.(\d+))?$/.exec(String(value));
  return decimals !== null && (decimals[1]?.length ?? 0) <= digits;
};

/**
 * A number rounded to its display precision (a percent as the fraction 0.9012), so no float noise reaches the cell; a
 * stored figure with more digits than Excel keeps (15) is written as its exact text, never rounded.
 */
export function excelValue(cell: Cell): string | number | null {
  if (cell === null || !isNumberCell(cell)) return cell;
  // a figure already within its display precision is itself (most of them), without a round trip through Decimal
  if (cell.exact === undefined && cell.format.kind !== 'percent' && isWithin(cell.value, displayDigits(cell.format)))
    return cell.value;
  const text = roundedText(cell, true);
  return cell.exact !== undefined && exceedsNumber(text) ? text : Number(text);
}

// One style object per distinct look, shared by every cell that has it: ExcelJS recognises a style object it has seen
// and skips re-serialising it, which is most of the time of a large sheet otherwise.
const bodyStyles = new Map<string, Partial<ExcelJS.Style>>();
function bodyStyle(numFmt: string | undefined, isBold: boolean, horizontal: ReturnType<typeof cellAlign>) {
  const key = `${numFmt}|${isBold}|${horizontal}`;
  let style = bodyStyles.get(key);
  if (!style) {
    style = Object.freeze({
      ...(numFmt ? { numFmt } : {}),
      border: BORDER,
      font: { name: FONT, size: 10, bold: isBold },
      alignment: { vertical: 'middle', horizontal, wrapText: numFmt === undefined },
    } as const);
    bodyStyles.set(key, style);
  }
  return style;
}

function setCell(target: ExcelJS.Cell, cell: Cell, column: Column, isEmphasis = false) {
  target.value = excelValue(cell);
  target.style = bodyStyle(
    isNumberCell(cell) ? excelNumberFormat(cell.format) : undefined,
    isEmphasis,
    cellAlign(cell, column),
  );
}

type Sheet = ExcelJS.Worksheet;
type LineFont = Partial<ExcelJS.Font>;

const HEADER_STYLE: Partial<ExcelJS.Style> = Object.freeze({
  border: BORDER,
  fill: HEADER_FILL,
  font: { name: FONT, size: 10, bold: true },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
} as const);

/** Writes one block's merged header at `row`. */
function writeHeader(sheet: Sheet, block: ReportBlock, row: number) {
  headerRows(block.columns).forEach((spans, r) => {
    for (const span of spans) {
      const top = row + r;
      const left = span.colStart + 1;
      const bottom = top + span.rowSpan - 1;
      const right = left + span.colSpan - 1;
      if (bottom > top || right > left) sheet.mergeCells(top, left, bottom, right);
      sheet.getCell(top, left).value = span.label;
      for (let rr = top; rr <= bottom; rr++) {
        for (let cc = left; cc <= right; cc++) sheet.getCell(rr, cc).style = HEADER_STYLE;
      }
    }
  });
}

function writeLine(sheet: Sheet, row: number, width: number, text: string, font: LineFont, height?: number) {
  sheet.mergeCells(row, 1, row, width);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, ...font };
  cell.alignment = { vertical: 'middle', horizontal: font.size && font.size >= 14 ? 'center' : 'left', wrapText: true };
  if (height) sheet.getRow(row).height = height;
}

/** The width in columns is the widest block; column widths are the widest use of each position. */
function sheetColumns(model: ReportModel): number[] {
  const widths: number[] = [];
  for (const block of model.sections.flatMap((s) => s.blocks)) {
    block.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  }
  return widths;
}

/** What goes on each row of a report's sheet, decided before any row is written. */
type Placed =
  | { kind: 'line'; row: number; text: string; font: LineFont; height: number }
  | { kind: 'header'; row: number; block: ReportBlock }
  | { kind: 'body'; row: number; block: ReportBlock; source: ReportRow };
type SheetLayout = {
  placed: Placed[];
  /** rows after which a printed page ends (each unit's form starts a page) */
  pageBreaks: number[];
  /** rows frozen at the top (0: none) */
  frozenAt: number;
  /** the header rows repeated on every printed page */
  printTitles: [number, number] | null;
};

export function sheetLayout(model: ReportModel): SheetLayout {
  const placed: Placed[] = [];
  const pageBreaks: number[] = [];
  let row = 1;
  const line = (text: string, font: LineFont, height: number) =>
    placed.push({ kind: 'line', row: row++, text, font, height });
  line(model.title, { size: 16, bold: true }, 30);
  for (const text of model.metaLines) line(text, { size: 10 }, 18);
  let frozenAt = 0;
  let printTitles: [number, number] | null = null;
  model.sections.forEach((section, s) => {
    if (s > 0) pageBreaks.push(row - 1);
    row += 1;
    for (const text of section.lines)
      line(text, { size: 10, bold: text.startsWith('单位：') }, text.length > 80 ? 32 : 18);
    for (const block of section.blocks) {
      if (block.title) line(block.title, { size: 11, bold: true }, 20);
      placed.push({ kind: 'header', row, block });
      const headerStart = row;
      row += headerRows(block.columns).length;
      // the main table's header repeats on every printed page (a single unit's form, or the flat detail)
      if (model.sections.length === 1 && (block.key === 'indicators' || model.layout === 'flat')) {
        printTitles = [headerStart, row - 1];
        if (model.layout === 'flat') frozenAt = row - 1;
      }
      for (const source of block.rows) placed.push({ kind: 'body', row: row++, block, source });
      row += 1;
    }
  });
  // Forms: freeze the title block of a single unit's form; the flat detail: freeze and repeat its header.
  if (model.layout === 'form' && model.sections.length === 1) frozenAt = 1 + model.metaLines.length;
  return { placed, pageBreaks, frozenAt, printTitles };
}

/**
 * ExcelJS's streamed sheet leaves out the print options (the table centred across the printed page): they are written
 * just before the page margins, where the schema puts them.
 */
function centreWhenPrinted(sheet: Sheet) {
  const writer = sheet as unknown as { _writePageMargins: () => void; stream: { write: (xml: string) => void } };
  const writeMargins = writer._writePageMargins.bind(writer);
  writer._writePageMargins = () => {
    writer.stream.write('<printOptions horizontalCentered="1"/>');
    writeMargins();
  };
}

/**
 * One report as a sheet of a streamed workbook, row by row: the sheet's layout (frozen rows, print titles, page
 * breaks) is decided first, since a streamed sheet writes its views before its first row, and each block's rows are
 * handed to the zip as soon as they are written.
 */
export function addReportSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ReportModel): void {
  const widths = sheetColumns(model);
  const width = widths.length;
  const { placed, pageBreaks, frozenAt, printTitles } = sheetLayout(model);
  const views: Partial<ExcelJS.WorksheetView>[] =
    frozenAt > 0
      ? [
          {
            state: 'frozen',
            ySplit: frozenAt,
            xSplit: 0,
            topLeftCell: `A${frozenAt + 1}`,
            activeCell: `A${frozenAt + 1}`,
          },
        ]
      : [];
  const sheet = workbook.addWorksheet(model.sheetName, {
    views,
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      // the defined name _xlnm.Print_Titles, written with the workbook
      ...(printTitles ? { printTitlesRow: `${printTitles[0]}:${printTitles[1]}` } : {}),
    },
    headerFooter: { oddFooter: `&C${model.sheetName}　第 &P 页，共 &N 页` },
  });
  centreWhenPrinted(sheet);
  sheet.columns = widths.map((w) => ({ width: Math.max(6, w * 2.1) }));
  if (printTitles && model.layout === 'flat')
    sheet.autoFilter = { from: { row: printTitles[1], column: 1 }, to: { row: printTitles[1], column: width } };
  const breaks = [...pageBreaks];
  placed.forEach((piece, i) => {
    while (breaks.length > 0 && breaks[0] < piece.row) sheet.getRow(breaks.shift()!).addPageBreak();
    if (piece.kind === 'line') writeLine(sheet, piece.row, width, piece.text, piece.font, piece.height);
    else if (piece.kind === 'header') writeHeader(sheet, piece.block, piece.row);
    else {
      const { block, source } = piece;
      block.columns.forEach((column, c) =>
        setCell(sheet.getCell(piece.row, c + 1), source.cells[column.key] ?? null, column, source.isEmphasis),
      );
      // a table's last row: the rows so far go out
      if (placed[i + 1]?.kind !== 'body' || (placed[i + 1] as { block: ReportBlock }).block !== block)
        sheet.getRow(piece.row).commit();
    }
  });
  for (const row of breaks) sheet.getRow(row).addPageBreak();
  sheet.commit();
}

/**
 * The reports as one workbook, a sheet each, written by ExcelJS's streaming writer: each sheet's XML goes to the zip
 * (zlib) row by row instead of being built as one string per sheet and deflated in JavaScript at the end.
 */
export async function renderXlsx(models: ReportModel[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  workbook.creator = models[0]?.meta.generatedBy ?? '';
  workbook.created = models[0]?.meta.generatedAt ?? new Date();
  Object.assign(workbook, { title: models.map((m) => m.title).join('；') });
  for (const model of models) addReportSheet(workbook, model);
  await workbook.commit();
  return Buffer.concat(chunks);
}
