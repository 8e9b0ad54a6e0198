// `npm run bench:all [-- name]`: the data-layer benchmarks on the demo data, one after another (or those whose file
// name contains `name`); each prints its medians and ratios against a baseline measured in the same run. The
// province benchmark (`npm run bench`, scripts/bench-province.ts) is not one of them: it builds and serves the app.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths';

const DATA_LAYER_BENCHES = ['bench-dashboard.ts', 'bench-entry.ts', 'bench-reports.ts'];

const only = process.argv[2];
let failed = 0;
for (const file of DATA_LAYER_BENCHES.filter((f) => !only || f.includes(only))) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join('scripts', file)], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
