// `npm run restore -- <file> [--force]`: pg_restore into the app's database, refused when it is not empty.
import { existsSync } from 'node:fs';
import { RestoreRefused, restoreDatabase } from './backup-core';
import { provideDatabase } from './database';

async function main() {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (!file || !existsSync(file)) {
    console.error('Usage: npm run restore -- <backup file> [--force]   (stop the app first)');
    process.exit(2);
  }
  const db = await provideDatabase({ quiet: true });
  try {
    await restoreDatabase(db.url, file, { force: process.argv.includes('--force') });
    console.log(`Restored ${file}.`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof RestoreRefused ? `Refused: ${error.message}` : `Restore failed: ${error.message}`);
  process.exit(1);
});
