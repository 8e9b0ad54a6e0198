// One `npm start` per embedded data folder: a second start on the same data says so and exits instead of starting a
// second PostgreSQL on it. The lock file names the running process and its database address, so the command-line
// tools (backup, admin:create, plan:load-seed…) use that running database instead of starting their own.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export type RunningInstance = { pid: number; url: string; dataDir: string };

const lockFile = (dataDir: string) => `${dataDir}.instance.json`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live `npm start` on this data folder, if any (a lock left by a crashed process is ignored). */
export function runningInstance(dataDir: string): RunningInstance | null {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const instance = JSON.parse(readFileSync(file, 'utf8')) as RunningInstance;
    return instance.pid !== process.pid && isAlive(instance.pid) ? instance : null;
  } catch {
    return null;
  }
}

/** Takes the data folder for this process (exclusive create; a stale lock from a dead process is replaced). */
export function claimDataDir(dataDir: string): { release: () => void } {
  const file = lockFile(dataDir);
  const other = runningInstance(dataDir);
  if (other) throw new AlreadyRunningError(other);
  rmSync(file, { force: true });
  try {
    writeFileSync(file, JSON.stringify({ pid: process.pid, url: '', dataDir }), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new AlreadyRunningError({ pid: 0, url: '', dataDir }); // another start took it this very moment
  }
  return {
    release: () => {
      const current = runningInstance(dataDir);
      if (!current) rmSync(file, { force: true });
    },
  };
}

export function publishUrl(dataDir: string, url: string) {
  writeFileSync(lockFile(dataDir), JSON.stringify({ pid: process.pid, url, dataDir }), { mode: 0o600 });
}

export class AlreadyRunningError extends Error {
  constructor(readonly instance: RunningInstance) {
    super(
      `The app is already running on this data (process ${instance.pid}, data in ${instance.dataDir}). ` +
        'Stop it first (Ctrl-C or kill -TERM), or use it as it is.',
    );
  }
}
