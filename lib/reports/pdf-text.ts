// Text in the PDF with per-glyph font fallback. Text that Noto Sans SC covers entirely goes through pdfkit's own
// layout, as before. Other text (CJK Extension B, emoji, Arabic in unit names and explanations) is split into runs,
// each in the first font that has its glyphs, and laid out here: wrapped at spaces and between CJK characters, each
// run shaped by pdfkit (fontkit orders an Arabic run right to left). Invisible format characters (variation
// selectors, joiners, bidi controls) are dropped rather than drawn as empty boxes.
import type PDFDocument from 'pdfkit';
import { ascentOf, fallbackFor, fontBytes, type FontFile, hasGlyph } from './fonts';

type Doc = InstanceType<typeof PDFDocument>;
export type Face = 'cjk' | 'cjk-bold';
export type TextOptions = {
  face: Face;
  size: number;
  width?: number;
  align?: 'left' | 'center' | 'right';
  lineGap?: number;
  lineBreak?: boolean;
};
type Run = { font: FontFile; text: string };

const PRIMARY: Record<Face, FontFile> = { cjk: 'regular', 'cjk-bold': 'bold' };
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;
// a line may break before and after each of these (ideographs, kana, full-width forms, emoji)
const BREAK_AROUND = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u{1f000}-\u{1faff}\u{20000}-\u{3ffff}]/u;

/** The font each code point is drawn in: the face's own when it has the glyph, else the first fallback that does. */
function fontFor(face: Face, codePoint: number): FontFile {
  const primary = PRIMARY[face];
  if (hasGlyph(primary, codePoint)) return primary;
  return fallbackFor(face === 'cjk-bold' ? 'bold' : 'regular', codePoint) ?? primary;
}

/** Consecutive characters of one font, after dropping invisible format characters. */
export function fontRuns(text: string, face: Face): Run[] {
  const runs: Run[] = [];
  for (const char of text.replace(INVISIBLE, '')) {
    const font = /\s/.test(char) ? (runs.at(-1)?.font ?? PRIMARY[face]) : fontFor(face, char.codePointAt(0)!);
    const last = runs.at(-1);
    if (last && last.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}

// fontkit puts the letters of an Arabic word right to left, but pdfkit sets the words of a run left to right: a
// right-to-left run is drawn word by word, last word first, so that the phrase reads right to left as a whole
const RIGHT_TO_LEFT: FontFile[] = ['arabic', 'arabic-bold'];
const visualPieces = (run: Run): string[] =>
  RIGHT_TO_LEFT.includes(run.font) ? run.text.split(/(\s+)/).filter(Boolean).reverse() : [run.text];

const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');
const needsFallback = (text: string, face: Face) =>
  HAS_INVISIBLE.test(text) || [...text].some((c) => !/\s/.test(c) && !hasGlyph(PRIMARY[face], c.codePointAt(0)!));

/** Registers the fallback fonts a text needs with this document (once each) and selects the given one. */
function selectFont(doc: Doc, font: FontFile, size: number) {
  const own = (Object.keys(PRIMARY) as Face[]).find((face) => PRIMARY[face] === font);
  if (own) {
    doc.font(own).fontSize(size);
    return;
  }
  const registered = doc as Doc & { fallbackFonts?: Set<FontFile> };
  registered.fallbackFonts ??= new Set();
  if (!registered.fallbackFonts.has(font)) {
    doc.registerFont(font, fontBytes(font));
    registered.fallbackFonts.add(font);
  }
  doc.font(font).fontSize(size);
}

const runsWidth = (doc: Doc, runs: Run[], size: number) =>
  runs.reduce((sum, run) => {
    selectFont(doc, run.font, size);
    return sum + doc.widthOfString(run.text);
  }, 0);

/** Splits the text into lines of runs that fit the width (a word wider than the line is cut between characters). */
function wrap(doc: Doc, text: string, options: TextOptions): Run[][] {
  const lines: Run[][] = [];
  for (const paragraph of text.split('\n')) {
    const pieces = paragraph.match(
      new RegExp(`\\s+|${BREAK_AROUND.source}|[^\\s${BREAK_AROUND.source.slice(1, -1)}]+`, 'gu'),
    ) ?? [''];
    let line: Run[] = [];
    const push = (runs: Run[]) => {
      for (const run of runs) {
        const last = line.at(-1);
        // spaces inside a right-to-left phrase belong to it, so that the phrase is one run
        const joins = last && (last.font === run.font || (/^\s+$/.test(run.text) && RIGHT_TO_LEFT.includes(last.font)));
        if (last && joins) last.text += run.text;
        else line.push({ ...run });
      }
    };
    const fits = (runs: Run[]) =>
      options.width === undefined || runsWidth(doc, [...line, ...runs], options.size) <= options.width + 0.01;
    for (const piece of pieces) {
      const runs = fontRuns(piece, options.face);
      if (fits(runs) || options.lineBreak === false) push(runs);
      else if (/^\s+$/.test(piece)) continue;
      else {
        if (line.length > 0) lines.push(line);
        line = [];
        for (const char of [...piece]) {
          const one = fontRuns(char, options.face);
          if (!fits(one) && line.length > 0) {
            lines.push(line);
            line = [];
          }
          push(one);
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

const lineHeight = (doc: Doc, options: TextOptions) => {
  doc.font(options.face).fontSize(options.size);
  return doc.currentLineHeight(true) + (options.lineGap ?? 0);
};

/**
 * A text well inside the width (1 pt to spare) is one line: pdfkit's heightOfString gives it one line's height, the
 * same sum as computed here, without laying out each word, which is most of the time of a large table.
 */
const fitsOneLine = (doc: Doc, text: string, width: number | undefined) =>
  width !== undefined && !/[\n\r\t\u00ad]/.test(text) && doc.widthOfString(text) < width - 1;

/** The height the text takes at this width, as pdfkit's heightOfString measures it. */
export function textHeightOf(doc: Doc, text: string, options: TextOptions): number {
  if (!needsFallback(text, options.face)) {
    doc.font(options.face).fontSize(options.size);
    if (fitsOneLine(doc, text, options.width))
      return doc.y + (doc.currentLineHeight(true) + (options.lineGap ?? 0)) - doc.y;
    return doc.heightOfString(text, { width: options.width, lineGap: options.lineGap });
  }
  return wrap(doc, text, options).length * lineHeight(doc, options);
}

/** Where a line of the given width starts when aligned in the width from x (measured only when not left-aligned). */
const alignedLeft = (x: number, width: number | undefined, align: TextOptions['align'], used: () => number) =>
  width === undefined || align === undefined || align === 'left'
    ? x
    : x + (align === 'center' ? (width - used()) / 2 : width - used());

/**
 * A line that fits, placed as pdfkit's line wrapper places it (aligned in the width, doc.y one line lower, doc.x
 * back at x) but without the wrapper, which splits the text into words and measures each: most of the time of a
 * large table's cells.
 */
function writeOneLine(doc: Doc, text: string, x: number, y: number, options: TextOptions & { width: number }) {
  const { width, align = 'left', lineGap = 0 } = options;
  const left = alignedLeft(x, width, align, () => doc.widthOfString(align === 'right' ? text.trimEnd() : text));
  doc.text(text, left, y, { lineBreak: false });
  doc.x = x;
  doc.y = y + doc.currentLineHeight(true) + lineGap;
}

/** Writes the text at (x, y) and leaves doc.y below it, as pdfkit's text() does. */
export function writeText(doc: Doc, text: string, x: number, y: number, options: TextOptions) {
  const { face, size, width, align = 'left', lineGap, lineBreak } = options;
  if (!needsFallback(text, face)) {
    doc.font(face).fontSize(size);
    if (fitsOneLine(doc, text, width)) writeOneLine(doc, text, x, y, { ...options, width: width! });
    else doc.text(text, x, y, { width, align, lineGap, lineBreak });
    return;
  }
  const step = lineHeight(doc, options);
  let top = y;
  for (const line of wrap(doc, text, options)) {
    let left = alignedLeft(x, width, align, () => runsWidth(doc, line, size));
    for (const run of line) {
      selectFont(doc, run.font, size);
      // one baseline for the line: pdfkit sets text by its top, so a font that rises less above the baseline than
      // the face's own (HanaMinB, Noto Emoji) is set that much lower, one that rises more (Noto Sans Arabic) higher
      const runTop = top + (ascentOf(PRIMARY[face]) - ascentOf(run.font)) * size;
      for (const piece of visualPieces(run)) {
        doc.text(piece, left, runTop, { lineBreak: false });
        left += doc.widthOfString(piece);
      }
    }
    top += step;
  }
  doc.font(face).fontSize(size);
  doc.x = x;
  doc.y = top;
}
