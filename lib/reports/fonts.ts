import { create } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Fonts from npm (OFL-1.1), never a system font. Noto Sans SC draws the reports; a character it lacks falls back,
// glyph by glyph, to Noto Sans HK (CJK Extension B as in names of people and places), Noto Emoji, then Noto Sans
// Arabic. Resolved from the project root at run time, so the bundler leaves the large files alone (pdfkit and fontkit
// are server external packages); the fallbacks are read only when a text needs them.
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
export type FontFile = keyof typeof FILES;

/** The fallbacks in the order they are tried, each with its bold face. */
export const FALLBACKS = [
  { regular: 'ext-b', bold: 'ext-b-bold' },
  { regular: 'emoji', bold: 'emoji-bold' },
  { regular: 'arabic', bold: 'arabic-bold' },
] as const satisfies { regular: FontFile; bold: FontFile }[];

const bytesCache = new Map<FontFile, Buffer>();
const coverageCache = new Map<FontFile, ReturnType<typeof create>>();

export function fontPath(file: FontFile): string {
  const requireFromRoot = createRequire(path.join(process.cwd(), 'package.json'));
  try {
    return requireFromRoot.resolve(FILES[file]);
  } catch {
    const name = FILES[file].split('/').slice(0, 2).join('/');
    throw new Error(`The PDF font package ${name} is not installed: run \`npm install\` (it is in package.json).`);
  }
}

/** The font file's bytes, read once per process. */
export function fontBytes(file: FontFile): Buffer {
  let bytes = bytesCache.get(file);
  if (!bytes) {
    bytes = readFileSync(fontPath(file));
    bytesCache.set(file, bytes);
  }
  return bytes;
}

/** Whether the font has a glyph for the code point (its cmap, parsed once per process). */
export function hasGlyph(file: FontFile, codePoint: number): boolean {
  let font = coverageCache.get(file);
  if (!font) {
    font = create(fontBytes(file));
    coverageCache.set(file, font);
  }
  return font.hasGlyphForCodePoint(codePoint);
}
