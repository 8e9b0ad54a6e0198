// The app started exactly as `npm start -- --no-demo` starts it (scripts/start.ts), on an embedded database of its
// own in a throw-away DATA_DIR, for the specs about production mode and stopping.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
/** What `npm start` runs (package.json), so that signals reach the start script itself. */
const START = [process.execPath, '--import', 'tsx', path.join(ROOT, 'scripts', 'start.ts')];

export type AppProcess = {
  process: ChildProcess;
  baseUrl: string;
  output: () => string;
  exited: Promise<number | null>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port'))));
    });
  });
}

/** The environment of an operator's shell: no DATABASE_URL (that would select the other production mode). */
export function operatorEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ...extra };
  delete env.DATABASE_URL;
  return env;
}

export async function startApp(dataDir: string, args: string[] = ['--no-demo']): Promise<AppProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(START[0], [...START.slice(1), ...args], {
    cwd: ROOT,
    env: operatorEnv(dataDir, { PORT: String(port), NEXTAUTH_URL: baseUrl }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, baseUrl, output: () => text, exited };
}

export async function waitUntilServing(app: AppProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.process.exitCode !== null) throw new Error(`The app exited:\n${app.output()}`);
    try {
      if ((await fetch(`${app.baseUrl}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The app did not answer within ${timeoutMs / 1000}s:\n${app.output()}`);
}

/** The running app's database, as the lock file beside the data folder publishes it to the command-line tools. */
export function runningDatabaseUrl(dataDir: string): string {
  return JSON.parse(readFileSync(path.join(dataDir, 'pg.instance.json'), 'utf8')).url;
}

export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A repository command as an operator types it (`npm run <name> -- …`), with its standard input. */
export function runCommand(script: string, args: string[], dataDir: string, input = '') {
  return spawnSync(TSX, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: operatorEnv(dataDir),
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
}
