// What an evidence file (佐证材料) may be: one of a few document types, recognised by its extension AND its first
// bytes, at most 10 MiB (the same limit as the database CHECK on "EvidenceFile"."size").

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 255;

export const EVIDENCE_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type EvidenceExtension = keyof typeof EVIDENCE_TYPES;

/** for the file picker's accept attribute */
export const EVIDENCE_ACCEPT = Object.keys(EVIDENCE_TYPES)
  .map((e) => `.${e}`)
  .join(',');

export type EvidenceRefusal = 'empty' | 'tooLarge' | 'badExtension' | 'badContent' | 'badName';
export type EvidenceCheck =
  { ok: true; extension: EvidenceExtension; mimeType: string } | { ok: false; refusal: EvidenceRefusal };

const bytesOf = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const PDF = bytesOf('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

function contains(bytes: Uint8Array, needle: string): boolean {
  const n = bytesOf(needle);
  outer: for (let i = 0; i <= bytes.length - n.length; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

const decodes = (bytes: Uint8Array, encoding: 'utf-8' | 'gb18030') => {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

// Office Open XML files are ZIPs whose entry names (stored uncompressed in the headers) say what they hold.
const isOoxml = (bytes: Uint8Array, part: string) =>
  startsWith(bytes, ZIP) && contains(bytes, '[Content_Types].xml') && contains(bytes, part);

const CONTENT_CHECKS: Record<EvidenceExtension, (bytes: Uint8Array) => boolean> = {
  pdf: (b) => startsWith(b, PDF),
  png: (b) => startsWith(b, PNG),
  jpg: (b) => startsWith(b, JPEG),
  jpeg: (b) => startsWith(b, JPEG),
  xlsx: (b) => isOoxml(b, 'xl/'),
  docx: (b) => isOoxml(b, 'word/'),
  xls: (b) => startsWith(b, OLE),
  // text, not a binary renamed: no NUL byte, and valid UTF-8 (BOM or not) or GB18030
  csv: (b) => !b.includes(0) && (decodes(b, 'utf-8') || decodes(b, 'gb18030')),
};

/** the lower-case extension after the last dot, when it is one we accept */
export function evidenceExtension(fileName: string): EvidenceExtension | null {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  return Object.hasOwn(EVIDENCE_TYPES, extension) ? (extension as EvidenceExtension) : null;
}

/** Refuses an empty file or one over 10 MiB from its declared size alone, before its bytes are read. */
export function checkEvidenceSize(size: number): { ok: true } | { ok: false; refusal: 'empty' | 'tooLarge' } {
  if (!Number.isFinite(size) || size <= 0) return { ok: false, refusal: 'empty' };
  if (size > MAX_EVIDENCE_BYTES) return { ok: false, refusal: 'tooLarge' };
  return { ok: true };
}

// Bidirectional controls (LRE…RLO, LRI…PDI, LRM/RLM/ALM) reorder how a name is shown: "invoice\u202Efdp.exe" displays
// as "invoiceexe.pdf". Lone UTF-16 surrogates have no UTF-8 form. Both go, the letters stay.
const SPOOFING =
  /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The name as stored and offered for download: no folders, no control, bidirectional-control or lone surrogate
 * characters, at most 255 characters (the extension kept); null when nothing usable is left.
 */
export function cleanFileName(raw: string): string | null {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = base
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .replace(SPOOFING, '')
    .normalize('NFC')
    .trim();
  if (name === '' || name.startsWith('.')) return null;
  if (name.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  return name.slice(0, MAX_FILE_NAME_LENGTH - extension.length) + extension;
}

/**
 * Accepts a file only when its size, its extension and its first bytes agree; the MIME type is ours, never the
 * browser's.
 */
export function checkEvidenceFile(fileName: string, bytes: Uint8Array): EvidenceCheck {
  const size = checkEvidenceSize(bytes.byteLength);
  if (!size.ok) return size;
  const name = cleanFileName(fileName);
  if (!name) return { ok: false, refusal: 'badName' };
  const extension = evidenceExtension(name);
  if (!extension) return { ok: false, refusal: 'badExtension' };
  if (!CONTENT_CHECKS[extension](bytes)) return { ok: false, refusal: 'badContent' };
  return { ok: true, extension, mimeType: EVIDENCE_TYPES[extension] };
}
