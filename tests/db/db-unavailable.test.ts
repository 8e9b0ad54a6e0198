// Whether an error means "database unreachable" is judged on the errors the real driver throws, not on guesses.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createPrismaClient } from '../../lib/db-client';
import { isDatabaseUnavailable } from '../../lib/db-unavailable';
import { freePort } from '../../scripts/embedded-db';
import { createTestDatabase, type TestDatabase } from './helpers';

async function admin(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: inject('serverUrl') });
  await client.connect();
  try {
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

const failureOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the query to fail');
};

describe('isDatabaseUnavailable', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await admin(`ALTER DATABASE ${db.name} WITH ALLOW_CONNECTIONS true`);
    await db.drop();
  });

  test('nothing listening on the port', async () => {
    const nowhere = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/nowhere`);
    try {
      expect(isDatabaseUnavailable(await failureOf(() => nowhere.unit.count()))).toBe(true);
    } finally {
      await nowhere.$disconnect();
    }
  });

  test('the database stops accepting connections and drops the open ones', async () => {
    await db.prisma.unit.count();
    await admin(`ALTER DATABASE ${db.name} WITH ALLOW_CONNECTIONS false`);
    await admin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [db.name]);
    const error = await failureOf(async () => {
      // the first query may meet the terminated pooled connection, the next a refused new one: both count
      await db.prisma.unit.count().catch(() => undefined);
      await db.prisma.unit.count();
    });
    expect(isDatabaseUnavailable(error)).toBe(true);
    await admin(`ALTER DATABASE ${db.name} WITH ALLOW_CONNECTIONS true`);
    expect(await db.prisma.unit.count()).toBeGreaterThanOrEqual(0);
  });

  test('a refused query on a reachable database is not an outage', async () => {
    const error = await failureOf(() => db.prisma.$queryRawUnsafe('SELECT * FROM no_such_table'));
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
  });
});
