// The operations harness: an embedded PostgreSQL reached through a TCP relay that can be cut (a database outage),
// two app instances on that one database, and Debian's nginx balancing them — all on loopback, all stopped after.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Instance = { port: number; url: string; process: ChildProcess };

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} within ${timeoutMs / 1000}s`);
}

export const isHealthy = async (url: string) => (await fetch(`${url}/api/health`)).status === 200;

/** The process's resident memory (and its children's), from /proc, in bytes. */
export function rssOf(pid: number): number {
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
  access_log off;
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

export async function startCluster() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'fj12345-ops-'));
  chmodSync(work, 0o755); // as root, PostgreSQL and nginx's workers run as other users that must reach it
  const db: RunningDatabase = await startEmbeddedDatabase({
    dataDir: path.join(work, 'pg'),
    persistent: false,
    quiet: true,
  });
  const dbName = `ops_${process.pid}`;
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const directUrl = withDatabase(db.url, dbName);
  await applyMigrations(directUrl);
  const prisma = createPrismaClient(directUrl);
  await loadDemoDataIfEmpty(prisma);
  const relay = await databaseRelay({ host: '127.0.0.1', port: Number(new URL(db.url).port) });
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
  };
  const launch = (port: number) =>
    spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
  const instances: Instance[] = [];
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    instances.push({ port, url: `http://127.0.0.1:${port}`, process: launch(port) });
  }
  for (const instance of instances) await waitFor(() => isHealthy(instance.url), 90_000, 'an app instance answered');
  writeFileSync(
    path.join(work, 'nginx.conf'),
    nginxConfig(
      work,
      nginxPort,
      instances.map((i) => i.port),
    ),
  );
  const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync('test', ['-x', p]).status === 0);
  if (!nginxBin) throw new Error('nginx is not installed (apt-get install nginx)');
  const nginx = spawn(nginxBin, ['-c', path.join(work, 'nginx.conf'), '-p', work], { stdio: 'ignore' });
  await waitFor(() => isHealthy(publicUrl), 20_000, 'nginx answered');

  return {
    publicUrl,
    instances,
    relay,
    prisma,
    directUrl,
    /** Starts the instance again on its port after it was killed, as a supervisor (systemd) would. */
    restart: async (instance: Instance) => {
      instance.process = launch(instance.port);
      await waitFor(() => isHealthy(instance.url), 90_000, 'the restarted instance answered');
    },
    stop: async () => {
      nginx.kill('SIGTERM');
      for (const i of instances) if (i.process.exitCode === null) i.process.kill('SIGKILL');
      await prisma.$disconnect();
      await relay.close();
      await db.stop();
    },
  };
}

/** Signs in through NextAuth's credentials flow; the cookie header of the session, or null when refused. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string | null> {
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
  return session ? [...cookies, session.split(';')[0]].join('; ') : null;
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
