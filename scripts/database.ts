// DATABASE_URL when given; otherwise an embedded PostgreSQL whose data lives in .data/ (git-ignored).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveDataDir, startEmbeddedDatabase } from './embedded-db';
import { claimDataDir, publishUrl, runningInstance } from './instance-lock';
import { DATA_DIR } from './paths';

export type ProvidedDatabase = { url: string; isEmbedded: boolean; dataDir: string | null; stop: () => Promise<void> };

/**
 * The app's database. `npm start` owns the embedded one (a second start on the same data is refused); the other
 * commands use the running app's database when there is one, and start it themselves only when there is not.
 */
export async function provideDatabase(options: { isApp?: boolean; quiet?: boolean } = {}): Promise<ProvidedDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, isEmbedded: false, dataDir: null, stop: async () => {} };
  }
  const dataDir = resolveDataDir(path.join(DATA_DIR, 'pg'));
  const running = options.isApp ? null : runningInstance(dataDir);
  if (running?.url) return { url: running.url, isEmbedded: true, dataDir, stop: async () => {} };
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lock = claimDataDir(dataDir);
  if (!options.quiet) console.log(`[db] Starting the embedded PostgreSQL (data in ${dataDir})…`);
  try {
    const db = await startEmbeddedDatabase({ dataDir, persistent: true });
    publishUrl(dataDir, db.url);
    return {
      url: db.url,
      isEmbedded: true,
      dataDir,
      stop: async () => {
        await db.stop();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** NEXTAUTH_SECRET when given; otherwise one generated once and kept in .data/, so sessions survive restarts. */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, 'nextauth-secret');
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
