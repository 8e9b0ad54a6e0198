import 'server-only';
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { SessionUser } from '@/lib/auth/permissions';
import { auditEventBatches, recordAuditExport, type AuditExportRow } from '@/lib/data/audit-log';
import type { Locale } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en/admin.json';
import zh from '@/lib/i18n/messages/zh-CN/admin.json';
import type { AuditFilter } from '@/lib/validation/admin-audit';
import { neutraliseCsvText } from './csv';
import { CONTENT_TYPES, contentDisposition } from './file-name';
import type { StreamedReport } from './monthly-stream';

export type AuditExportFormat = 'csv' | 'xlsx';

/** Excel's sheet holds 1,048,576 rows: a longer log continues on the next sheet. */
export const ROWS_PER_SHEET = 1_000_000;
/** Excel's limit for the text of one cell. */
const CELL_LIMIT = 32_767;

/** A timestamp in Beijing time to the second, as the log is read and sorted: "2026-11-27 18:05:09". */
export function beijingTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

const messagesOf = (locale: Locale) => (locale === 'en' ? en : zh).audit;

export function auditExportHeader(locale: Locale): string[] {
  const t = messagesOf(locale);
  const username = locale === 'en' ? 'Username' : '用户名';
  const unitCode = locale === 'en' ? 'Unit code' : '单位编码';
  return [
    t.at,
    username,
    t.user,
    t.action,
    t.actionDescription,
    t.entity,
    t.entityDescription,
    'ID',
    unitCode,
    t.unit,
    t.before,
    t.after,
  ];
}

/**
 * One event as the export's cells: each code (kept as stored, for machines) beside its label in the reader's language
 * (empty for a code the application does not know); who did it is left empty for the system's own events.
 */
export function auditExportCells(row: AuditExportRow, locale: Locale): string[] {
  const t = messagesOf(locale);
  const labelOf = (labels: Record<string, string>, code: string) => (Object.hasOwn(labels, code) ? labels[code] : '');
  return [
    beijingTime(row.at),
    row.user?.username ?? '',
    row.user?.displayName ?? '',
    row.action,
    labelOf(t.actions, row.action),
    row.entity,
    labelOf(t.entities, row.entity),
    row.entityId ?? '',
    row.unit?.code ?? '',
    row.unit?.name ?? '',
    json(row.before),
    json(row.after),
  ];
}

function fileNames(format: AuditExportFormat, now: Date) {
  const day = beijingTime(now).slice(0, 10);
  return { fileName: `审计日志_${day}.${format}`, ascii: `audit-log-${day}.${format}` };
}

const exportedFilter = ({ page: _page, ...filter }: AuditFilter) => filter;

/** CSV (UTF-8 with BOM, CRLF), produced as the client reads it: one batch of events per pull. */
function csvStream(
  user: SessionUser,
  filter: AuditFilter,
  locale: Locale,
  done: (rows: number, bytes: number) => Promise<void>,
) {
  const encoder = new TextEncoder();
  const options = { record_delimiter: 'windows', quoted_match: /[",\r\n]/ } as const;
  const batches = auditEventBatches(user, filter);
  let rows = 0;
  let bytes = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const lines = started ? [] : [auditExportHeader(locale)];
      const next = await batches.next();
      if (!next.done) {
        for (const row of next.value) lines.push(auditExportCells(row, locale).map(neutraliseCsvText));
        rows += next.value.length;
      }
      if (lines.length) {
        const chunk = encoder.encode(`${started ? '' : '\uFEFF'}${stringify(lines, options)}`);
        bytes += chunk.byteLength;
        controller.enqueue(chunk);
      }
      started = true;
      if (next.done) {
        await done(rows, bytes);
        controller.close();
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/** XLSX written row by row (no shared strings), pausing whenever the client has not yet read what was written. */
function xlsxStream(
  user: SessionUser,
  filter: AuditFilter,
  locale: Locale,
  done: (rows: number, bytes: number) => Promise<void>,
) {
  const output = new PassThrough();
  let bytes = 0;
  output.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  workbook.creator = user.name;
  const header = auditExportHeader(locale);
  const write = async () => {
    let sheet: ExcelJS.Worksheet | null = null;
    let rows = 0;
    for await (const batch of auditEventBatches(user, filter)) {
      for (const event of batch) {
        if (rows % ROWS_PER_SHEET === 0) {
          sheet?.commit();
          sheet = workbook.addWorksheet(`${messagesOf(locale).title} ${rows / ROWS_PER_SHEET + 1}`);
          sheet.addRow(header).commit();
        }
        sheet!
          .addRow(
            auditExportCells(event, locale).map((c) => (c.length > CELL_LIMIT ? `${c.slice(0, CELL_LIMIT - 1)}…` : c)),
          )
          .commit();
        rows += 1;
      }
      while (output.writableNeedDrain) await once(output, 'drain');
    }
    if (!sheet) workbook.addWorksheet(messagesOf(locale).title).addRow(header).commit();
    sheet?.commit();
    await workbook.commit();
    await done(rows, bytes);
  };
  write().catch((error: unknown) => {
    console.error('[audit] export failed', error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

/**
 * The filtered audit log as a file for keeping (the six-month retention rule), streamed so that memory holds one batch
 * of events however long the log; the export is audited once the whole file has been produced.
 */
export function streamAuditLog(
  user: SessionUser,
  filter: AuditFilter,
  format: AuditExportFormat,
  options: { locale: Locale; now: Date },
): StreamedReport {
  const { fileName, ascii } = fileNames(format, options.now);
  const done = (rows: number, bytes: number) =>
    recordAuditExport(user, { format, filter: exportedFilter(filter), rows, bytes });
  return {
    stream:
      format === 'csv' ? csvStream(user, filter, options.locale, done) : xlsxStream(user, filter, options.locale, done),
    contentType: CONTENT_TYPES[format],
    contentDisposition: contentDisposition(fileName, ascii),
  };
}
