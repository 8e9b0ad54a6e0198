import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SessionUser } from '@/lib/auth/permissions';
import { countPlans, recordExport } from '@/lib/data/reports';
import { AppError } from '@/lib/errors';
import { clock } from '@/lib/clock';
import { buildMonthlyReport } from './build';
import { assertMayExport, loadAlignedPlans } from './export';
import { CONTENT_TYPES, contentDisposition } from './file-name';
import { isNumberCell, type ReportModel } from './model';
import type { ReportParams } from './params';
import { excelNumberFormat, excelValue } from './xlsx';

export type StreamedReport = {
  stream: ReadableStream<Uint8Array>;
  contentType: string;
  contentDisposition: string;
};

/**
 * The 月度明细 of several years (fromYear … params.year) as one XLSX sheet written while it is read: a year's plans
 * go through the engine and the same report model as the one-year download, are written row by row and let go before
 * the next year, so memory stays flat however many years and units. The download is audited once it is complete.
 */
export async function streamMonthlyXlsx(
  user: SessionUser,
  params: Omit<ReportParams, 'kind' | 'format' | 'month'>,
  fromYear: number,
  options: { now?: Date } = {},
): Promise<StreamedReport> {
  const now = options.now ?? clock.now();
  await assertMayExport(user, params.units);
  if ((await countPlans(user, params.units, fromYear, params.year)) === 0)
    throw new AppError('NOT_FOUND', 'reports.api.noPlans', { year: `${fromYear}–${params.year}` });
  const fileName = `月度明细_${params.units === 'all' ? '全部单位' : params.units.join('-')}_${fromYear}-${params.year}年.xlsx`;
  const asciiFileName = `report-monthly-${params.units === 'all' ? 'all' : params.units.length}-${fromYear}-${params.year}.xlsx`;
  const output = new PassThrough();
  let bytes = 0;
  output.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = user.name;
  workbook.created = now;
  const write = async () => {
    const sheet = workbook.addWorksheet('月度明细', { views: [{ state: 'frozen', ySplit: 2 }] });
    let units: string[] = [];
    let header = false;
    for (let year = fromYear; year <= params.year; year++) {
      const query = { units: params.units, year, approvedOnly: params.approvedOnly, now };
      const plans = await loadAlignedPlans(user, query, null);
      if (plans.length === 0) continue;
      const meta = {
        year,
        asOf: plans[0].asOf,
        approvedOnly: params.approvedOnly,
        generatedAt: now,
        generatedBy: user.name,
      };
      const model = buildMonthlyReport(plans, meta);
      if (!header) {
        writeHeader(sheet, model, fromYear, params.year);
        header = true;
      }
      writeRows(sheet, model, year);
      units = [...new Set([...units, ...plans.map((p) => p.unit.code)])];
    }
    sheet.commit();
    await workbook.commit();
    await recordExport(user, {
      report: 'monthly',
      format: 'xlsx',
      year: params.year,
      asOf: 12,
      approvedOnly: params.approvedOnly,
      units,
      unitId: null,
      fileName,
      bytes,
    });
  };
  write().catch((error: unknown) => {
    console.error('[reports] streamed export failed', error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return {
    stream: Readable.toWeb(output) as ReadableStream<Uint8Array>,
    contentType: CONTENT_TYPES.xlsx,
    contentDisposition: contentDisposition(fileName, asciiFileName),
  };
}

const COLUMN_OFFSET = 1; // column A holds the year

function writeHeader(sheet: ExcelJS.Worksheet, model: ReportModel, fromYear: number, toYear: number) {
  const columns = model.sections[0].blocks[0].columns;
  sheet.columns = [{ width: 8 }, ...columns.map((c) => ({ width: Math.max(6, c.width * 2.1) }))];
  sheet.addRow([`${fromYear}–${toYear}年绩效指标月度明细`]).commit();
  const head = sheet.addRow(['年度', ...columns.map((c) => c.label)]);
  head.font = { bold: true };
  head.commit();
}

// One style object per number format and one for every other cell, shared: ExcelJS files a style object it has seen
// under the id it gave it before, where the fresh object each cell starts with is hashed afresh (a third of the time).
const PLAIN_STYLE: Partial<ExcelJS.Style> = Object.freeze({});
const numberStyles = new Map<string, Partial<ExcelJS.Style>>();
function numberStyle(numFmt: string): Partial<ExcelJS.Style> {
  let style = numberStyles.get(numFmt);
  if (!style) numberStyles.set(numFmt, (style = Object.freeze({ numFmt })));
  return style;
}

function writeRows(sheet: ExcelJS.Worksheet, model: ReportModel, year: number) {
  const columns = model.sections[0].blocks[0].columns;
  for (const source of model.sections[0].blocks[0].rows) {
    const row = sheet.addRow([year, ...columns.map((c) => excelValue(source.cells[c.key] ?? null))]);
    row.getCell(1).style = PLAIN_STYLE;
    columns.forEach((c, i) => {
      const cell = source.cells[c.key] ?? null;
      row.getCell(i + 1 + COLUMN_OFFSET).style = isNumberCell(cell)
        ? numberStyle(excelNumberFormat(cell.format))
        : PLAIN_STYLE;
    });
    row.commit();
  }
}
