// WOFF2 to TrueType, synchronously and in memory. pdfkit embeds a font through fontkit's subsetter, which copies glyphs
// out of a plain glyf/loca table; a WOFF2 file stores those two transformed, so the subsetter fails on it. fontkit
// already decodes everything (the Brotli stream and the transformed outlines); this writes the glyphs back as simple
// TrueType glyphs and copies every other table as it is, but for the names: pdfkit takes two fonts of one PostScript
// name for one font, so each file gets its own. Hinting instructions are not kept (a PDF does not use them).
import { create } from 'fontkit';

type Point = { x: number; y: number; onCurve: boolean; endContour: boolean };
type TableEntry = { offset: number; length: number; transformed?: boolean };
// fontkit's WOFF2Font, as far as this reads it (its decompressed tables and decoded glyphs)
type Woff2Font = {
  numGlyphs: number;
  copyright: string;
  familyName: string;
  subfamilyName: string;
  directory: { tables: Record<string, TableEntry> };
  stream: { buffer: Uint8Array };
  _decompress(): void;
  getGlyph(id: number): { _decode(): { numberOfContours: number; points?: Point[] } | null };
};

const ON_CURVE = 0x01;

function simpleGlyph(points: Point[]): Buffer {
  if (points.length === 0) return Buffer.alloc(0);
  const ends = points.flatMap((p, i) => (p.endContour ? [i] : []));
  const xs = points.map((p) => Math.round(p.x));
  const ys = points.map((p) => Math.round(p.y));
  const size = 10 + 2 * ends.length + 2 + points.length * 5;
  const out = Buffer.alloc(size + ((4 - (size % 4)) % 4));
  let at = out.writeInt16BE(ends.length, 0);
  for (const value of [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)])
    at = out.writeInt16BE(value, at);
  for (const end of ends) at = out.writeUInt16BE(end, at);
  at = out.writeUInt16BE(0, at); // no instructions
  for (const p of points) at = out.writeUInt8(p.onCurve ? ON_CURVE : 0, at);
  for (const deltas of [xs, ys]) deltas.forEach((v, i) => (at = out.writeInt16BE(v - (i > 0 ? deltas[i - 1] : 0), at)));
  return out;
}

const checksum = (table: Buffer) => {
  let sum = 0;
  for (let i = 0; i < table.length; i += 4) sum = (sum + table.readUInt32BE(i)) >>> 0;
  return sum;
};
const padded = (table: Buffer) => Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4)]);

/** A name table (Windows, Unicode, US English) holding the given names by name id. */
function nameTable(names: Record<number, string>): Buffer {
  const entries = Object.entries(names).map(([id, text]) => ({
    id: Number(id),
    text: Buffer.from(text, 'utf16le').swap16(),
  }));
  const header = Buffer.alloc(6 + 12 * entries.length);
  header.writeUInt16BE(entries.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  entries.forEach(({ id, text }, i) => {
    [3, 1, 0x409, id, text.length, offset].forEach((value, field) =>
      header.writeUInt16BE(value, 6 + 12 * i + 2 * field),
    );
    offset += text.length;
  });
  return Buffer.concat([header, ...entries.map((e) => e.text)]);
}

/** The TrueType font (an sfnt with long loca offsets) that the WOFF2 file holds, under the given PostScript name. */
export function woff2ToTrueType(bytes: Buffer, postscriptName: string): Buffer {
  const font = create(bytes) as unknown as Woff2Font;
  font._decompress();
  const glyphs: Buffer[] = [];
  for (let id = 0; id < font.numGlyphs; id++) {
    const glyph = font.getGlyph(id)._decode();
    if (glyph && glyph.numberOfContours < 0) throw new Error('composite glyphs in a WOFF2 font are not supported');
    glyphs.push(simpleGlyph(glyph?.points ?? []));
  }
  const loca = Buffer.alloc(4 * (glyphs.length + 1));
  let end = 0;
  glyphs.forEach((glyph, id) => loca.writeUInt32BE((end += glyph.length), 4 * (id + 1)));
  const tables = new Map<string, Buffer>([
    ['glyf', Buffer.concat(glyphs)],
    ['loca', loca],
    [
      'name',
      nameTable({
        0: font.copyright,
        1: font.familyName,
        2: font.subfamilyName,
        4: postscriptName,
        6: postscriptName,
      }),
    ],
  ]);
  for (const [tag, entry] of Object.entries(font.directory.tables))
    if (!tables.has(tag))
      tables.set(tag, Buffer.from(font.stream.buffer.subarray(entry.offset, entry.offset + entry.length)));
  const head = tables.get('head')!;
  head.writeUInt32BE(0, 8); // checkSumAdjustment, not recomputed
  head.writeInt16BE(1, 50); // indexToLocFormat: long offsets

  const tags = [...tables.keys()].sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  const header = Buffer.alloc(12 + 16 * tags.length);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(tags.length * 16 - power * 16, 10);
  let offset = header.length;
  const bodies = tags.map((tag, i) => {
    const table = tables.get(tag)!;
    const body = padded(table);
    header.write(tag.padEnd(4), 12 + 16 * i, 'latin1');
    header.writeUInt32BE(checksum(body), 16 + 16 * i);
    header.writeUInt32BE(offset, 20 + 16 * i);
    header.writeUInt32BE(table.length, 24 + 16 * i);
    offset += body.length;
    return body;
  });
  return Buffer.concat([header, ...bodies]);
}
