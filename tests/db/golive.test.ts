// Going live: the first administrator from the command line, demo data only into an empty database, backups.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyLogin } from '../../lib/data/auth-users';
import { loadDemoDataIfEmpty } from '../../prisma/seed/load-demo';
import { backupDatabase, restoreDatabase } from '../../scripts/backup-core';
import { createFirstAdmin } from '../../scripts/first-admin';
import { ROOT } from '../../scripts/paths';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from './helpers';

const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const run = (script: string, args: string[], url: string, input?: string) =>
  spawnSync(tsx, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 150_000,
  });

describe('production database: the first administrator', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
  });
  afterAll(async () => db.drop());

  test('a production database holds no account and no demo row until admin:create', async () => {
    expect(await db.prisma.user.count()).toBe(0);
    expect(await db.prisma.unit.count()).toBe(0);
    expect(await db.prisma.plan.count()).toBe(0);
  });

  test('admin:create refuses a password on the command line and a weak password', { timeout: 300_000 }, () => {
    const argv = run('admin-create.ts', ['--username', 'chief', '--password', 'Strong#2026x'], db.url);
    expect(argv.status).toBe(2);
    expect(argv.stderr).toContain('never taken from the command line');
    const weak = run('admin-create.ts', ['--username', 'chief'], db.url, 'password\npassword\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('Refused: The password needs at least 3 of');
    const named = run('admin-create.ts', ['--username', 'chief'], db.url, 'Chief#2026x\n');
    expect(named.stderr).toContain('must not contain the user name');
  });

  test(
    'admin:create reads the password from stdin, once; the admin must change it at first sign-in',
    { timeout: 200_000 },
    async () => {
      const created = run(
        'admin-create.ts',
        ['--username', 'zhang.wei', '--display-name', '张伟'],
        db.url,
        'Hotline#2026\nHotline#2026\n',
      );
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);
      const user = await db.prisma.user.findUniqueOrThrow({ where: { username: 'zhang.wei' } });
      expect(user).toMatchObject({
        role: 'ADMIN',
        displayName: '张伟',
        isActive: true,
        mustChangePassword: true,
        isDemo: false,
      });
      const login = await verifyLogin('zhang.wei', 'Hotline#2026');
      expect(login).toMatchObject({ ok: true, account: { mustChangePassword: true } });
      expect(await db.prisma.auditEvent.count({ where: { action: 'ADMIN_CREATE' } })).toBe(1);

      await expect(createFirstAdmin(db.prisma, { username: 'second', password: 'Another#2026' })).rejects.toThrow(
        'already has an active administrator',
      );
    },
  );

  test('demo data never goes into a database that holds anything', { timeout: 200_000 }, async () => {
    expect((await loadDemoDataIfEmpty(db.prisma)).loaded).toBe(false);
    expect(await db.prisma.unit.count()).toBe(0);
    const seed = run('seed-cli.ts', ['--demo'], db.url);
    expect(seed.status).toBe(1);
    expect(seed.stderr).toContain('Refused');
  });
});

async function tableFingerprints(url: string): Promise<Record<string, { rows: number; hash: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    const out: Record<string, { rows: number; hash: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; hash: string | null }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${name}" t`,
      );
      out[name] = { rows: Number(rows[0].n), hash: rows[0].hash ?? '' };
    }
    return out;
  } finally {
    await client.end();
  }
}

describe('backup and restore', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let outDir: string;
  beforeAll(async () => {
    source = await createTestDatabase({ withDemoData: true });
    target = await createTestDatabase({ isEmpty: true });
    outDir = mkdtempSync(path.join(os.tmpdir(), 'backups-'));
  });
  afterAll(async () => {
    await source.drop();
    await target.drop();
    rmSync(outDir, { recursive: true, force: true });
  });

  test('backup → restore into a fresh database: every table has the same row count and content hash', async () => {
    const file = backupDatabase(source.url, outDir, new Date('2026-03-02T01:02:03Z'));
    expect(path.basename(file)).toBe('fj12345-20260302T010203Z.dump');
    await restoreDatabase(target.url, file, { force: false });
    const [before, after] = await Promise.all([tableFingerprints(source.url), tableFingerprints(target.url)]);
    expect(Object.keys(before).length).toBeGreaterThan(10);
    expect(before.MonthlyActual.rows).toBeGreaterThan(100);
    expect(after).toEqual(before);
  });

  test('restore refuses a database that is not empty, and changes nothing there', { timeout: 200_000 }, async () => {
    const file = backupDatabase(source.url, outDir, new Date('2026-03-02T04:05:06Z'));
    const before = await tableFingerprints(target.url);
    await expect(restoreDatabase(target.url, file, { force: false })).rejects.toThrow('not empty');
    expect(await tableFingerprints(target.url)).toEqual(before);
    const cli = run('restore.ts', [file], target.url);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('Refused: The target database is not empty');
  });
});
