// `npm run bench:data`: generates the province into the benchmark's kept database (never the app's) and prints how
// long the load took and the content hash.
import { provideProvinceDatabase } from './database';
import { PROVINCE, provinceHash } from './province';

async function main() {
  const db = await provideProvinceDatabase(PROVINCE, true);
  await db.stop();
  const start = Date.now();
  console.log(`[bench] content hash ${provinceHash(PROVINCE)} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
