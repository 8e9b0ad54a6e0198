import { create } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { woff2ToTrueType } from './woff2';

type Outlines = {
  numGlyphs: number;
  postscriptName: string;
  getGlyph(id: number): { path: { toSVG(): string }; advanceWidth: number };
  glyphForCodePoint(codePoint: number): { id: number };
};
const open = (bytes: Buffer) => create(bytes) as unknown as Outlines;

describe('WOFF2 to TrueType (HanaMinB for the PDF)', () => {
  const woff2 = readFileSync(
    createRequire(import.meta.url).resolve('hanamin/HanaMinB.CJK-Unified-Ideographs-Extension-B-03.woff2'),
  );

  test('every glyph keeps its outline and advance, each code point its glyph, under the new PostScript name', () => {
    const before = open(woff2);
    const after = open(woff2ToTrueType(woff2, 'HanaMinB-ExtB03'));
    expect(after.numGlyphs).toBe(before.numGlyphs);
    expect(after.postscriptName).toBe('HanaMinB-ExtB03');
    for (let id = 0; id < before.numGlyphs; id++) {
      expect(after.getGlyph(id).path.toSVG()).toBe(before.getGlyph(id).path.toSVG());
      expect(after.getGlyph(id).advanceWidth).toBe(before.getGlyph(id).advanceWidth);
    }
    expect(after.glyphForCodePoint(0x20bb7).id).toBe(before.glyphForCodePoint(0x20bb7).id); // 𠮷
    expect(after.glyphForCodePoint(0x20bb7).id).toBeGreaterThan(0);
  });
});
