// Loads the province data into an empty database (never the app's: the bench creates one of its own), in bulk:
// each batch of rows travels as one JSON parameter and json_populate_recordset types it by the table's columns.
import pg from 'pg';
import { auditBatches, buildProvince, type ProvinceConfig, type Row } from './province';

const BATCH = 20_000;

async function insert(client: pg.Client, table: string, rows: Row[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0])
    .map((c) => `"${c}"`)
    .join(', ');
  for (let i = 0; i < rows.length; i += BATCH) {
    await client.query(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      [JSON.stringify(rows.slice(i, i + BATCH))],
    );
  }
  await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX(id) FROM "${table}"))`);
}

/** Inserts every table, then the audit log batch by batch; returns the row counts. */
export async function loadProvince(url: string, config: ProvinceConfig): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    const { rows } = await client.query('SELECT COUNT(*)::int AS n FROM "Unit"');
    if (rows[0].n > 0) throw new Error('The province data goes into an empty database of its own only.');
    const province = buildProvince(config);
    await client.query('BEGIN');
    // Bulk-load practice: no row triggers for a hundred thousand rows (they only move the units' data versions, set
    // once below); only a superuser may switch them off, anyone else loads with them.
    const [{ rolsuper }] = (await client.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows;
    if (rolsuper) await client.query('SET LOCAL session_replication_role = replica');
    for (const { table, rows: tableRows } of province.tables) {
      await insert(client, table, tableRows);
      counts[table] = tableRows.length;
    }
    await client.query(
      `INSERT INTO "UnitDataVersion" ("unitId", "version") SELECT id, 1 FROM "Unit" ON CONFLICT ("unitId") DO NOTHING`,
    );
    await client.query('COMMIT');
    counts.AuditEvent = 0;
    // Bulk-load practice: the log's secondary indexes are built once after the million rows, not row by row.
    const indexes = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE tablename = 'AuditEvent' AND indexname <> 'AuditEvent_pkey'`,
    );
    for (const index of indexes.rows) await client.query(`DROP INDEX "${index.name}"`);
    for (const batch of auditBatches(config, province.lastUserId)) {
      const column = (key: string) => batch.map((row) => row[key]);
      await client.query(
        `INSERT INTO "AuditEvent" (id, at, "userId", action, entity, "entityId", "unitId", before, after)
         SELECT * FROM unnest($1::int[], $2::timestamptz[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[],
                              $8::jsonb[], $9::jsonb[])`,
        ['id', 'at', 'userId', 'action', 'entity', 'entityId', 'unitId', 'before', 'after'].map(column),
      );
      counts.AuditEvent += batch.length;
    }
    for (const index of indexes.rows) await client.query(index.definition);
    await client.query(
      `SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), (SELECT MAX(id) FROM "AuditEvent"))`,
    );
    // as autovacuum leaves a long-lived database: statistics, and visibility maps for index-only scans (counts)
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
  return counts;
}
