// The part of fontkit's API the PDF's glyph fallback uses (the package ships no types).
declare module 'fontkit' {
  type Font = {
    hasGlyphForCodePoint: (codePoint: number) => boolean;
    /** hhea's ascent and the em, in font units */
    ascent: number;
    unitsPerEm: number;
  };
  export function create(buffer: Buffer): Font;
}
