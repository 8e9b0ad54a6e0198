// `npm run plan:load-seed`: the center's 2026 单位整体绩效目标表 (unit 103603) into the app's database, once.
import { createPrismaClient } from '../lib/db-client';
import { loadSeedPlan, SeedPlanConflict } from '../prisma/seed/load-plan';
import { provideDatabase } from './database';
import { applyMigrations } from './migrate';

async function main() {
  const db = await provideDatabase({ quiet: true });
  const prisma = createPrismaClient(db.url);
  try {
    await applyMigrations(db.url);
    const result = await loadSeedPlan(prisma, null);
    console.log(
      result.loaded
        ? 'Loaded the 2026 单位整体绩效目标表 of unit 103603 (6 indicators, budget 245.78万元, published).'
        : 'The 2026 单位整体绩效目标表 of unit 103603 is already loaded; nothing changed.',
    );
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof SeedPlanConflict ? `Refused: ${error.message}` : error.message);
  process.exit(1);
});
