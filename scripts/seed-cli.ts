// `npm run seed -- --demo`: the synthetic demo data, only into an empty database (never mixed with real data).
import { createPrismaClient } from '../lib/db-client';
import { loadDemoDataIfEmpty } from '../prisma/seed/load-demo';
import { provideDatabase } from './database';
import { applyMigrations } from './migrate';

async function main() {
  if (!process.argv.includes('--demo')) {
    console.error('Usage: npm run seed -- --demo   (loads the synthetic demo data into an empty database)');
    process.exit(2);
  }
  const db = await provideDatabase();
  try {
    await applyMigrations(db.url);
    const prisma = createPrismaClient(db.url);
    const result = await loadDemoDataIfEmpty(prisma).finally(() => prisma.$disconnect());
    if (!result.loaded) {
      console.error('Refused: the database already holds data. Demo data goes only into an empty database.');
      process.exitCode = 1;
    } else console.log('Demo data loaded.');
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
