// `npm run bench`: runs every scripts/bench-*.ts in turn; each prints its own medians and ratios against a
// baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

const only = process.argv[2];
const benches = readdirSync(path.join(ROOT, 'scripts'))
  .filter((f) => /^bench-.+\.ts$/.test(f) && (!only || f.includes(only)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join('scripts', file)], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
