import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET } from '../../app/api/health/route';
import { createPrismaClient } from '../../lib/db-client';
import { freePort } from '../../scripts/embedded-db';
import { ROOT } from '../../scripts/paths';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from './helpers';

describe('GET /api/health', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.drop());

  test('answers 200 with the database state when the database is reachable', async () => {
    useAsAppDatabase(db);
    const response = await GET();
    expect(response.status).toBe(200);
    const migrations = readdirSync(path.join(ROOT, 'prisma', 'migrations'), { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    ).length;
    expect(await response.json()).toMatchObject({ status: 'ok', database: { isUp: true, migrations } });
  });

  test('answers 503 when the database cannot be reached', async () => {
    const unreachable = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/nowhere`);
    (globalThis as { prisma?: unknown }).prisma = unreachable;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'unavailable', database: { isUp: false } });
    } finally {
      await unreachable.$disconnect();
      useAsAppDatabase(db);
    }
  });
});
