// `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { provideDatabase } from './database';
import { applyMigrations } from './migrate';

async function main() {
  const db = await provideDatabase();
  try {
    const applied = await applyMigrations(db.url);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
