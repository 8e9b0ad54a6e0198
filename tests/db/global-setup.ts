// Starts one real PostgreSQL for the database tests (embedded unless DATABASE_URL is given) and prepares a
// migrated template database; each test file clones its own database from it (see helpers.ts).
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, withDatabase } from '../../scripts/embedded-db';
import { applyMigrations } from '../../scripts/migrate';

export const TEMPLATE_DB = 'fj12345_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDb: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.DATABASE_URL;
  const embedded = given
    ? null
    : await startEmbeddedDatabase({
        dataDir: path.join(os.tmpdir(), `fj12345-test-pg-${process.pid}`),
        persistent: false,
        quiet: true,
      });
  const serverUrl = given ?? embedded!.url;

  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  await applyMigrations(withDatabase(serverUrl, TEMPLATE_DB));

  project.provide('serverUrl', serverUrl);
  project.provide('templateDb', TEMPLATE_DB);

  return async () => {
    if (embedded) await embedded.stop();
  };
}
