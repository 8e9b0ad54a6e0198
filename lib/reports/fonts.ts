import { create } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { woff2ToTrueType } from './woff2';

// Fonts from npm, never a system font. Noto Sans SC draws the reports; a character it lacks falls back, glyph by
// glyph, to Noto Sans HK (the CJK Extension B characters of Hong Kong and Taiwan use, in their sans design), then
// HanaMinB for the rest of Extensions B–F, then Noto Emoji, then Noto Sans Arabic. Resolved from the project root at
// run time, so the bundler leaves the large files alone (pdfkit and fontkit are server external packages); the
// fallbacks are read only when a text needs them.
const FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  'ext-b': '@expo-google-fonts/noto-sans-hk/400Regular/NotoSansHK_400Regular.ttf',
  'ext-b-bold': '@expo-google-fonts/noto-sans-hk/700Bold/NotoSansHK_700Bold.ttf',
  emoji: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
  'emoji-bold': '@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf',
  arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  'arabic-bold': '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
} as const;

// HanaMinB (花園明朝B, GlyphWiki; the Hanazono Font License or OFL-1.1) covers CJK Extensions B–F, 42,711 of
// Extension B's 42,720 code points. The npm package `hanamin` ships it split into files of 1,024 code points each
// (about 330 KB); its stylesheet says which file holds which range. It has one weight, used for bold text too.
type RareHanFile = `hanamin/HanaMinB.${string}.woff2`;
const RARE_HAN_STYLESHEET = 'hanamin/HanaMin.css';
const SUPPLEMENTARY_IDEOGRAPHIC_PLANE = 0x20000;

export type FontFile = keyof typeof FILES | RareHanFile;

/** The fixed fallbacks in the order they are tried, each with its bold face. */
const FALLBACKS = [
  { regular: 'ext-b', bold: 'ext-b-bold' },
  { regular: 'emoji', bold: 'emoji-bold' },
  { regular: 'arabic', bold: 'arabic-bold' },
] as const satisfies { regular: FontFile; bold: FontFile }[];

const bytesCache = new Map<FontFile, Buffer>();
const coverageCache = new Map<FontFile, ReturnType<typeof create>>();
let rareHanRanges: { from: number; to: number; file: RareHanFile }[] | undefined;

const isRareHan = (file: FontFile): file is RareHanFile => file.startsWith('hanamin/');

function resolveFromRoot(request: string): string {
  const requireFromRoot = createRequire(path.join(process.cwd(), 'package.json'));
  try {
    return requireFromRoot.resolve(request);
  } catch {
    const name = request.startsWith('@') ? request.split('/').slice(0, 2).join('/') : request.split('/')[0];
    throw new Error(`The PDF font package ${name} is not installed: run \`npm install\` (it is in package.json).`);
  }
}

export const fontPath = (file: FontFile): string => resolveFromRoot(isRareHan(file) ? file : FILES[file]);

/** A PostScript name of its own for each HanaMinB file, e.g. HanaMinB-ExtB03. */
const rareHanName = (file: RareHanFile) =>
  `HanaMinB-${file
    .replace(/^hanamin\/HanaMinB\.|\.woff2$/g, '')
    .replace('CJK-Unified-Ideographs-Extension-', 'Ext')
    .replace(/[^A-Za-z0-9]/g, '')}`;

const readFont = (file: FontFile) => readFileSync(/* turbopackIgnore: true */ fontPath(file));

/** The font as pdfkit embeds it (TrueType; a WOFF2 file converted), made once per process. */
export function fontBytes(file: FontFile): Buffer {
  let bytes = bytesCache.get(file);
  if (!bytes) {
    bytes = isRareHan(file) ? woff2ToTrueType(readFont(file), rareHanName(file)) : readFont(file);
    bytesCache.set(file, bytes);
  }
  return bytes;
}

/** The font's tables as fontkit reads them, parsed once per process. */
function parsed(file: FontFile) {
  let font = coverageCache.get(file);
  if (!font) {
    font = create(bytesCache.get(file) ?? readFont(file));
    coverageCache.set(file, font);
  }
  return font;
}

/** Whether the font has a glyph for the code point (its cmap). */
export const hasGlyph = (file: FontFile, codePoint: number): boolean => parsed(file).hasGlyphForCodePoint(codePoint);

/** How far the font rises above its baseline, in ems (pdfkit sets text by its top, this far above the baseline). */
export function ascentOf(file: FontFile): number {
  const font = parsed(file);
  return font.ascent / font.unitsPerEm;
}

/** The HanaMinB file whose range holds the code point (the package's stylesheet read once per process). */
export function rareHanFile(codePoint: number): RareHanFile | undefined {
  if (codePoint < SUPPLEMENTARY_IDEOGRAPHIC_PLANE) return undefined;
  rareHanRanges ??= [
    ...readFileSync(/* turbopackIgnore: true */ resolveFromRoot(RARE_HAN_STYLESHEET), 'utf8').matchAll(
      /url\((HanaMinB\.[\w-]+\.woff2)\)[^}]*?unicode-range:([^;]+);/g,
    ),
  ].flatMap(([, file, ranges]) =>
    ranges.split(',').map((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return { from: parseInt(from, 16), to: parseInt(to, 16), file: `hanamin/${file}` as RareHanFile };
    }),
  );
  return rareHanRanges.find((r) => codePoint >= r.from && codePoint <= r.to)?.file;
}

/** The first fallback font, in the text's weight, that has a glyph for the code point. */
export function fallbackFor(weight: 'regular' | 'bold', codePoint: number): FontFile | undefined {
  const [sansHan, ...others] = FALLBACKS;
  if (hasGlyph(sansHan[weight], codePoint)) return sansHan[weight];
  const rareHan = rareHanFile(codePoint);
  if (rareHan && hasGlyph(rareHan, codePoint)) return rareHan;
  return others.find((f) => hasGlyph(f[weight], codePoint))?.[weight];
}
