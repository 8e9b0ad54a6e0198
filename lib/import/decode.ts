// CSV bytes → text. Excel on Chinese Windows saves CSV as GB18030 (“ANSI”); elsewhere it is UTF-8, with or without BOM.
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

const BOM = [0xef, 0xbb, 0xbf];

/** Strict UTF-8 first (after a BOM, if any); bytes that are not valid UTF-8 are read as GB18030. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(body), 'gb18030'), encoding: 'gb18030' };
  }
}
