// `npm run forecast:backtest`: how well the seasonal forecast and the linear rule have predicted the full year at each
// as-of month, with the share of years that fell inside the 80% interval, on two histories:
// - the demo history (every unit, every COUNT and RATIO indicator, each complete year forecast from the other years);
// - the province bench data of `npm run bench:data` (100 units × 2017–2025 complete), read from the benchmark's kept
//   database, which is generated first (about 5 minutes) when it is not there yet. `--demo-only` skips it.
import { buildDemoData } from '../prisma/seed/demo-data';
import { provideProvinceDatabase } from './bench/database';
import { PROVINCE } from './bench/province';
import { report } from './forecast-backtest-report';
import { readProvincePlans } from './forecast-backtest-province';

async function main() {
  console.log(report('Demo data', buildDemoData().plans));
  if (process.argv.includes('--demo-only')) return;
  const db = await provideProvinceDatabase(PROVINCE, true);
  try {
    console.log(`\n${report('Province bench data', await readProvincePlans(db.url))}`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
