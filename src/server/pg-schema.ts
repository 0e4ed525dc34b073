import type PG from 'pg';

interface Migration {
  /** On a new, empty table: run in the one transaction that creates the schema. */
  sql: string;
  /**
   * On a table already in use, where `sql` would block writes (a plain CREATE INDEX holds a SHARE
   * lock for its whole build: every insert waited, and receivers answered 503, for minutes on a
   * large log). Runs outside a transaction, each step safe to run again after an interruption.
   * Without it, `sql` runs in a transaction of its own. Online migrations at the end of the list
   * finish in the background while the receiver serves (see finishOnline): only for what queries
   * need to be fast, never to be right.
   */
  online?: (client: PG.ClientBase, s: string) => Promise<void>;
}

/**
 * The PostgreSQL schema, one migration per version; a new version appends a migration and
 * never edits an old one. `{s}` is the quoted schema name. Older receivers keep running beside a
 * newer schema in a rolling deploy: a migration never drops or renames what their statements use
 * (the columns, the unique record_id; pg-store.test.ts, 'a rolling deploy').
 */
const MIGRATIONS: readonly Migration[] = [
  {
    // 1: the log. record is json (not jsonb) so the stored text, key order included, is what came in.
    sql: `CREATE TABLE {s}.consent_records (
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
  },
  {
    // 2: rows ordered by (received_at, record_id), as every store orders them; record ids compare
    // as bytes (COLLATE "C", as SQLite and JavaScript compare them), not in the database's locale.
    // Queries do not need the index to be right, only to be fast: exports stay correct while it builds.
    sql: `CREATE INDEX consent_records_received_at_record_id ON {s}.consent_records (received_at, record_id COLLATE "C");
     DROP INDEX {s}.consent_records_received_at;`,
    async online(client, s) {
      await createIndexConcurrently(client, s, 'consent_records_received_at_record_id', '(received_at, record_id COLLATE "C")');
      await client.query(`DROP INDEX CONCURRENTLY IF EXISTS ${s}.consent_records_received_at`);
    },
  },
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;

/** The last migration a receiver waits for: the ones after it are all online, left to finishOnline. */
const LAST_NEEDED = (() => {
  let last = MIGRATIONS.length;
  while (last > 0 && MIGRATIONS[last - 1]!.online) last--;
  return last;
})();

/** A schema name safe to put in SQL unquoted-by-hand: lower case, digits, underscores. */
export function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`[consentry/server] pgRecordStore: schema "${schema}" must be lower-case letters, digits and _`);
  return `"${schema}"`;
}

/**
 * Brings the schema to where this version's queries work; `connect` opens a connection of its
 * own (no query timeout). Several receivers may start at once: one holds a transaction-scoped
 * advisory lock while it migrates, the others wait for it, then find nothing left to do, so each
 * migration runs once. A new database is created in that one transaction; a database in use is
 * upgraded online (see Migration.online) on a second connection. The lock is transaction-scoped,
 * so a transaction-mode pooler (PgBouncer) in between is never left holding it. A database
 * migrated by a newer version is refused rather than guessed at.
 *
 * The online migrations at the end of the list (index builds: queries need them only to be fast)
 * are left to `finishOnline`, so a receiver serves while they build; resolves true when some are left.
 */
export async function migrate(connect: () => Promise<PG.Client>, schema: string): Promise<boolean> {
  const s = quoteSchema(schema);
  const lock = await connect();
  try {
    // A receiver building the indexes in the background holds the lock (so older versions wait for
    // it): this version's queries need none of them, so it serves meanwhile and leaves the build to it.
    if (!(await lockSchema(lock, `consentry/server:${schema}`, () => buildingInBackground(lock, s)))) return true;
    const current = await schemaVersion(lock, schema, s);
    // A new database: its table is empty and in no one's use, so every migration runs plainly, at once.
    if (current === 0) await createAll(lock, s);
    else if (current < LAST_NEEDED) await upgrade(await connect(), s, current, LAST_NEEDED);
    await lock.query('COMMIT');
    return current !== 0 && current < PG_SCHEMA_VERSION;
  } catch (error) {
    await lock.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await lock.end().catch(() => {});
  }
}

/**
 * A new schema, every migration plainly. A consent_records table already there with no
 * consentry_migrations beside it is someone else's (pg said only "relation already exists"):
 * say whose it is not and what to do.
 */
async function createAll(lock: PG.ClientBase, s: string): Promise<void> {
  try {
    for (let version = 1; version <= PG_SCHEMA_VERSION; version++) await applyPlainly(lock, s, version);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P07') throw error;
    throw new Error(`${(error as Error).message}: ${s}.consent_records was not made by consentry/server (there is no ${s}.consentry_migrations recording it), a table of your own by that name? Give pgRecordStore a schema of its own (options.schema), or drop that table if it is left over`);
  }
}

/** The online migrations finishing behind a serving receiver. */
export interface OnlineMigrations {
  /** Cancels a build in progress (its INVALID index is rebuilt at the next start) and ends its connections. */
  stop(): Promise<void>;
  /** Settles once they are done, skipped (another receiver builds them), failed or stopped; never rejects. */
  done: Promise<void>;
}

/**
 * Runs the online migrations `migrate` left, in the background: one receiver at a time (the
 * schema's advisory lock, tried once: a receiver that finds it taken leaves the work to its holder),
 * each version recorded once its index is valid. The same lock as `migrate` and older versions
 * take: an older receiver starting meanwhile waits for the build, as it waited for its own, instead
 * of finding the index being built INVALID, dropping it, and recording the version itself. A failure is told to `report` and tried again at the
 * next start; records are stored and read meanwhile, only exports are slower.
 */
export function finishOnline(connect: () => Promise<PG.Client>, schema: string, report: (error: Error) => void): OnlineMigrations {
  const s = quoteSchema(schema);
  let stopping = false;
  let lock: PG.Client | null = null;
  let build: { client: PG.Client; pid: number } | null = null;
  let version = LAST_NEEDED + 1;
  const stopped = () => {
    if (stopping) throw new Error('stopped');
  };

  const work = async () => {
    lock = await connect();
    stopped();
    await lock.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    const { rows } = await lock.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [`consentry/server:${schema}`]);
    if (!rows[0]!.locked) return;
    await lock.query('SET LOCAL idle_in_transaction_session_timeout = 0');
    // Read again under this lock: another receiver may have finished them since migrate read it.
    const current = (await lock.query<{ version: number }>(`SELECT coalesce(max(version), 0)::int AS version FROM ${s}.consentry_migrations`)).rows[0]!.version;
    if (current >= PG_SCHEMA_VERSION) return;
    const client = await connect();
    build = { client, pid: 0 };
    stopped();
    build.pid = await prepareForBuilds(client);
    for (version = current + 1; version <= PG_SCHEMA_VERSION; version++) {
      stopped();
      await MIGRATIONS[version - 1]!.online!(client, s);
      // On the build's connection, not in the lock's transaction: one holding a transaction id
      // would be waited for by the next CREATE INDEX CONCURRENTLY, for ever.
      await client.query(`INSERT INTO ${s}.consentry_migrations (version) VALUES ($1)`, [version]);
    }
  };

  const done = work()
    .then(
      () => lock?.query('COMMIT'),
      (error: unknown) => {
        if (!stopping) report(new Error(describeFailure(error, schema, version)));
      },
    )
    .catch(() => {})
    .finally(() => Promise.all([lock?.end().catch(() => {}), build?.client.end().catch(() => {})]))
    .then(() => {});

  return {
    done,
    async stop() {
      stopping = true;
      // The server process goes on building after its client has gone: cancel it first (from the
      // lock's connection; the pid is the build's own on a direct connection, see migrationConnectionString).
      // Again until it ends: a cancel that arrives between two statements is lost.
      for (let settled = false; !settled; ) {
        if (build?.pid) await lock?.query('SELECT pg_cancel_backend($1)', [build.pid]).catch(() => {});
        settled = await Promise.race([done.then(() => true), new Promise<boolean>((resolve) => setTimeout(resolve, 200, false))]);
      }
    },
  };
}

/**
 * A role's or database's statement_timeout (or lock_timeout) would cancel a long build half done,
 * at every start: turned off for this session. Behind a transaction-mode pooler (PgBouncer) the SET
 * and the build may reach different server connections (and the SET leaks to the pool's other
 * clients), hence migrationConnectionString; startup parameters are no way round it (PgBouncer
 * refuses statement_timeout in them, or ignores it). Returns the server process's id.
 */
async function prepareForBuilds(client: PG.ClientBase): Promise<number> {
  await client.query('SET statement_timeout = 0');
  await client.query('SET lock_timeout = 0');
  return (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
}

/** What failed, and what to do when a timeout cancelled the build: it would be cancelled again at every start. */
function describeFailure(error: unknown, schema: string, version: number): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const what = `[consentry/server] pgRecordStore: schema "${schema}": migration ${version} (an index built with CREATE INDEX CONCURRENTLY) failed: ${message}.`;
  const after = ' Records are stored and read without it (exports are slower); it is built again at the next start.';
  const timeout = code === '57014' && /statement timeout/.test(message) ? 'statement_timeout' : code === '55P03' && /lock timeout/.test(message) ? 'lock_timeout' : null;
  if (!timeout) return what + after;
  return `${what} A ${timeout} set for the database or role cancelled it, although the migration sets ${timeout} = 0 on its connection: that SET reached another server connection than the build, as through a transaction-mode pooler (PgBouncer). It will be cancelled again at every start: give pgRecordStore a migrationConnectionString that connects straight to PostgreSQL, bypassing the pooler (or ALTER ROLE … SET ${timeout} = 0 for the role it connects as).${after}`;
}

/**
 * Opens a transaction holding the schema's advisory lock. Polled rather than waited for in one
 * statement: a statement waiting holds a snapshot, and CREATE INDEX CONCURRENTLY waits for every
 * older snapshot to end, so a receiver building the index and another waiting for the lock
 * deadlocked (and one of them failed). Between statements a read-committed transaction holds
 * none, so the build does not wait for the lock's own transaction. The same lock as earlier
 * versions took, so those wait too. Stops waiting, resolving false (no transaction open), once
 * `enough` says the lock is not needed.
 */
async function lockSchema(client: PG.ClientBase, key: string, enough?: () => Promise<boolean>): Promise<boolean> {
  for (;;) {
    // Read committed whatever the database's default: under repeatable read a receiver that waited
    // would read the version from a snapshot older than the migration it waited for.
    await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [key]);
    if (rows[0]!.locked) {
      // Idle while another connection builds an index: a database's idle-in-transaction limit would end it.
      await client.query('SET LOCAL idle_in_transaction_session_timeout = 0');
      return true;
    }
    await client.query('ROLLBACK');
    if (enough && (await enough())) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The migrations after `current` up to `last`, each recorded when done, on `client`, ended after. */
async function upgrade(client: PG.Client, s: string, current: number, last: number): Promise<void> {
  try {
    await prepareForBuilds(client);
    for (let version = current + 1; version <= last; version++) {
      const { online } = MIGRATIONS[version - 1]!;
      if (online) {
        await online(client, s);
        await client.query(`INSERT INTO ${s}.consentry_migrations (version) VALUES ($1)`, [version]);
        continue;
      }
      await client.query('BEGIN');
      try {
        await applyPlainly(client, s, version);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    }
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Read without the lock, whose holder is then building: the schema has what this version's
 * queries need, and only online migrations are left. Versions only grow, so this stays true.
 */
async function buildingInBackground(client: PG.ClientBase, s: string): Promise<boolean> {
  const table = await client.query('SELECT to_regclass($1) IS NOT NULL AS found', [`${s}.consentry_migrations`]);
  if (!table.rows[0]?.found) return false;
  const { rows } = await client.query<{ version: number }>(`SELECT coalesce(max(version), 0)::int AS version FROM ${s}.consentry_migrations`);
  return rows[0]!.version > 0 && rows[0]!.version >= LAST_NEEDED && rows[0]!.version < PG_SCHEMA_VERSION;
}

/** The version recorded, creating the schema and the migrations table when missing. */
async function schemaVersion(client: PG.ClientBase, schema: string, s: string): Promise<number> {
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
  return current;
}

/** One migration's `sql` and its version row, inside the caller's transaction. */
async function applyPlainly(client: PG.ClientBase, s: string, version: number): Promise<void> {
  await client.query(MIGRATIONS[version - 1]!.sql.replace(/\{s\}/g, s));
  await client.query(`INSERT INTO ${s}.consentry_migrations (version) VALUES ($1)`, [version]);
}

/**
 * Builds an index without blocking writes. A build interrupted (the receiver killed, the
 * connection lost) leaves the index INVALID: never read, yet written on every insert; it is
 * dropped and built again. One left valid (built, then interrupted before the version was
 * recorded) is kept.
 */
async function createIndexConcurrently(client: PG.ClientBase, s: string, name: string, columns: string): Promise<void> {
  const { rows } = await client.query<{ valid: boolean }>('SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = to_regclass($1)', [`${s}.${name}`]);
  if (rows[0]?.valid) return;
  if (rows[0]) await client.query(`DROP INDEX CONCURRENTLY ${s}.${name}`);
  await client.query(`CREATE INDEX CONCURRENTLY ${name} ON ${s}.consent_records ${columns}`);
}
