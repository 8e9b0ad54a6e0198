import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../../lib/db-client';
import { loadDemoDataIfEmpty } from '../../prisma/seed/load-demo';
import { withDatabase } from '../../scripts/embedded-db';

export type TestDatabase = { url: string; name: string; prisma: PrismaClient; drop: () => Promise<void> };

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: inject('serverUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The rows of one SQL statement on a database, over a connection of its own (not the Prisma client's pool). */
export async function sqlRows<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh database of this test file's own: migrated (cloned from the template) or empty. */
export async function createTestDatabase(
  options: { isEmpty?: boolean; withDemoData?: boolean } = {},
): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(
    options.isEmpty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${inject('templateDb')}`,
  );
  const url = withDatabase(inject('serverUrl'), name);
  const prisma = createPrismaClient(url);
  if (options.withDemoData) await loadDemoDataIfEmpty(prisma);
  return {
    url,
    name,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * Points the app's shared client (lib/db.ts) at this test database, so data-layer functions can be tested
 * exactly as the app calls them.
 */
export function useAsAppDatabase(db: TestDatabase) {
  process.env.DATABASE_URL = db.url;
  (globalThis as { prisma?: PrismaClient }).prisma = db.prisma;
}
