// What the data-layer benchmarks share (bench-dashboard, bench-reports, bench-entry and bench/profile): lib/data
// loaded outside Next, a demo-data database of their own, the session's view of a user, and timing after warm-ups.
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SessionUser } from '../../lib/auth/permissions';
import type { PrismaClient } from '../../lib/db-client';
import { loadDemoDataIfEmpty } from '../../prisma/seed/load-demo';
import { startEmbeddedDatabase } from '../embedded-db';
import { applyMigrations } from '../migrate';
import { percentile } from './http';

// lib/data is marked 'server-only' (a build-time guard for Next); outside Next that module would throw on import.
const localRequire = Module.createRequire(__filename);
const serverOnly = localRequire.resolve('server-only');
localRequire.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

/** The app's one Prisma client (lib/db), on whatever DATABASE_URL names when it is first used. */
export async function appPrisma(): Promise<PrismaClient> {
  return (await import('../../lib/db')).prisma;
}

/**
 * Runs `bench` against a fresh embedded database (migrated, demo data loaded) that the app's modules use through
 * DATABASE_URL; the database is thrown away afterwards.
 */
export async function withDemoDatabase(name: string, bench: (prisma: PrismaClient) => Promise<void>): Promise<void> {
  const db = await startEmbeddedDatabase({
    dataDir: path.join(os.tmpdir(), `fj12345-${name}-${process.pid}`),
    persistent: false,
    quiet: true,
  });
  process.env.DATABASE_URL = db.url;
  try {
    await applyMigrations(db.url);
    const prisma = await appPrisma();
    await loadDemoDataIfEmpty(prisma);
    await bench(prisma);
  } finally {
    await (await appPrisma()).$disconnect().catch(() => undefined);
    await db.stop();
  }
}

/** A user as a signed-in session carries it (what lib/data's reads and writes take). */
export async function sessionUser(prisma: PrismaClient, username: string): Promise<SessionUser> {
  const u = await prisma.user.findUniqueOrThrow({ where: { username } });
  return { id: u.id, username: u.username, name: u.displayName, role: u.role, unitId: u.unitId };
}

export type Timing = { median: number; p90: number };

export const median = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Times `run` `runs` times after `warmUps` untimed calls (connections, query plans, JIT); `before` runs ahead of each
 * call, outside the timing. Every call gets its index, warm-ups included, so a bench can vary its input.
 */
export async function timeRuns(
  runs: number,
  run: (i: number) => Promise<unknown>,
  options: { warmUps?: number; before?: (i: number) => Promise<unknown> } = {},
): Promise<Timing> {
  const warmUps = options.warmUps ?? 1;
  const ms: number[] = [];
  for (let i = 0; i < warmUps + runs; i++) {
    await options.before?.(i);
    const start = performance.now();
    await run(i);
    if (i >= warmUps) ms.push(performance.now() - start);
  }
  return {
    median: median(ms),
    p90: percentile(
      [...ms].sort((a, b) => a - b),
      90,
    ),
  };
}

/** "label   median 1.23 ms   p90 2.34 ms" */
export const timingLine = (label: string, t: Timing, width = 44) =>
  `${label.padEnd(width)} median ${t.median.toFixed(2).padStart(8)} ms   p90 ${t.p90.toFixed(2).padStart(8)} ms`;

/** A bench script's entry point: a failure is printed and ends the process with 1. */
export function runBench(main: () => Promise<void>) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
