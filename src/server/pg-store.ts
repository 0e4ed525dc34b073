import type PG from 'pg';
import type { ConsentRecord } from '../core/types';
import { groupCommit } from './group-commit';
import { loadDriver } from './load-driver';
import { checkConnection, checkMigrationConnection, connectionLabel } from './pg-connection';
import { finishOnline, migrate, quoteSchema, type OnlineMigrations } from './pg-schema';
import { sameRecord } from './same-record';
import { DEFAULT_PAGE_SIZE, type InsertOutcome, type RecordStore, type StoredRecord } from './store';

export interface PgStoreOptions {
  /** `postgresql://user:password@host:5432/db`. Default: the PG* environment variables, as psql reads them; with neither, pgRecordStore throws. */
  connectionString?: string | undefined;
  /**
   * Where the schema is migrated from, when `connectionString` goes through a transaction-mode pooler
   * (PgBouncer): a connection straight to PostgreSQL, whose session settings hold for the index build.
   * Default: `connectionString`.
   */
  migrationConnectionString?: string | undefined;
  /** TLS, as pg takes it: `true`, or `{ ca, rejectUnauthorized }` for a managed database. */
  ssl?: boolean | Record<string, unknown> | undefined;
  /** Connections in this receiver's pool. Default 10. */
  maxConnections?: number | undefined;
  /** Schema holding the tables; created when missing. Default `public`. */
  schema?: string | undefined;
  /** How long a request waits for a connection, and for a query, before the receiver answers 503. Default 10 000 ms. */
  timeoutMillis?: number | undefined;
  /** Records per export page. Default 500. */
  pageSize?: number | undefined;
  /** Told after each group commit, for metrics: how many records it held and how long it took. */
  onCommit?: ((records: number, milliseconds: number) => void) | undefined;
  /**
   * Told when an idle pooled connection fails (a database restart; the pool replaces it), and when an
   * index build left to the background fails (built again at the next start). Default `console.error`.
   */
  onError?: ((error: unknown) => void) | undefined;
}

/** The PostgreSQL log: every call is a promise; range() reads one page per step. */
export interface PgRecordStore extends RecordStore {
  insert(record: ConsentRecord, receivedAt: Date): Promise<InsertOutcome>;
  settled(): Promise<Date | null>;
  byConsentId(consentId: string): Promise<StoredRecord[]>;
  range(from: Date, to: Date): AsyncIterable<StoredRecord[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}

interface Row {
  record_id: string;
  received_at: Date;
  record: ConsentRecord;
}

interface Pending {
  record: ConsentRecord;
  receivedAt: Date;
}

// 7 parameters a row; PostgreSQL takes at most 65 535 parameters in one statement.
const MAX_BATCH = 1000;
const COLUMNS = 7;
// VALUES in a SELECT has no target columns to take types from: the parameters say theirs.
const CASTS = ['::text', '::text', '::integer', '::text', '::text', '::timestamptz', '::json'] as const;

/**
 * The consent log in PostgreSQL, for several receivers behind a load balancer sharing one
 * database. Resolves once connected and migrated (a clear error if the database cannot be
 * reached at start), but for index builds, which finish in the background (see finishOnline);
 * later outages make each call reject, which the receiver answers 503.
 * Inserts are group-committed like SQLite's: the records of one event-loop turn go in one
 * multi-row `INSERT … ON CONFLICT (record_id) DO NOTHING`, settled after its commit; a record
 * whose id was taken is then compared with the stored one (duplicate or conflict).
 */
export async function pgRecordStore(options: PgStoreOptions = {}): Promise<PgRecordStore> {
  const { Client, Pool } = loadDriver<typeof PG>('pg', 'pgRecordStore', 'npm install pg');
  checkConnection(options.connectionString);
  checkMigrationConnection(options.migrationConnectionString);
  const schema = options.schema ?? 'public';
  const table = `${quoteSchema(schema)}.consent_records`;
  const maxConnections = options.maxConnections ?? 10;
  const timeout = options.timeoutMillis ?? 10_000;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const connection: PG.ClientConfig = {
    connectionString: options.connectionString,
    ssl: options.ssl as PG.ClientConfig['ssl'],
    connectionTimeoutMillis: timeout,
    application_name: 'consentry-receiver',
  };
  const pool = new Pool({ ...connection, max: maxConnections, query_timeout: timeout });
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on('error', options.onError ?? ((error) => console.error('[consentry/server] PostgreSQL connection lost:', error.message)));
  const connectToMigrate = migrationConnections(Client, { ...connection, connectionString: options.migrationConnectionString ?? options.connectionString });
  let recordJson: (record: ConsentRecord) => string = JSON.stringify;
  let online = false;
  // Named in the error, so that of a pooled and a direct address the wrong one is plain.
  let through = options.migrationConnectionString === undefined ? connectionLabel('connectionString', options.connectionString) : connectionLabel('migrationConnectionString', options.migrationConnectionString);
  try {
    online = await migrate(connectToMigrate, schema);
    through = connectionLabel('connectionString', options.connectionString);
    // A database in another encoding (WIN1251, LATIN1) refuses a character it cannot hold, and with
    // it the whole batch. Escaped as \uXXXX the record is ASCII, which every encoding holds; the json
    // column keeps escapes as written, so it reads back the same.
    const { rows } = await pool.query<{ server_encoding: string }>('SHOW server_encoding');
    if (rows[0]?.server_encoding !== 'UTF8') recordJson = asciiJson;
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`[consentry/server] pgRecordStore could not prepare schema "${schema}" through ${through}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Inserts and reads do not wait for an index build (minutes on a large log: every receiver restarted at once answered nothing meanwhile).
  const building: OnlineMigrations | null = online ? finishOnline(connectToMigrate, schema, options.onError ?? ((error) => console.error(error.message))) : null;

  // Receive times follow commits, across every receiver on the database: a batch takes this lock
  // shared (batches do not wait for each other) and stamps its records at least 1 ms after every
  // record committed before it; `settled` takes it exclusive, so no batch is between its stamp and
  // its commit while it reads the latest receive time, and each batch after it stamps later.
  const commitLock = `consentry/server:${schema}:commits`;

  /** One transaction on one pooled connection; a connection whose transaction failed is closed, not reused. */
  async function inTransaction<T>(work: (client: PG.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      // Read committed whatever the database's default (default_transaction_isolation): each statement
      // sees what committed before it, as the lock needs; under serializable, two batches reading the
      // latest receive time and inserting after it are a read-write cycle, and one failed (503).
      await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
      const result = await work(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      // A query that timed out may still run: closing the connection rolls its transaction back.
      client.release(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  const commits = groupCommit<Pending, InsertOutcome>(
    async (batch) => {
      const started = performance.now();
      // A record id twice in one batch: only its first copy goes to the database, the others are duplicates.
      const firstOf = new Map<string, number>();
      batch.forEach((p, i) => {
        if (!firstOf.has(p.record.recordId)) firstOf.set(p.record.recordId, i);
      });
      // In record id order: an insert locks each id it writes, so two batches holding the same ids
      // (two receivers, or a queue sent again) lock them in one order and never deadlock.
      const unique = [...firstOf.values()].map((i) => batch[i]!).sort((x, y) => (x.record.recordId < y.record.recordId ? -1 : x.record.recordId > y.record.recordId ? 1 : 0));
      const values = unique.flatMap(({ record, receivedAt }) => [
        record.recordId, record.consentId, record.sequence, record.action, record.timestamp, receivedAt, recordJson(record),
      ]);
      const tuples = unique.map((_, r) => `(${CASTS.map((cast, c) => `$${r * COLUMNS + c + 1}${cast}`).join(', ')})`);
      const { rows, stored } = await inTransaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock_shared(hashtext($1))', [commitLock]);
        // A statement after the lock: its snapshot sees every batch committed before it was granted.
        const inserted = await client.query<{ record_id: string; received_at: Date }>(
          `INSERT INTO ${table} (record_id, consent_id, sequence, action, client_timestamp, received_at, record)
           SELECT v.record_id, v.consent_id, v.sequence, v.action, v.client_timestamp,
                  greatest(v.received_at, (SELECT max(received_at) + interval '1 millisecond' FROM ${table})), v.record
           FROM (VALUES ${tuples.join(', ')}) AS v (record_id, consent_id, sequence, action, client_timestamp, received_at, record)
           ON CONFLICT (record_id) DO NOTHING RETURNING record_id, received_at`,
          values,
        );
        // The records already stored under the other ids, to tell a redelivery from another record.
        // A statement of its own: under read committed it sees the row that another receiver's
        // transaction committed while the insert waited on it (the insert's snapshot did not).
        const createdIds = new Set(inserted.rows.map((r) => r.record_id));
        const others = unique.map((p) => p.record.recordId).filter((id) => !createdIds.has(id));
        const found = others.length === 0 ? [] : (await client.query<{ record_id: string; record: unknown }>(`SELECT record_id, record FROM ${table} WHERE record_id = ANY($1::text[])`, [others])).rows;
        return { rows: inserted.rows, stored: new Map(found.map((r) => [r.record_id, r.record])) };
      });
      const created = new Map(rows.map((r) => [r.record_id, r.received_at]));
      options.onCommit?.(batch.length, performance.now() - started);
      return batch.map((p, i): InsertOutcome => {
        const id = p.record.recordId;
        const at = created.get(id);
        if (firstOf.get(id) === i && at !== undefined) return at.getTime() === p.receivedAt.getTime() ? 'created' : { status: 'created', receivedAt: at };
        // A later copy in this batch is held against the first (stored by this batch, or before it).
        const first = at !== undefined ? batch[firstOf.get(id)!]!.record : stored.get(id);
        if (first === undefined) throw new Error(`[consentry/server] record ${id} was neither stored nor found stored`);
        return sameRecord(first, p.record) ? 'duplicate' : 'conflict';
      });
    },
    // Half the pool for writes: lookups and exports still get a connection under a flood of records.
    { maxBatch: MAX_BATCH, maxInFlight: Math.max(1, Math.floor(maxConnections / 2)) },
  );
  let closed = false;

  return {
    insert(record, receivedAt) {
      if (closed) return Promise.reject(new Error('[consentry/server] the PostgreSQL store is closed'));
      return commits.add({ record, receivedAt });
    },
    async settled() {
      try {
        const { rows } = await inTransaction(async (client) => {
          // The server gives up as the client does: a backend notices its client has gone only once its
          // lock wait ends, so an exclusive request left queued held every new batch behind it.
          await client.query("SELECT set_config('lock_timeout', $1, true), set_config('statement_timeout', $1, true)", [`${Math.ceil(timeout)}ms`]);
          // The client's own limit a second later: the server's lock timeout is the answer that comes first.
          const lock: PG.QueryConfig & { query_timeout: number } = { text: 'SELECT pg_advisory_xact_lock(hashtext($1))', values: [commitLock], query_timeout: timeout > 0 ? timeout + 1000 : 0 };
          await client.query(lock);
          return client.query<{ t: Date | null }>(`SELECT max(received_at) + interval '1 millisecond' AS t FROM ${table}`);
        });
        return rows[0]!.t;
      } catch (error) {
        // lock_not_available, query_canceled: told to onError; the receiver answers 503 and the exporter tries again.
        const code = (error as { code?: string }).code;
        if (code === '55P03' || code === '57014') throw new Error(`[consentry/server] an export waited ${timeout} ms (timeoutMillis) for batches to commit and gave up; try it again`);
        throw error;
      }
    },
    async byConsentId(consentId) {
      const { rows } = await pool.query<Row>(`SELECT record_id, received_at, record FROM ${table} WHERE consent_id = $1 ORDER BY sequence, received_at, record_id COLLATE "C"`, [consentId]);
      return rows.map(toStored);
    },
    async *range(from, to) {
      // Keyset pages on (received_at, record_id), the order every store keeps (record ids as bytes,
      // COLLATE "C"): each page is one short query on a pooled connection, so a slow download
      // holds no connection and no transaction between pages.
      let { rows } = await pool.query<Row>(
        `SELECT record_id, received_at, record FROM ${table} WHERE received_at >= $1 AND received_at < $2 ORDER BY received_at, record_id COLLATE "C" LIMIT $3`,
        [from, to, pageSize],
      );
      while (rows.length > 0) {
        yield rows.map(toStored);
        if (rows.length < pageSize) return;
        const last = rows[rows.length - 1]!;
        ({ rows } = await pool.query<Row>(
          `SELECT record_id, received_at, record FROM ${table} WHERE received_at < $1 AND (received_at, record_id COLLATE "C") > ($2, $3)
           ORDER BY received_at, record_id COLLATE "C" LIMIT $4`,
          [to, last.received_at, last.record_id, pageSize],
        ));
      }
    },
    async count() {
      const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      return rows[0]!.n;
    },
    async close() {
      closed = true;
      await Promise.all([building?.stop(), commits.drain()]);
      await pool.end();
    },
  };
}

/** The migration's connections have no query timeout (an index build on a large log takes minutes); it ends them. */
function migrationConnections(Client: typeof PG.Client, connection: PG.ClientConfig): () => Promise<PG.Client> {
  return async () => {
    const client = new Client(connection);
    // A connection lost mid-migration rejects the query in progress; without a listener it would also crash the process.
    client.on('error', () => {});
    await client.connect();
    return client;
  };
}

/** JSON with every character past ASCII written as a \u escape (a surrogate pair as two). */
function asciiJson(record: ConsentRecord): string {
  return JSON.stringify(record).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function toStored(row: Row): StoredRecord {
  return { receivedAt: row.received_at.toISOString(), record: row.record };
}
