// Whether an error means "database unreachable" is judged on the errors the real driver throws, not on guesses.
import net from 'node:net';
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

  test('a raw statement whose pooled connection the network resets (Prisma reports it as a failed raw query)', async () => {
    // a relay to the database that resets every connection it carries when cut, as a lost link does
    const sockets = new Set<net.Socket>();
    const relay = net.createServer((client) => {
      const upstream = net.connect(Number(new URL(db.url).port), '127.0.0.1');
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    const port = await freePort();
    await new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve));
    const url = new URL(db.url);
    url.port = String(port);
    const relayed = createPrismaClient(url.toString());
    try {
      await relayed.$queryRaw`SELECT 1`;
      for (const socket of sockets) socket.resetAndDestroy();
      const error = await failureOf(() => relayed.$queryRaw`SELECT 1`);
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await relayed.$disconnect();
      relay.close();
    }
  });

  test('a refused query on a reachable database is not an outage', async () => {
    const error = await failureOf(() => db.prisma.$queryRawUnsafe('SELECT * FROM no_such_table'));
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
  });
});
