// What the production build tells the benchmark: a server action's id, and the JavaScript a page loads first.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../paths';

/** The id under which the build registered an exported server action (what the form posts as Next-Action). */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in the build`);
  return found[0];
}

export type FirstLoad = { files: number; rawKb: number; gzipKb: number };

/**
 * Every script chunk a page's HTML makes the browser load (script tags and the chunks its flight data names for
 * client components), measured gzip-compressed as the files are in .next/static.
 */
export function firstLoadJs(html: string): FirstLoad {
  const chunks = new Set([...html.matchAll(/static\/chunks\/[\w.~-]+\.js/g)].map((m) => m[0]));
  let raw = 0;
  let gzip = 0;
  let files = 0;
  for (const chunk of chunks) {
    const file = path.join(ROOT, '.next', chunk);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    raw += bytes.byteLength;
    gzip += gzipSync(bytes, { level: 9 }).byteLength;
    files += 1;
  }
  return { files, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}
