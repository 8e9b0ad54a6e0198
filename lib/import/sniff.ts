// What an uploaded file really is, from its bytes (the extension must agree): an XLSX workbook or CSV text.
export type FileKind = 'xlsx' | 'csv';
export type Sniffed =
  { ok: true; kind: FileKind } | { ok: false; problem: 'EMPTY' | 'TYPE' | 'XLS' | 'MISMATCH'; ext: string };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// a ZIP stores its entry names in clear: an Office Open XML workbook has xl/… entries and [Content_Types].xml
const isWorkbookZip = (bytes: Uint8Array) => {
  if (!startsWith(bytes, ZIP)) return false;
  const latin = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin.includes('[Content_Types].xml') && latin.includes('xl/');
};

// text: no NUL byte and no control characters other than tab, CR, LF, form feed (checked on the first 64 KB)
const isText = (bytes: Uint8Array) => {
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
    if (b === 0x7f) return false;
  }
  return true;
};

export const extensionOf = (fileName: string): string => /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

export function sniffFile(fileName: string, bytes: Uint8Array): Sniffed {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) return { ok: false, problem: 'EMPTY', ext };
  if (ext === 'xls' || startsWith(bytes, OLE)) return { ok: false, problem: 'XLS', ext };
  if (ext !== 'xlsx' && ext !== 'csv') return { ok: false, problem: 'TYPE', ext };
  const kind: FileKind | null = isWorkbookZip(bytes) ? 'xlsx' : isText(bytes) ? 'csv' : null;
  if (kind !== ext) return { ok: false, problem: 'MISMATCH', ext };
  return { ok: true, kind };
}
