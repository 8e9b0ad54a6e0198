// `npm run seed`: loads the demo data into an empty database.
import { createPrismaClient } from '../lib/db-client';
import { loadDemoDataIfEmpty } from '../prisma/seed/load-demo';
import { provideDatabase } from './database';
import { applyMigrations } from './migrate';

async function main() {
  const db = await provideDatabase();
  try {
    await applyMigrations(db.url);
    const prisma = createPrismaClient(db.url);
    const result = await loadDemoDataIfEmpty(prisma);
    await prisma.$disconnect();
    console.log(result.loaded ? 'Demo data loaded.' : 'The database already holds data; nothing loaded.');
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
