import type { Pool } from 'pg';

/**
 * The PostgreSQL schema, one migration per version; a new version appends a migration and
 * never edits an old one. `{s}` is the quoted schema name.
 */
const MIGRATIONS: readonly string[] = [
  // 1: the log. record is json (not jsonb) so the stored text, key order included, is what came in.
  `CREATE TABLE {s}.consent_records (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     record_id text NOT NULL,
     consent_id text NOT NULL,
     sequence integer NOT NULL,
     action text NOT NULL,
     client_timestamp text NOT NULL,
     received_at timestamptz NOT NULL,
     record json NOT NULL,
     CONSTRAINT consent_records_record_id UNIQUE (record_id)
   );
   CREATE INDEX consent_records_consent_id ON {s}.consent_records (consent_id, sequence);
   CREATE INDEX consent_records_received_at ON {s}.consent_records (received_at, id);`,
  // 2: rows ordered by (received_at, record_id), as every store orders them; record ids compare
  // as bytes (COLLATE "C", as SQLite and JavaScript compare them), not in the database's locale.
  `CREATE INDEX consent_records_received_at_record_id ON {s}.consent_records (received_at, record_id COLLATE "C");
   DROP INDEX {s}.consent_records_received_at;`,
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;

/** A schema name safe to put in SQL unquoted-by-hand: lower case, digits, underscores. */
export function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`[consentry/server] pgRecordStore: schema "${schema}" must be lower-case letters, digits and _`);
  return `"${schema}"`;
}

/**
 * Brings the schema to the current version, in one transaction. Several receivers may start
 * at once: a transaction-scoped advisory lock lets one migrate while the others wait, then
 * find nothing left to do (CREATE … IF NOT EXISTS alone races on the catalog). A database
 * migrated by a newer version is refused rather than guessed at.
 */
export async function migrate(pool: Pool, schema: string): Promise<void> {
  const s = quoteSchema(schema);
  const client = await pool.connect();
  try {
    // Read committed whatever the database's default: under repeatable read the snapshot is taken at
    // the lock's statement, so a receiver that waited saw none of the migration it waited for.
    await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`consentry/server:${schema}`]);
    // Only create the schema when missing: CREATE SCHEMA needs a right a managed database's user may lack.
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${s}`);
    // Only create the migrations table when missing too: CREATE … IF NOT EXISTS checks the CREATE
    // right before it looks, so a role with only SELECT and INSERT (migrated by another) could not start.
    const table = await client.query('SELECT to_regclass($1) IS NOT NULL AS found', [`${s}.consentry_migrations`]);
    if (!table.rows[0]?.found) await client.query(`CREATE TABLE ${s}.consentry_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>(`SELECT coalesce(max(version), 0)::int AS version FROM ${s}.consentry_migrations`);
    const current = rows[0]!.version;
    if (current > PG_SCHEMA_VERSION) {
      throw new Error(`[consentry/server] schema ${schema} has consent-log schema ${current}; this version of consentry/server knows ${PG_SCHEMA_VERSION}.`);
    }
    for (let version = current + 1; version <= PG_SCHEMA_VERSION; version++) {
      await client.query(MIGRATIONS[version - 1]!.replace(/\{s\}/g, s));
      await client.query(`INSERT INTO ${s}.consentry_migrations (version) VALUES ($1)`, [version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
