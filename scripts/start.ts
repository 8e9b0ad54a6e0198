// `npm start` / `npm run dev`: database → migrations → demo data if empty → build if stale → serve.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createPrismaClient } from '../lib/db-client';
import { DEMO_PASSWORD } from '../prisma/seed/demo-data';
import { loadDemoDataIfEmpty } from '../prisma/seed/load-demo';
import { buildIfStale } from './build-if-stale';
import { authSecret, provideDatabase } from './database';
import { applyMigrations } from './migrate';
import { ROOT } from './paths';

const isDev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);

async function main() {
  const db = await provideDatabase();
  let child: ReturnType<typeof spawn> | null = null;
  let isStopping = false;
  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    child?.kill('SIGTERM');
    await db.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const applied = await applyMigrations(db.url);
    console.log(applied.length ? `[db] Applied migrations: ${applied.join(', ')}` : '[db] Schema is up to date.');
    const prisma = createPrismaClient(db.url);
    const demo = await loadDemoDataIfEmpty(prisma);
    await prisma.$disconnect();
    if (demo.loaded) console.log('[db] Loaded the demo data (10 units, 2023–2025 and January–October 2026).');

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
      if (/Ready in|started server|✓ Ready/i.test(chunk.toString())) printWelcome(demo.users);
    });
    child.on('exit', (code) => void stop(code ?? 0));
  } catch (error) {
    console.error('[start]', (error as Error).message);
    await stop(1);
  }
}

function printWelcome(users: { username: string; role: string; unitCode: string | null }[]) {
  console.log(`\n  12345热线绩效目标管理 is running on http://localhost:${port}\n`);
  console.log(`  Demo accounts (password ${DEMO_PASSWORD}):`);
  for (const u of users)
    console.log(
      `    ${u.username.padEnd(18)} ${u.role.padEnd(10)} ${u.role === 'MANAGER' ? `unit ${u.unitCode}` : ''}`,
    );
  console.log('\n  Press Ctrl-C to stop (the embedded database stops with it).\n');
}

void main();
