import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Noto Sans SC from npm (@expo-google-fonts/noto-sans-sc), never a system font. Resolved from the project root at
// run time, so the bundler leaves the 10 MB files alone (pdfkit is a server external package).
const FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

const cache = new Map<keyof typeof FILES, Buffer>();

export function fontPath(weight: keyof typeof FILES): string {
  const requireFromRoot = createRequire(path.join(process.cwd(), 'package.json'));
  return requireFromRoot.resolve(FILES[weight]);
}

/** The font file's bytes, read once per process. */
export function fontBytes(weight: keyof typeof FILES): Buffer {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = readFileSync(fontPath(weight));
    cache.set(weight, bytes);
  }
  return bytes;
}
