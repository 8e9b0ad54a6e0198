import { mkdtempSync, cpSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../scripts/migrate';
import { createTestDatabase, type TestDatabase, sqlRows } from './helpers';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ isEmpty: true });
  });
  afterAll(async () => db.drop());

  const query = <T extends pg.QueryResultRow>(sql: string) => sqlRows<T>(db.url, sql);

  test('apply to an empty database and record each one as Prisma does', async () => {
    const applied = await applyMigrations(db.url);
    const migrations = readMigrations();
    expect(applied).toEqual(migrations.map((m) => m.name));
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
    expect(migrations[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  test('are idempotent: a second run applies nothing and changes nothing', async () => {
    const before = await query('SELECT id, checksum FROM "_prisma_migrations" ORDER BY id');
    expect(await applyMigrations(db.url)).toEqual([]);
    expect(await query('SELECT id, checksum FROM "_prisma_migrations" ORDER BY id')).toEqual(before);
  });

  test('refuse to run when an applied migration file was edited', async () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    cpSync(MIGRATIONS_DIR, copy, { recursive: true });
    const first = readMigrations()[0].name;
    appendFileSync(path.join(copy, first, 'migration.sql'), '\n-- edited\n');
    await expect(applyMigrations(db.url, readMigrations(copy))).rejects.toThrow(/edited after it was applied/);
  });

  test('roll back a failing migration completely and record nothing', async () => {
    const broken = [
      ...readMigrations(),
      {
        name: '29990101000000_broken',
        sql: 'CREATE TABLE "Half" (id int); SELECT * FROM "NoSuchTable";',
        checksum: 'x'.repeat(64),
      },
    ];
    await expect(applyMigrations(db.url, broken)).rejects.toThrow(/29990101000000_broken failed/);
    const tables = await query<{ n: string }>(
      `SELECT count(*)::text AS n FROM information_schema.tables WHERE table_name = 'Half'`,
    );
    expect(tables[0].n).toBe('0');
    const recorded = await query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`);
    expect(recorded).toEqual([]);
  });

  test('the database refuses dishonest data: negative counts and numerator above denominator', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "Unit" (code, name) VALUES ('u1', 'Unit 1')`);
      await client.query(
        `INSERT INTO "Plan" ("unitId", year, goal, "budgetTotal", "basicExpense", "projectExpense") VALUES ((SELECT id FROM "Unit"), 2026, 'g', 100, 100, 0)`,
      );
      await client.query(
        `INSERT INTO "Indicator" ("planId", code, level1, level2, name, kind, comparator, target, "targetText", "displayUnit", weight)
         VALUES ((SELECT id FROM "Plan"), 'I1', 'a', 'b', 'c', 'RATIO', 'GTE', 90, '≥90%', '%', 10)`,
      );
      const insert = (values: string) =>
        client.query(
          `INSERT INTO "MonthlyActual" ("indicatorId", month, value, numerator, denominator) VALUES ((SELECT id FROM "Indicator"), ${values})`,
        );
      await expect(insert('1, -1, NULL, NULL')).rejects.toThrow(/MonthlyActual_nonnegative/);
      await expect(insert('1, NULL, 11, 10')).rejects.toThrow(/numerator_le_denominator/);
      await expect(insert('13, NULL, 1, 10')).rejects.toThrow(/month_range/);
      await insert('1, NULL, 9, 10');
      await expect(insert('1, NULL, 8, 10')).rejects.toThrow(/MonthlyActual_indicatorId_month_key/);
    } finally {
      await client.end();
    }
  });
});
