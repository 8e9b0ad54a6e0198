// The benchmark's database: a database of its own, never the app's. With DATABASE_URL, a database named
// fj12345_province on that server (created, and dropped unless kept); otherwise an embedded PostgreSQL under the
// temp folder (kept between runs with --keep, so the province is generated once, and again whenever the generator's
// content or the migrations change).
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { resolveDataDir, startEmbeddedDatabase, withDatabase } from '../embedded-db';
import { applyMigrations, readMigrations } from '../migrate';
import { loadProvince } from './load-province';
import { provinceHash, type ProvinceConfig } from './province';

const DB_NAME = 'fj12345_province';

export type ProvinceDatabase = { url: string; loadSeconds: number | null; stop: () => Promise<void> };

/**
 * What a kept province must match to be measured again: the content the generator makes of this configuration and
 * the migrations it was loaded under. Anything else (an older generator, a newer schema, a load that stopped half-way)
 * is generated again rather than measured.
 */
export function provinceFingerprint(config: ProvinceConfig): string {
  const migrations = readMigrations().map((m) => `${m.name}:${m.checksum}`);
  return createHash('sha256')
    .update(JSON.stringify([provinceHash(config), migrations]))
    .digest('hex');
}

const FINGERPRINT_TABLE = 'bench_province';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Makes url hold the province of config, generating it unless it is there already: returns how many seconds the
 * load took, or null when the province was kept. The fingerprint is written last, so a load that fails is redone.
 */
export async function ensureProvince(
  url: string,
  config: ProvinceConfig,
  fingerprint = provinceFingerprint(config),
): Promise<number | null> {
  const stored = await withClient(url, async (client) => {
    const { rows } = await client.query<{ table: string | null }>('SELECT to_regclass($1)::text AS table', [
      FINGERPRINT_TABLE,
    ]);
    if (!rows[0].table) return null;
    return (await client.query<{ fingerprint: string }>(`SELECT fingerprint FROM ${FINGERPRINT_TABLE}`)).rows[0]
      ?.fingerprint;
  });
  if (stored === fingerprint) {
    console.log('[bench] province already loaded (kept from an earlier run)');
    return null;
  }
  const hasTables = await withClient(
    url,
    async (client) =>
      (await client.query(`SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public') AS yes`)).rows[0]
        .yes as boolean,
  );
  if (hasTables) {
    console.log('[bench] the kept province was made by another generator or schema: generating it again');
    await withClient(url, (client) => client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public'));
  }
  await applyMigrations(url);
  const start = performance.now();
  const counts = await loadProvince(url, config);
  const seconds = (performance.now() - start) / 1000;
  await withClient(url, async (client) => {
    await client.query(`CREATE TABLE ${FINGERPRINT_TABLE} (fingerprint text NOT NULL)`);
    await client.query(`INSERT INTO ${FINGERPRINT_TABLE} VALUES ($1)`, [fingerprint]);
  });
  console.log(`[bench] province loaded in ${seconds.toFixed(1)} s:`, counts);
  return seconds;
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
  const loadSeconds = await ensureProvince(url, config);
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
