import ExcelJS from 'exceljs';
import {
  type Cell,
  type Column,
  type NumberFormat,
  type ReportBlock,
  type ReportModel,
  headerRows,
  isNumberCell,
} from './model';
import { exceedsNumber } from '@/lib/data/decimals';
import { cellAlign, roundedText } from './display';

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

/**
 * A number rounded to its display precision (a percent as the fraction 0.9012), so no float noise reaches the cell; a
 * stored figure with more digits than Excel keeps (15) is written as its exact text, never rounded.
 */
export function excelValue(cell: Cell): string | number | null {
  if (cell === null || !isNumberCell(cell)) return cell;
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

/** Writes one block's merged header at `row`; returns the next free row. */
function writeHeader(sheet: ExcelJS.Worksheet, block: ReportBlock, row: number): number {
  const rows = headerRows(block.columns);
  rows.forEach((spans, r) => {
    for (const span of spans) {
      const top = row + r;
      const left = span.colStart + 1;
      const bottom = top + span.rowSpan - 1;
      const right = left + span.colSpan - 1;
      if (bottom > top || right > left) sheet.mergeCells(top, left, bottom, right);
      const cell = sheet.getCell(top, left);
      cell.value = span.label;
      for (let rr = top; rr <= bottom; rr++) {
        for (let cc = left; cc <= right; cc++) {
          const c = sheet.getCell(rr, cc);
          c.border = BORDER;
          c.fill = HEADER_FILL;
          c.font = { name: FONT, size: 10, bold: true };
          c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
        }
      }
    }
  });
  return row + rows.length;
}

function writeLine(
  sheet: ExcelJS.Worksheet,
  row: number,
  width: number,
  text: string,
  font: Partial<ExcelJS.Font>,
  height?: number,
) {
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

export function addReportSheet(workbook: ExcelJS.Workbook, model: ReportModel): ExcelJS.Worksheet {
  const widths = sheetColumns(model);
  const width = widths.length;
  const sheet = workbook.addWorksheet(model.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      horizontalCentered: true,
    },
    headerFooter: { oddFooter: `&C${model.sheetName}　第 &P 页，共 &N 页` },
  });
  sheet.columns = widths.map((w) => ({ width: Math.max(6, w * 2.1) }));
  let row = 1;
  writeLine(sheet, row++, width, model.title, { size: 16, bold: true }, 30);
  for (const line of model.metaLines) writeLine(sheet, row++, width, line, { size: 10 }, 18);
  let frozenAt = 0;
  let headerRange: [number, number] | null = null;
  model.sections.forEach((section, s) => {
    if (s > 0) sheet.getRow(row - 1).addPageBreak();
    row += 1;
    for (const line of section.lines)
      writeLine(sheet, row++, width, line, { size: 10, bold: line.startsWith('单位：') }, line.length > 80 ? 32 : 18);
    for (const block of section.blocks) {
      if (block.title) writeLine(sheet, row++, width, block.title, { size: 11, bold: true }, 20);
      const headerStart = row;
      row = writeHeader(sheet, block, row);
      // the main table's header repeats on every printed page (a single unit's form, or the flat detail)
      if (model.sections.length === 1 && (block.key === 'indicators' || model.layout === 'flat')) {
        headerRange = [headerStart, row - 1];
        if (model.layout === 'flat') frozenAt = row - 1;
      }
      for (const r of block.rows) {
        block.columns.forEach((column, c) =>
          setCell(sheet.getCell(row, c + 1), r.cells[column.key] ?? null, column, r.isEmphasis),
        );
        row += 1;
      }
      row += 1;
    }
  });
  // Forms: freeze the title block of a single unit's form; the flat detail: freeze and repeat its header.
  if (model.layout === 'form' && model.sections.length === 1) frozenAt = 1 + model.metaLines.length;
  if (frozenAt > 0)
    sheet.views = [
      { state: 'frozen', ySplit: frozenAt, xSplit: 0, topLeftCell: `A${frozenAt + 1}`, activeCell: `A${frozenAt + 1}` },
    ];
  if (headerRange) sheet.pageSetup.printTitlesRow = `${headerRange[0]}:${headerRange[1]}`;
  if (headerRange && model.layout === 'flat') {
    sheet.autoFilter = { from: { row: headerRange[1], column: 1 }, to: { row: headerRange[1], column: width } };
  }
  return sheet;
}

export async function renderXlsx(models: ReportModel[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = models[0]?.meta.generatedBy ?? '';
  workbook.created = models[0]?.meta.generatedAt ?? new Date();
  workbook.title = models.map((m) => m.title).join('；');
  for (const model of models) addReportSheet(workbook, model);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
