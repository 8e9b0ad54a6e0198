// The benchmark's database: a database of its own, never the app's. With DATABASE_URL, a database named
// fj12345_province on that server (created, and dropped unless kept); otherwise an embedded PostgreSQL under the
// temp folder (kept between runs with --keep, so the province is generated once).
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { resolveDataDir, startEmbeddedDatabase, withDatabase } from '../embedded-db';
import { applyMigrations } from '../migrate';
import { loadProvince } from './load-province';
import type { ProvinceConfig } from './province';

const DB_NAME = 'fj12345_province';

export type ProvinceDatabase = { url: string; loadSeconds: number | null; stop: () => Promise<void> };

async function isLoaded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT COUNT(*)::int AS n FROM "Unit"');
    return rows[0].n > 0;
  } finally {
    await client.end();
  }
}

export async function provideProvinceDatabase(config: ProvinceConfig, keep: boolean): Promise<ProvinceDatabase> {
  const given = process.env.DATABASE_URL;
  const embedded = given
    ? null
    : await startEmbeddedDatabase({
        dataDir: resolveDataDir(
          path.join(os.tmpdir(), keep ? 'fj12345-province-pg' : `fj12345-province-pg-${process.pid}`),
        ),
        persistent: keep,
        quiet: true,
      });
  const serverUrl = given ?? embedded!.url;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME])).rowCount! > 0;
  if (exists && !keep) await admin.query(`DROP DATABASE ${DB_NAME} WITH (FORCE)`);
  if (!exists || !keep) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const url = withDatabase(serverUrl, DB_NAME);
  await applyMigrations(url);
  let loadSeconds: number | null = null;
  if (!(await isLoaded(url))) {
    const start = performance.now();
    const counts = await loadProvince(url, config);
    loadSeconds = (performance.now() - start) / 1000;
    console.log(`[bench] province loaded in ${loadSeconds.toFixed(1)} s:`, counts);
  } else {
    console.log('[bench] province already loaded (kept from an earlier run)');
  }
  return {
    url,
    loadSeconds,
    stop: async () => {
      if (given && !keep) {
        const cleanup = new pg.Client({ connectionString: given });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`).catch(() => undefined);
        await cleanup.end();
      }
      await embedded?.stop();
    },
  };
}
