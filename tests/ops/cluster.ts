// The operations harness: an embedded PostgreSQL reached through a TCP relay that can be cut (a database outage),
// two app instances on that one database, and Debian's nginx balancing them — all on loopback, all stopped after.
import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '../../lib/db-client';
import { loadDemoDataIfEmpty } from '../../prisma/seed/load-demo';
import { buildIfStale } from '../../scripts/build-if-stale';
import { freePort, type RunningDatabase, startEmbeddedDatabase, withDatabase } from '../../scripts/embedded-db';
import { applyMigrations } from '../../scripts/migrate';
import { ROOT } from '../../scripts/paths';
import { TEST_NOW } from '../support/test-now';

/** A TCP relay to the database whose link can be cut (refusing and dropping connections) and restored. */
export async function databaseRelay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let isUp = true;
  const server = net.createServer((client) => {
    if (!isUp) return client.destroy();
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    cut: () => {
      isUp = false;
      for (const s of sockets) s.destroy();
    },
    restore: () => {
      isUp = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

export type Instance = { port: number; url: string; log: string; process: ChildProcess };

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} within ${timeoutMs / 1000}s`);
}

export const isHealthy = async (url: string) => (await fetch(`${url}/api/health`)).status === 200;

/** The process and its descendants, from /proc. */
export function processTree(pid: number): Set<number> {
  const kids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of kids) {
      const stat = (() => {
        try {
          return readFileSync(`/proc/${p}/stat`, 'utf8');
        } catch {
          return '';
        }
      })();
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (tree.has(ppid) && !tree.has(Number(p))) {
        tree.add(Number(p));
        grew = true;
      }
    }
  }
  return tree;
}

/** The process's resident memory (and its children's), from /proc, in bytes. */
export function rssOf(pid: number): number {
  const tree = processTree(pid);
  let total = 0;
  for (const p of tree) {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

function nginxConfig(dir: string, listen: number, upstreams: number[]) {
  const temp = (name: string) => `${name} ${path.join(dir, name)};`;
  return `daemon off;
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
  # each request's upstream tries ("B, A": refused or cut by B, retried on A) and their statuses, for the tests
  log_format ops '$request_method $request_uri $status "$upstream_addr" "$upstream_status" $request_time';
  access_log ${path.join(dir, 'access.log')} ops;
  ${temp('client_body_temp_path')}
  ${temp('proxy_temp_path')}
  ${temp('fastcgi_temp_path')}
  ${temp('uwsgi_temp_path')}
  ${temp('scgi_temp_path')}
  upstream app {
    ${upstreams.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=30s;`).join('\n    ')}
  }
  server {
    listen 127.0.0.1:${listen};
    client_max_body_size 12m;
    location / {
      proxy_pass http://app;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Proto http;
      proxy_next_upstream error timeout http_502;
      proxy_connect_timeout 2s;
    }
  }
}
`;
}

type Cleanup = () => unknown | Promise<unknown>;

/** Starts a process in a group of its own: killing the group ends whatever it started too (no orphan keeps a port). */
function spawnGroup(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; log: string }) {
  const out = openSync(options.log, 'a');
  try {
    return spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', out, out] });
  } finally {
    closeSync(out);
  }
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Sends the signal to the child's process group and waits until the child is gone (SIGKILL after `graceMs`). */
export async function killGroup(child: ChildProcess, signal: NodeJS.Signals, graceMs = 10_000): Promise<void> {
  if (!isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const send = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // the group is gone already
    }
  };
  send(signal);
  const timer = setTimeout(() => send('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  send('SIGKILL'); // anything the leader left behind in its group
}

/** One request as nginx logged it: the upstreams it tried, in order, with their statuses. */
export type ProxiedRequest = { method: string; uri: string; status: number; upstreams: string[]; statuses: string[] };

/** The requests nginx has logged so far (see `log_format ops`). */
export function proxiedRequests(accessLog: string): ProxiedRequest[] {
  if (!existsSync(accessLog)) return [];
  return readFileSync(accessLog, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [, method, uri, status, upstreams, statuses] = /^(\S+) (\S+) (\d+) "([^"]*)" "([^"]*)"/.exec(line)!;
      // "127.0.0.1:3001, 127.0.0.1:3002" (a " : " would separate an internal redirect's tries)
      const list = (text: string) => text.split(/\s*,\s*|\s+:\s+/).filter((t) => t && t !== '-');
      return { method, uri, status: Number(status), upstreams: list(upstreams), statuses: list(statuses) };
    });
}

/**
 * TCP connections that these processes hold open to the port on loopback, from /proc: for nginx's, its requests in
 * flight to that upstream (it opens a connection per request).
 */
export function connectionsTo(port: number, owners: Set<number>): number {
  const inodes = new Set<string>();
  for (const pid of owners) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`, 'utf8'));
        if (socket) inodes.add(socket[1]);
      }
    } catch {
      // ended meanwhile, or an fd closed while read
    }
  }
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => {
      const fields = line.trim().split(/\s+/);
      return fields[2] === `0100007F:${hexPort}` && fields[3] === '01' && inodes.has(fields[9]);
    }).length;
}

/** The last lines of a log file, for a failure message. */
const tail = (file: string) => {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
};

export async function startCluster() {
  const cleanups: Cleanup[] = [];
  const children = new Set<ChildProcess>();
  const work = mkdtempSync(path.join(os.tmpdir(), 'fj12345-ops-'));
  chmodSync(work, 0o755); // as root, PostgreSQL and nginx's workers run as other users that must reach it
  // whatever way this process ends (a failed setup, Ctrl-C), no app instance or nginx outlives it, nor its folder
  const killChildrenOnExit = () => {
    for (const child of children) if (isRunning(child)) killGroupNow(child);
    rmSync(work, { recursive: true, force: true });
  };
  process.on('exit', killChildrenOnExit);
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  cleanups.push(() => process.off('exit', killChildrenOnExit));
  const stop = async () => {
    const errors: unknown[] = [];
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'the ops cluster did not stop cleanly');
  };
  try {
    const db: RunningDatabase = await startEmbeddedDatabase({
      dataDir: path.join(work, 'pg'),
      persistent: false,
      quiet: true,
    });
    cleanups.push(() => db.stop());
    const dbName = `ops_${process.pid}`;
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const directUrl = withDatabase(db.url, dbName);
    await applyMigrations(directUrl);
    const prisma = createPrismaClient(directUrl);
    cleanups.push(() => prisma.$disconnect());
    await loadDemoDataIfEmpty(prisma);
    const relay = await databaseRelay({ host: '127.0.0.1', port: Number(new URL(db.url).port) });
    cleanups.push(() => relay.close());
    const relayedUrl = new URL(directUrl);
    relayedUrl.port = String(relay.port);

    buildIfStale();
    const nginxPort = await freePort();
    const publicUrl = `http://127.0.0.1:${nginxPort}`;
    const env = {
      ...process.env,
      DATABASE_URL: relayedUrl.toString(),
      NEXTAUTH_SECRET: 'ops-secret-not-for-production',
      NEXTAUTH_URL: publicUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      // the app's clock (lib/clock.ts) at the demo data's "today", whatever today's date
      APP_NOW: TEST_NOW.toISOString(),
    };
    const instances: Instance[] = [];
    const launch = (instance: Omit<Instance, 'process'> & { process?: ChildProcess }) => {
      const child = spawnGroup(
        path.join(ROOT, 'node_modules', '.bin', 'next'),
        ['start', '-p', String(instance.port), '-H', '127.0.0.1'],
        { cwd: ROOT, env, log: instance.log },
      );
      children.add(child);
      child.once('exit', () => children.delete(child));
      instance.process = child;
      return instance as Instance;
    };
    const answered = async (instance: Instance) =>
      waitFor(() => isHealthy(instance.url), 90_000, 'an app instance answered').catch((error: Error) => {
        throw new Error(`${error.message}; its log:\n${tail(instance.log)}`);
      });
    cleanups.push(async () => {
      for (const instance of instances) await killGroup(instance.process, 'SIGTERM');
    });
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      instances.push(launch({ port, url: `http://127.0.0.1:${port}`, log: path.join(work, `app-${i}.log`) }));
    }
    for (const instance of instances) await answered(instance);

    writeFileSync(
      path.join(work, 'nginx.conf'),
      nginxConfig(
        work,
        nginxPort,
        instances.map((i) => i.port),
      ),
    );
    const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
    if (!nginxBin) throw new Error('nginx is not installed (apt-get install nginx; .ci/run does)');
    const nginxLog = path.join(work, 'nginx.out');
    const nginx = spawnGroup(nginxBin, ['-c', path.join(work, 'nginx.conf'), '-p', work], { log: nginxLog });
    children.add(nginx);
    cleanups.push(() => killGroup(nginx, 'SIGTERM'));
    await waitFor(() => isHealthy(publicUrl), 20_000, 'nginx answered').catch((error: Error) => {
      throw new Error(`${error.message}; its log:\n${tail(nginxLog)}\n${tail(path.join(work, 'error.log'))}`);
    });

    /** Starts the instance again on its port after it was killed, as a supervisor (systemd) would. */
    const restart = async (instance: Instance) => {
      await killGroup(instance.process, 'SIGKILL');
      launch(instance);
      await answered(instance);
    };
    return {
      publicUrl,
      accessLog: path.join(work, 'access.log'),
      nginxPid: nginx.pid!,
      instances,
      relay,
      prisma,
      directUrl,
      work,
      restart,
      /** Kills the instance at once (SIGKILL to its whole process group) and waits until it is gone. */
      kill: (instance: Instance) => killGroup(instance.process, 'SIGKILL'),
      /** After a test: the database reachable and both instances running again, whatever the test did. */
      makeWhole: async () => {
        relay.restore();
        for (const instance of instances) if (!isRunning(instance.process)) await restart(instance);
        await waitFor(
          async () => (await Promise.all(instances.map((i) => isHealthy(i.url)))).every(Boolean),
          60_000,
          'both instances healthy',
        );
      },
      stop,
    };
  } catch (error) {
    await stop().catch((stopError: unknown) => console.error('[ops] cleanup after a failed start:', stopError));
    throw error;
  }
}

function killGroupNow(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // gone already
  }
}

/** One sign-in attempt through NextAuth's credentials flow, as the client sees its answer. */
export async function signInAttempt(baseUrl: string, username: string, password: string) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookies.join('; '), Origin: baseUrl },
    body: new URLSearchParams({ csrfToken, username, password, json: 'true' }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
  const body = await response.text();
  const target = new URL(
    ((): string => {
      try {
        return (JSON.parse(body) as { url?: string }).url ?? '';
      } catch {
        return '';
      }
    })() ||
      response.headers.get('location') ||
      baseUrl,
    baseUrl,
  );
  return {
    cookie: session ? [...cookies, session.split(';')[0]].join('; ') : null,
    /** what the sign-in page is told: the status and the error it shows (null when signed in) */
    answer: { status: response.status, path: target.pathname, error: target.searchParams.get('error') },
  };
}

/** Signs in through NextAuth's credentials flow; the cookie header of the session, or null when refused. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string | null> {
  return (await signInAttempt(baseUrl, username, password)).cookie;
}

/** Signs out through NextAuth (which ends the session in the database for every instance). */
export async function signOut(baseUrl: string, cookie: string): Promise<number> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { Cookie: cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const response = await fetch(`${baseUrl}/api/auth/signout`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: [cookie, ...csrfCookie].join('; '),
      Origin: baseUrl,
    },
    body: new URLSearchParams({ csrfToken, json: 'true' }),
  });
  return response.status;
}
