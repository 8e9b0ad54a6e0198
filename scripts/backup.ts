// `npm run backup [-- --out DIR]`: pg_dump of the app's database (embedded or DATABASE_URL) into backups/.
import path from 'node:path';
import { backupDatabase } from './backup-core';
import { provideDatabase } from './database';
import { ROOT } from './paths';

async function main() {
  const index = process.argv.indexOf('--out');
  const outDir = index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : path.join(ROOT, 'backups');
  const db = await provideDatabase({ quiet: true });
  try {
    console.log(`Backup written: ${backupDatabase(db.url, outDir)}`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(`Backup failed: ${error.message}`);
  process.exit(1);
});
