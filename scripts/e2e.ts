// `npm run test:e2e`: a database of its own (embedded, or a fresh database on DATABASE_URL's server), the demo
// data, the production build, a server on a free port, then Playwright against it.
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '../lib/db-client';
import { loadDemoDataIfEmpty } from '../prisma/seed/load-demo';
import { buildIfStale } from './build-if-stale';
import { INSTALL_HINT, provideChromium } from './browser';
import { freePort, startEmbeddedDatabase, withDatabase } from './embedded-db';
import { applyMigrations } from './migrate';
import { ROOT } from './paths';
import { TEST_NOW } from '../tests/support/test-now';

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The app did not answer on ${url} within ${timeoutMs / 1000}s`);
}

async function main() {
  const browser = provideChromium();
  if (!browser) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  process.env.PLAYWRIGHT_CHROMIUM_PATH = browser;
  const given = process.env.DATABASE_URL;
  const embedded = given
    ? null
    : await startEmbeddedDatabase({
        dataDir: path.join(os.tmpdir(), `fj12345-e2e-pg-${process.pid}`),
        persistent: false,
        quiet: true,
      });
  const serverUrl = given ?? embedded!.url;
  const dbName = `e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = withDatabase(serverUrl, dbName);
  await applyMigrations(url);
  const prisma = createPrismaClient(url);
  await loadDemoDataIfEmpty(prisma);
  await prisma.$disconnect();

  buildIfStale();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: 'e2e-secret-not-for-production',
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    // the app's clock (lib/clock.ts): the demo year as the tests expect it, whatever today's date
    APP_NOW: TEST_NOW.toISOString(),
  };
  const server = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  let status = 1;
  try {
    await waitForHealth(baseUrl, 60_000);
    const result = spawnSync(
      path.join(ROOT, 'node_modules', '.bin', 'playwright'),
      ['test', ...process.argv.slice(2)],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...env, E2E_BASE_URL: baseUrl },
      },
    );
    status = result.status ?? 1;
  } finally {
    server.kill('SIGTERM');
    if (given) {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
      await cleanup.end();
    }
    await embedded?.stop();
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
