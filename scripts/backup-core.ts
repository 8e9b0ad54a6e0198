// pg_dump / pg_restore of the app's database (PostgreSQL's own tools, custom format). The client tools must have
// the server's major version: the embedded PostgreSQL is 15, as Debian 12's postgresql-client-15.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** The libpq environment for a connection string (keeps the password off the command line). */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
    ...(u.searchParams.get('sslmode') ? { PGSSLMODE: u.searchParams.get('sslmode')! } : {}),
  };
}

function tool(name: 'pg_dump' | 'pg_restore'): string {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (!found)
    throw new Error(
      `${name} is not installed. On Debian 12: apt-get install postgresql-client-15 (the server's major).`,
    );
  return found;
}

export function backupFileName(now = new Date()): string {
  return `fj12345-${now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}Z.dump`;
}

/** A consistent dump (pg_dump takes one snapshot) in custom format; returns the file written. */
export function backupDatabase(url: string, outDir: string, now = new Date()): string {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(path.resolve(outDir), backupFileName(now));
  execFileSync(tool('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', '--file', file], {
    env: libpqEnv(url),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return file;
}

/** Number of tables in the public schema: a restore goes only into a database without any (unless forced). */
export async function countTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

export class RestoreRefused extends Error {}

export async function restoreDatabase(url: string, file: string, options: { force: boolean }): Promise<void> {
  const tables = await countTables(url);
  if (tables > 0 && !options.force)
    throw new RestoreRefused(
      `The target database is not empty (${tables} tables). Restore into an empty database, or pass --force to ` +
        'replace what is there.',
    );
  const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction'];
  if (options.force) args.push('--clean', '--if-exists');
  execFileSync(tool('pg_restore'), [...args, '--dbname', libpqEnv(url).PGDATABASE!, file], {
    env: libpqEnv(url),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
