// The fingerprint of the code that computes figures: a hash of every source file under lib/ (tests and the generated
// Prisma client left out). A production build carries it (next.config.mjs), and stored plan summaries are used only
// by a build with the same fingerprint, so a new release never serves figures an older engine computed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function engineFingerprint(root) {
  const lib = path.join(root, 'lib');
  const files = readdirSync(lib, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 32);
}
