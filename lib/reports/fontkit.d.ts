// The part of fontkit's API the PDF's glyph fallback uses (the package ships no types).
declare module 'fontkit' {
  type Font = { hasGlyphForCodePoint: (codePoint: number) => boolean };
  export function create(buffer: Buffer): Font;
}
