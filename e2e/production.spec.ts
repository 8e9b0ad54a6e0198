// Production mode as an operator meets it: `npm start -- --no-demo` on an empty embedded database (its own DATA_DIR),
// the first administrator from `admin:create`, the forced password change, a refused second start, graceful stop.
import { expect, test, type Browser } from '@playwright/test';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  isAlive,
  postmasterPid,
  runCommand,
  runningDatabaseUrl,
  startApp,
  waitUntilServing,
  type AppProcess,
} from './support/app-process';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'chen.jing', displayName: '陈静', password: 'Hotline#2026', next: 'Center#2027go' };
let dataDir: string;
let app: AppProcess;

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // the database stops under it in the stop tests
  await client.connect();
  return client;
}

async function rowCounts(): Promise<Record<string, number>> {
  const client = await connect(runningDatabaseUrl(dataDir));
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'",
    );
    const counts: Record<string, number> = {};
    for (const { name } of rows)
      counts[name] = Number((await client.query(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n);
    return counts;
  } finally {
    await client.end();
  }
}

/** Holds the user table so that a request reading it stays in flight until `release`. */
async function holdUserTable(url: string) {
  const client = await connect(url);
  await client.query('BEGIN');
  await client.query('LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE');
  return {
    waitForBlockedRequest: () =>
      expect
        .poll(
          async () =>
            Number(
              (await client.query("SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'")).rows[0]
                .n,
            ),
          { timeout: 30_000 },
        )
        .toBeGreaterThan(0),
    release: async () => {
      await client.query('COMMIT');
      await client.end();
    },
    drop: () => client.end().catch(() => undefined),
  };
}

async function signIn(browser: Browser, password: string) {
  const context = await browser.newContext({ baseURL: app.baseUrl, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  return { context, page };
}

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'fj12345-production-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres OS user, who must reach the data
  app = await startApp(dataDir);
  await waitUntilServing(app);
});

test.afterAll(async () => {
  if (app && app.process.exitCode === null) {
    app.process.kill('SIGTERM');
    await app.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test('the console says production mode first; no demo row, no account; the sign-in page says how to create the first administrator', async ({
  browser,
}) => {
  expect(app.output().split('\n')[0]).toBe(
    '[start] Production mode: embedded PostgreSQL (--no-demo), no demo data is ever loaded.',
  );
  expect(app.output()).toContain('No demo accounts. First administrator: npm run admin:create -- --username <name>');
  expect(app.output()).not.toContain('Demo@2026');
  const counts = await rowCounts();
  expect(Object.keys(counts).length).toBeGreaterThan(10);
  expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([]);

  const { context, page } = await signIn(browser, 'Demo@2026');
  await expect(page.getByRole('note', { name: '尚未创建系统管理员' })).toContainText(
    'npm run admin:create -- --username <name>',
  );
  await expect(page.getByRole('note')).toContainText('没有默认密码');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await context.close();
  expect((await rowCounts()).User).toBe(0);
});

test('admin:create refuses a password argument and a weak password, then creates the administrator from standard input', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const argument = runCommand('admin-create.ts', ['--username', ADMIN.username, '--password', ADMIN.password], dataDir);
  expect(argument.status).toBe(2);
  expect(argument.stderr).toContain('never taken from the command line');
  const weak = runCommand('admin-create.ts', ['--username', ADMIN.username], dataDir, 'hotline2026\nhotline2026\n');
  expect(weak.status).toBe(1);
  expect(weak.stderr).toContain('Refused: The password needs at least 3 of');
  expect((await rowCounts()).User).toBe(0);

  const created = runCommand(
    'admin-create.ts',
    ['--username', ADMIN.username, '--display-name', ADMIN.displayName],
    dataDir,
    `${ADMIN.password}\n${ADMIN.password}\n`,
  );
  expect(created.stderr).toBe('');
  expect(created.status).toBe(0);
  expect((await rowCounts()).User).toBe(1);

  await page.goto(`${app.baseUrl}/login`);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await expect(page.getByRole('note', { name: '尚未创建系统管理员' })).toHaveCount(0);
});

test('the created administrator must change the password at first sign-in, then gets in', async ({ browser }) => {
  const { context, page } = await signIn(browser, ADMIN.password);
  await expect(page).toHaveURL(/\/password$/);
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/password$/);
  await page.getByLabel('当前密码').fill(ADMIN.password);
  await page.getByLabel('新密码', { exact: true }).fill(ADMIN.next);
  await page.getByLabel('再次输入新密码').fill(ADMIN.next);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page.getByRole('status')).toContainText('密码已修改');
  await page.getByRole('link', { name: '返回系统' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('current-user')).toHaveText(`${ADMIN.displayName}（系统管理员）`);
  await context.close();

  const again = await signIn(browser, ADMIN.next);
  await expect(again.page).toHaveURL(/\/$/);
  await again.context.close();
});

test('a second start on the same data says so and exits non-zero without touching the data folder', async () => {
  const lockFile = path.join(dataDir, 'pg.instance.json');
  const lockBefore = readFileSync(lockFile, 'utf8');
  const postmasterBefore = readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8');
  const second = await startApp(dataDir);
  expect(await second.exited).toBe(2);
  expect(second.output()).toContain('The app is already running on this data');
  expect(second.output()).not.toContain('Starting the embedded PostgreSQL');
  expect(readFileSync(lockFile, 'utf8')).toBe(lockBefore);
  expect(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).toBe(postmasterBefore);
  expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
});

test('SIGTERM lets a request in flight finish, refuses new ones, then the server and the embedded database stop', async () => {
  test.setTimeout(120_000);
  const postgres = postmasterPid(dataDir)!;
  const held = await holdUserTable(runningDatabaseUrl(dataDir));
  const inFlight = fetch(`${app.baseUrl}/login`);
  await held.waitForBlockedRequest();
  app.process.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 3_000));
  expect(app.process.exitCode).toBeNull();
  expect(isAlive(postgres)).toBe(true);
  await expect(fetch(`${app.baseUrl}/api/health`)).rejects.toThrow();

  await held.release();
  const answer = await inFlight;
  expect(answer.status).toBe(200);
  expect(await answer.text()).toContain('登录');
  expect(await app.exited).toBe(0);
  await expect.poll(() => isAlive(postgres), { timeout: 30_000 }).toBe(false);
  expect(postmasterPid(dataDir)).toBeNull();
});

test('a request still running after 10 s does not hold the stop: the server is ended, then the database; the data is kept', async () => {
  test.setTimeout(240_000);
  app = await startApp(dataDir);
  await waitUntilServing(app);
  expect((await rowCounts()).User).toBe(1);
  const postgres = postmasterPid(dataDir)!;
  const held = await holdUserTable(runningDatabaseUrl(dataDir));
  const inFlight = fetch(`${app.baseUrl}/login`).then(
    (answer) => answer.status,
    () => 'aborted',
  );
  await held.waitForBlockedRequest();
  const signalled = Date.now();
  app.process.kill('SIGTERM');
  expect(await app.exited).toBe(0);
  expect(Date.now() - signalled).toBeGreaterThanOrEqual(10_000);
  expect(app.output()).toContain('Requests still running after 10s: stopping the server.');
  expect(await inFlight).toBe('aborted');
  await expect.poll(() => isAlive(postgres), { timeout: 30_000 }).toBe(false);
  await held.drop();
});
