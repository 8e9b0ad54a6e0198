import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import {
  checkEvidenceFile,
  checkEvidenceSize,
  cleanFileName,
  type EvidenceRefusal,
  evidenceExtension,
  MAX_EVIDENCE_BYTES,
} from './evidence-file';

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const file = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));
const padded = (head: Uint8Array, size: number) => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(head);
  return bytes;
};

const PDF = file('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG = file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR');
const JPEG = file([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0]);
const XLSX = file(
  [0x50, 0x4b, 0x03, 0x04, 0x14, 0],
  '[Content_Types].xml',
  [0x50, 0x4b, 0x03, 0x04],
  'xl/workbook.xml',
);
const DOCX = file(
  [0x50, 0x4b, 0x03, 0x04, 0x14, 0],
  '[Content_Types].xml',
  [0x50, 0x4b, 0x03, 0x04],
  'word/document.xml',
);
const ZIP = file([0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'photos/a.jpg');
const XLS = file([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const CSV_UTF8 = new TextEncoder().encode('\ufeff月份,受理量\n10,123456\n');
// "月份,受理量" in GB18030 (GBK range): not valid UTF-8
const CSV_GB = file([0xd4, 0xc2, 0xb7, 0xdd], ',', [0xca, 0xdc, 0xc0, 0xed, 0xc1, 0xbf], '\n10,1\n');
const EXE = file('MZ', [0x90, 0, 0x03, 0, 0, 0], 'This program cannot be run in DOS mode');

describe('checkEvidenceFile: extension and first bytes must agree', () => {
  test.each<[string, string, Uint8Array, string]>([
    ['a PDF', '10月受理量统计.pdf', PDF, 'application/pdf'],
    ['a PDF with an upper-case extension', 'REPORT.PDF', PDF, 'application/pdf'],
    ['a PNG', 'screenshot.png', PNG, 'image/png'],
    ['a JPEG as .jpg', 'photo.jpg', JPEG, 'image/jpeg'],
    ['a JPEG as .jpeg', 'photo.jpeg', JPEG, 'image/jpeg'],
    ['an XLSX', '话务统计.xlsx', XLSX, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['a DOCX', '说明.docx', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an XLS (OLE)', 'old.xls', XLS, 'application/vnd.ms-excel'],
    ['a UTF-8 CSV with BOM', 'data.csv', CSV_UTF8, 'text/csv'],
    ['a GB18030 CSV', 'data.csv', CSV_GB, 'text/csv'],
    ['a PDF of exactly 10 MiB', 'big.pdf', padded(PDF, MAX_EVIDENCE_BYTES), 'application/pdf'],
  ])('accepts %s', (_label, name, bytes, mimeType) => {
    expect(checkEvidenceFile(name, bytes)).toMatchObject({ ok: true, mimeType });
  });

  test.each<[string, string, Uint8Array, EvidenceRefusal]>([
    ['a PNG renamed .pdf', 'scan.pdf', PNG, 'badContent'],
    ['a PDF renamed .png', 'scan.png', PDF, 'badContent'],
    ['a Windows program', 'setup.exe', EXE, 'badExtension'],
    ['a Windows program renamed .pdf', 'setup.pdf', EXE, 'badContent'],
    ['a Windows program renamed .csv (NUL bytes)', 'setup.csv', EXE, 'badContent'],
    [
      'a CSV that is not text (bytes no encoding decodes)',
      'x.csv',
      file('a,b\n', [0x80, 0xff, 0xfe], '\n'),
      'badContent',
    ],
    ['a DOCX renamed .xlsx', 'doc.xlsx', DOCX, 'badContent'],
    ['an XLSX renamed .docx', 'sheet.docx', XLSX, 'badContent'],
    ['a plain ZIP renamed .xlsx', 'photos.xlsx', ZIP, 'badContent'],
    ['a ZIP', 'photos.zip', ZIP, 'badExtension'],
    ['an XLSX renamed .xls', 'sheet.xls', XLSX, 'badContent'],
    ['an XLS renamed .xlsx', 'old.xlsx', XLS, 'badContent'],
    ['a JPEG renamed .png', 'photo.png', JPEG, 'badContent'],
    ['an HTML page renamed .pdf', 'page.pdf', file('<html><script>alert(1)</script>'), 'badContent'],
    ['an SVG', 'logo.svg', file('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'badExtension'],
    ['no extension', 'README', PDF, 'badExtension'],
    ['a double extension ending in .exe', 'report.pdf.exe', PDF, 'badExtension'],
    ['an empty file', 'empty.pdf', new Uint8Array(0), 'empty'],
    ['10 MiB + 1 byte', 'big.pdf', padded(PDF, MAX_EVIDENCE_BYTES + 1), 'tooLarge'],
    ['a name that is only an extension', '.pdf', PDF, 'badName'],
  ])('refuses %s', (_label, name, bytes, refusal) => {
    expect(checkEvidenceFile(name, bytes)).toEqual({ ok: false, refusal });
  });

  test('accepts a real workbook written by exceljs', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('10月').addRow(['受理量', 123456]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(checkEvidenceFile('统计.xlsx', bytes)).toMatchObject({ ok: true, extension: 'xlsx' });
    expect(checkEvidenceFile('统计.docx', bytes)).toEqual({ ok: false, refusal: 'badContent' });
  });
});

describe('checkEvidenceSize: refused from the declared size, before reading', () => {
  test.each<[number, ReturnType<typeof checkEvidenceSize>]>([
    [1, { ok: true }],
    [MAX_EVIDENCE_BYTES, { ok: true }],
    [MAX_EVIDENCE_BYTES + 1, { ok: false, refusal: 'tooLarge' }],
    [500 * 1024 * 1024, { ok: false, refusal: 'tooLarge' }],
    [0, { ok: false, refusal: 'empty' }],
    [Number.NaN, { ok: false, refusal: 'empty' }],
  ])('%d bytes', (size, expected) => {
    expect(checkEvidenceSize(size)).toEqual(expected);
  });
});

describe('cleanFileName and evidenceExtension', () => {
  test.each<[string, string | null]>([
    ['报告.pdf', '报告.pdf'],
    ['C:\\fakepath\\报告.pdf', '报告.pdf'],
    ['../../etc/passwd.csv', 'passwd.csv'],
    ['  a\u0000b\n"c".pdf  ', 'abc.pdf'],
    ['', null],
    ['.hidden.pdf', null],
    [`${'长'.repeat(300)}.xlsx`, `${'长'.repeat(250)}.xlsx`],
    // bidirectional controls and lone surrogates are stripped, the letters (and emoji, Extension B) stay
    ['invoice\u202Efdp.exe.pdf', 'invoicefdp.exe.pdf'],
    ['\u2067مرحبا\u2069 报告\u200F.pdf', 'مرحبا 报告.pdf'],
    ['lone\uD83D.pdf', 'lone.pdf'],
    ['😀 𠀀.pdf', '😀 𠀀.pdf'],
  ])('%j → %j', (raw, cleaned) => {
    expect(cleanFileName(raw)).toBe(cleaned);
  });

  test.each<[string, string | null]>([
    ['a.PDF', 'pdf'],
    ['a.tar.xlsx', 'xlsx'],
    ['a.exe', null],
    ['a', null],
    ['a.constructor', null],
  ])('%s → %s', (name, extension) => {
    expect(evidenceExtension(name)).toBe(extension);
  });
});
