// Proves the live schema (built by the hand-written migrations) is the one schema.prisma describes:
// tables, columns, types, nullability, defaults' presence, enums, primary keys, uniques, indexes, foreign keys.
import { getDMMF } from '@prisma/internals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers';

type Dmmf = Awaited<ReturnType<typeof getDMMF>>;
type Field = Dmmf['datamodel']['models'][number]['fields'][number];

const SCALAR_TYPES: Record<string, string> = {
  Int: 'integer',
  BigInt: 'bigint',
  String: 'text',
  Boolean: 'boolean',
  DateTime: 'timestamp(3)',
  Decimal: 'numeric(65,30)',
  Float: 'double precision',
  Json: 'jsonb',
  Bytes: 'bytea',
};

function expectedType(field: Field): string {
  let base: string;
  if (field.kind === 'enum') base = field.type;
  else if (field.nativeType) {
    const [name, args] = field.nativeType as [string, string[]];
    const native: Record<string, string> = {
      VarChar: 'character varying',
      Char: 'character',
      Decimal: 'numeric',
      Timestamptz: 'timestamp with time zone',
      Timestamp: 'timestamp',
      Text: 'text',
      Integer: 'integer',
    };
    base = `${native[name] ?? name.toLowerCase()}${args.length ? `(${args.join(',')})` : ''}`;
  } else base = SCALAR_TYPES[field.type];
  return field.isList ? `${base}[]` : base;
}

describe('the database schema matches schema.prisma', () => {
  let db: TestDatabase;
  let client: pg.Client;
  let dmmf: Dmmf;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    dmmf = await getDMMF({ datamodel: readFileSync(path.resolve(__dirname, '../../prisma/schema.prisma'), 'utf8') });
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  test('the same tables', async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(dmmf.datamodel.models.map((m) => m.dbName ?? m.name).sort());
  });

  test('the same columns, with the same types, nullability and defaults', async () => {
    const { rows } = await client.query<{
      table_name: string;
      column_name: string;
      type: string;
      is_nullable: boolean;
      has_default: boolean;
    }>(`
      SELECT c.relname AS table_name, a.attname AS column_name,
             format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS is_nullable, a.atthasdef AS has_default
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
    const actual = rows
      .map(
        (r) =>
          `${r.table_name}.${r.column_name} ${r.type.replace(/"/g, '')} ${r.is_nullable ? 'NULL' : 'NOT NULL'}${r.has_default ? ' DEFAULT' : ''}`,
      )
      .sort();
    const expected = dmmf.datamodel.models
      .flatMap((m) =>
        m.fields
          .filter((f) => f.kind !== 'object')
          .map((f) => {
            // Prisma maps a list to a nullable array column, and autoincrement/now()/literal defaults to DB defaults.
            const isNullable = f.isList || !f.isRequired;
            const hasDbDefault =
              f.hasDefaultValue &&
              !(
                typeof f.default === 'object' &&
                f.default &&
                'name' in f.default &&
                ['uuid', 'cuid'].includes(String(f.default.name))
              );
            const type = expectedType(f)
              .replace('timestamp(3)', 'timestamp(3) without time zone')
              .replace(/^timestamp with time zone\((\d)\)/, 'timestamp($1) with time zone');
            return `${m.dbName ?? m.name}.${f.dbName ?? f.name} ${type} ${isNullable ? 'NULL' : 'NOT NULL'}${hasDbDefault ? ' DEFAULT' : ''}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });

  test('the same enums with the same values in the same order', async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`);
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const expected = Object.fromEntries(
      dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.dbName ?? v.name)]),
    );
    expect(actual).toEqual(expected);
  });

  test('the same primary keys, unique constraints and indexes', async () => {
    const { rows } = await client.query<{
      table_name: string;
      is_primary: boolean;
      is_unique: boolean;
      columns: string[];
    }>(`
      SELECT t.relname AS table_name, ix.indisprimary AS is_primary, ix.indisunique AS is_unique,
             array_agg(a.attname ORDER BY k.ord)::text[] AS columns
      FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
      GROUP BY t.relname, ix.indexrelid, ix.indisprimary, ix.indisunique`);
    const kind = (isPrimary: boolean, isUnique: boolean) => (isPrimary ? 'id' : isUnique ? 'unique' : 'normal');
    const actual = rows
      .map((r) => `${r.table_name} ${kind(r.is_primary, r.is_unique)} (${r.columns.join(',')})`)
      .sort();
    const expected = dmmf.datamodel.indexes
      .map((i) => `${i.model} ${i.type} (${i.fields.map((f) => f.name).join(',')})`)
      .sort();
    expect(actual).toEqual(expected);
  });

  test('the same foreign keys with the same delete rules', async () => {
    const { rows } = await client.query<{
      table_name: string;
      columns: string[];
      ref_table: string;
      on_delete: string;
    }>(`
      SELECT c.conrelid::regclass::text AS table_name, c.confrelid::regclass::text AS ref_table,
             ARRAY(SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = ANY(c.conkey))::text[] AS columns,
             c.confdeltype::text AS on_delete
      FROM pg_constraint c WHERE c.contype = 'f'`);
    const rule: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };
    const actual = rows
      .map(
        (r) =>
          `${r.table_name.replace(/"/g, '')}(${r.columns.join(',')}) -> ${r.ref_table.replace(/"/g, '')} ${rule[r.on_delete]}`,
      )
      .sort();
    const expected = dmmf.datamodel.models
      .flatMap((m) =>
        m.fields
          .filter((f) => f.kind === 'object' && f.relationFromFields && f.relationFromFields.length > 0)
          .map((f) => {
            const onDelete =
              (f as Field & { relationOnDelete?: string }).relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull');
            return `${m.name}(${f.relationFromFields!.join(',')}) -> ${f.type} ${onDelete}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});
