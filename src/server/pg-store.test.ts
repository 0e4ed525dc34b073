import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createReceiver } from './receiver';
import { pgRecordStore, type PgRecordStore, type PgStoreOptions } from './pg-store';
import { serve } from './testing/http';
import { allRecords } from './testing/pages';
import { postgresForTests } from './testing/postgres';
import { statusOf } from './testing/outcome';
import { sampleRecord } from './testing/record-fixture';
import type { StoredRecord } from './store';
import { databaseProxy } from './testing/tcp-proxy';
import { findPgBouncer, startPgBouncer } from './testing/pgbouncer';

const database = await postgresForTests('src/server/pg-store.test.ts');
afterAll(() => database?.stop());
// Debian's pgbouncer package (.ci/run installs it); required where PostgreSQL is.
const pgbouncer = findPgBouncer();
if (database && !pgbouncer) {
  const reason = 'no pgbouncer (install Debian\'s pgbouncer package, or set PGBOUNCER_BIN)';
  if (process.env.CI || process.env.CONSENTRY_REQUIRE_PG) throw new Error(`[consentry] src/server/pg-store.test.ts needs PgBouncer and CI requires it: ${reason}`);
  console.warn(`[consentry] src/server/pg-store.test.ts: the PgBouncer test is SKIPPED: ${reason}.`);
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function open(options: PgStoreOptions = {}): Promise<PgRecordStore> {
  const store = await pgRecordStore({ connectionString: database!.url, schema: database!.freshSchema(), ...options });
  cleanups.push(() => store.close());
  return store;
}

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A client of the test's own, ended after the test (a transaction left open is rolled back). */
async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  cleanups.push(() => client.end());
  return client;
}

/** A schema as the first release left it (migration 1 only), with a few records in it. */
async function versionOneSchema(): Promise<string> {
  const schema = database!.freshSchema();
  const store = await pgRecordStore({ connectionString: database!.url, schema });
  await store.close();
  await sql(`DROP INDEX "${schema}".consent_records_received_at_record_id;
    CREATE INDEX consent_records_received_at ON "${schema}".consent_records (received_at, id);
    DELETE FROM "${schema}".consentry_migrations WHERE version = 2`);
  return schema;
}

/** The indexes on received_at, and whether each is valid (a build interrupted leaves one that is not). */
async function indexes(schema: string): Promise<Array<{ name: string; valid: boolean }>> {
  return sql(
    `SELECT c.relname AS name, i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = $1::regclass AND c.relname LIKE 'consent_records_received_at%' ORDER BY c.relname`,
    [`"${schema}".consent_records`],
  );
}

/** A receiver's index build waiting for a lock (the open write's): its server process. */
function indexBuilds(): Promise<Array<{ pid: number }>> {
  return sql(`SELECT pid FROM pg_stat_activity WHERE application_name = 'consentry-receiver' AND wait_event_type = 'Lock' AND query ILIKE 'CREATE INDEX%'`);
}

async function until(check: () => Promise<boolean>, what = 'the condition'): Promise<void> {
  for (const started = Date.now(); !(await check()); await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (Date.now() - started > 10_000) throw new Error(`waited 10 s for ${what}`);
  }
}

describe.skipIf(!database)('pgRecordStore', { timeout: 30_000 }, () => {
  it('creates its schema on start; five receivers starting at once migrate it exactly once', async () => {
    const schema = database!.freshSchema();
    const stores = await Promise.all(Array.from({ length: 5 }, () => pgRecordStore({ connectionString: database!.url, schema, maxConnections: 2 })));
    cleanups.push(() => Promise.all(stores.map((s) => s.close())));
    expect(await sql(`SELECT version FROM "${schema}".consentry_migrations ORDER BY version`)).toEqual([{ version: 1 }, { version: 2 }]);
    const record = sampleRecord();
    expect(await stores[0]!.insert(record, new Date())).toBe('created');
    expect(await stores[4]!.insert(record, new Date())).toBe('duplicate');
    expect(await stores[2]!.count()).toBe(1);
  });

  it('five receivers starting at once on a database whose default isolation is repeatable read migrate it once', async () => {
    // Its snapshot taken at the lock's statement, a receiver that waited for another's migration saw none of it.
    const url = new URL(database!.url);
    url.searchParams.set('options', '-c default_transaction_isolation=repeatable\\ read');
    const schema = database!.freshSchema();
    const stores = await Promise.all(Array.from({ length: 5 }, () => pgRecordStore({ connectionString: url.href, schema, maxConnections: 2 })));
    cleanups.push(() => Promise.all(stores.map((s) => s.close())));
    expect(await sql(`SELECT version FROM "${schema}".consentry_migrations ORDER BY version`)).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it('upgrading a database in use: records are still written while the index of migration 2 builds', async () => {
    const schema = await versionOneSchema();
    // An open write holds the build in its first wait, as a long table scan would.
    const writing = await connect();
    await writing.query(`BEGIN; INSERT INTO "${schema}".consent_records (record_id, consent_id, sequence, action, client_timestamp, received_at, record) VALUES ('open-write-0000000001', 'c', 1, 'accept_all', 't', now(), '{}')`);
    const errors: unknown[] = [];
    // The new receiver serves at once: the build goes on in the background (every receiver restarted
    // at once on a large log answered nothing for minutes while it built).
    const store = await open({ schema, onError: (e) => errors.push(e) });
    await until(async () => (await indexBuilds()).length > 0, 'the index build to wait');
    expect(statusOf(await store.insert(sampleRecord(), new Date()))).toBe('created');
    expect(await store.count()).toBe(1);
    // Another receiver's insert (still the old version, in a rolling deploy). A plain CREATE INDEX
    // queued its SHARE lock ahead of it, and it waited (503) until the build ended.
    const other = await connect();
    await other.query('SET statement_timeout = 2000');
    await other.query(`INSERT INTO "${schema}".consent_records (record_id, consent_id, sequence, action, client_timestamp, received_at, record) VALUES ('during-build-00000001', 'c', 2, 'accept_all', 't', now(), '{}')`);
    expect(await indexBuilds()).toHaveLength(1); // still building
    expect(await sql(`SELECT version FROM "${schema}".consentry_migrations ORDER BY version`)).toEqual([{ version: 1 }]); // recorded only once valid
    await writing.query('COMMIT');
    await until(async () => (await sql(`SELECT version FROM "${schema}".consentry_migrations`)).length === 2, 'migration 2 to be recorded');
    expect(await indexes(schema)).toEqual([{ name: 'consent_records_received_at_record_id', valid: true }]);
    expect(await store.count()).toBe(3);
    expect(errors).toEqual([]);
  });

  it('an older receiver starting while a new one builds in the background waits for the build (the lock older versions take is held), while new receivers start at once', async () => {
    // Before, only a lock of the new version's own was held: an older receiver took the schema's,
    // read version 1, found the INVALID index being built, dropped it (waiting for the build) and
    // recorded version 2 itself, failing on the row the build had recorded.
    const schema = await versionOneSchema();
    const writing = await connect();
    await writing.query(`BEGIN; INSERT INTO "${schema}".consent_records (record_id, consent_id, sequence, action, client_timestamp, received_at, record) VALUES ('open-write-0000000001', 'c', 1, 'accept_all', 't', now(), '{}')`);
    const errors: unknown[] = [];
    await open({ schema, onError: (e) => errors.push(e) });
    await until(async () => (await indexBuilds()).length > 0, 'the index build to wait');
    // What an older version does at start: try the schema's lock (consentry/server:<schema>).
    const older = await connect();
    const tried = await older.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`consentry/server:${schema}`]);
    if (tried.rows[0]!.locked) await older.query('SELECT pg_advisory_unlock(hashtext($1))', [`consentry/server:${schema}`]);
    expect(tried.rows[0]!.locked).toBe(false);
    // A receiver of this version is not held by it: it serves, and leaves the build to its holder.
    const second = await Promise.race([open({ schema, onError: (e) => errors.push(e) }), new Promise<null>((resolve) => setTimeout(resolve, 5000, null))]);
    expect(second).not.toBeNull();
    expect(statusOf(await second!.insert(sampleRecord(), new Date()))).toBe('created');
    await writing.query('COMMIT');
    await until(async () => (await sql(`SELECT version FROM "${schema}".consentry_migrations`)).length === 2, 'migration 2 to be recorded');
    expect(await indexes(schema)).toEqual([{ name: 'consent_records_received_at_record_id', valid: true }]);
    expect(errors).toEqual([]);
  });

  it('an index build interrupted by a kill is told to onError, and dropped and built again at the next start', async () => {
    const schema = await versionOneSchema();
    const writing = await connect();
    await writing.query(`BEGIN; INSERT INTO "${schema}".consent_records (record_id, consent_id, sequence, action, client_timestamp, received_at, record) VALUES ('open-write-0000000001', 'c', 1, 'accept_all', 't', now(), '{}')`);
    const errors: Error[] = [];
    const killed = await open({ schema, onError: (e) => errors.push(e as Error) });
    await until(async () => (await indexBuilds()).length > 0, 'the index build to wait');
    await sql('SELECT pg_terminate_backend($1)', [(await indexBuilds())[0]!.pid]);
    await until(async () => errors.length > 0, 'the failure to be told');
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^\[consentry\/server\] pgRecordStore: schema "\w+": migration 2 \(an index built with CREATE INDEX CONCURRENTLY\) failed: .*terminat.* it is built again at the next start\.$/),
    ]);
    expect(statusOf(await killed.insert(sampleRecord(), new Date()))).toBe('created'); // the store still serves
    await writing.query('COMMIT');
    // What the build killed leaves: an INVALID index, never read, yet written on every insert.
    expect(await indexes(schema)).toContainEqual({ name: 'consent_records_received_at_record_id', valid: false });
    expect(await sql(`SELECT version FROM "${schema}".consentry_migrations ORDER BY version`)).toEqual([{ version: 1 }]);
    await open({ schema });
    await until(async () => (await sql(`SELECT version FROM "${schema}".consentry_migrations`)).length === 2, 'migration 2 to be recorded');
    expect(await indexes(schema)).toEqual([{ name: 'consent_records_received_at_record_id', valid: true }]);
  });

  it('close() during the build cancels it on the server and settles, telling no error; the next start builds it', async () => {
    const schema = await versionOneSchema();
    const writing = await connect();
    await writing.query(`BEGIN; INSERT INTO "${schema}".consent_records (record_id, consent_id, sequence, action, client_timestamp, received_at, record) VALUES ('open-write-0000000001', 'c', 1, 'accept_all', 't', now(), '{}')`);
    const errors: unknown[] = [];
    const store = await pgRecordStore({ connectionString: database!.url, schema, onError: (e) => errors.push(e) });
    await until(async () => (await indexBuilds()).length > 0, 'the index build to wait');
    const started = Date.now();
    await store.close();
    expect(Date.now() - started).toBeLessThan(5000);
    // Not left building on the server (the client gone, a backend builds on until it ends).
    expect(await sql(`SELECT pid FROM pg_stat_activity WHERE query ILIKE 'CREATE INDEX%' AND state = 'active'`)).toEqual([]);
    expect(errors).toEqual([]);
    await writing.query('COMMIT');
    expect(await sql(`SELECT version FROM "${schema}".consentry_migrations ORDER BY version`)).toEqual([{ version: 1 }]);
    await open({ schema });
    await until(async () => (await sql(`SELECT version FROM "${schema}".consentry_migrations`)).length === 2, 'migration 2 to be recorded');
    expect(await indexes(schema)).toEqual([{ name: 'consent_records_received_at_record_id', valid: true }]);
  });

  it('five receivers starting at once on a database to upgrade build the index once', async () => {
    // Waiting for the migration lock in one statement, a receiver held a snapshot the concurrent build waits for: a deadlock.
    const schema = await versionOneSchema();
    const errors: unknown[] = [];
    const stores = await Promise.all(Array.from({ length: 5 }, () => pgRecordStore({ connectionString: database!.url, schema, maxConnections: 2, onError: (e) => errors.push(e) })));
    cleanups.push(() => Promise.all(stores.map((s) => s.close())));
    await until(async () => (await sql(`SELECT version FROM "${schema}".consentry_migrations`)).length === 2, 'migration 2 to be recorded');
    // Every receiver done with it (the builder's lock released): a second build would have failed on the version row.
    const online = `consentry/server:${schema}`;
    await until(async () => (await sql(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = (hashtext($1)::bigint & 4294967295)::oid`, [online])).length === 0, 'the build lock to be released');
    expect(await sql(`SELECT version FROM "${schema}".consentry_migrations ORDER BY version`)).toEqual([{ version: 1 }, { version: 2 }]);
    expect(await indexes(schema)).toEqual([{ name: 'consent_records_received_at_record_id', valid: true }]);
    expect(errors).toEqual([]);
  });

  it('migrationConnectionString: the schema is migrated through it, while records go through connectionString (here a role that may only read and insert)', async () => {
    const schema = await versionOneSchema();
    const role = `${schema}_writer`;
    await sql(`CREATE ROLE ${role} NOLOGIN`);
    cleanups.push(() => sql(`DROP OWNED BY ${role}; DROP ROLE ${role}`));
    await sql(`GRANT USAGE ON SCHEMA "${schema}" TO ${role}; GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA "${schema}" TO ${role}`);
    const writer = new URL(database!.url);
    writer.searchParams.set('options', `-c role=${role}`);
    const errors: unknown[] = [];
    // Through connectionString alone the build failed: only the table's owner may index it.
    const store = await open({ schema, connectionString: writer.href, migrationConnectionString: database!.url, onError: (e) => errors.push(e) });
    expect(statusOf(await store.insert(sampleRecord(), new Date()))).toBe('created');
    await until(async () => (await sql(`SELECT version FROM "${schema}".consentry_migrations`)).length === 2, 'migration 2 to be recorded');
    expect(await indexes(schema)).toEqual([{ name: 'consent_records_received_at_record_id', valid: true }]);
    expect(errors).toEqual([]);
  });

  it.skipIf(!pgbouncer)('behind a transaction-mode pooler a role\'s statement_timeout cancels the build: told what happened and what to set; migrationConnectionString builds it', async () => {
    // The build's SET statement_timeout = 0 is a session setting: through the pooler it held on
    // one server connection, the build ran on another, and the role's limit cancelled it at every start.
    const schema = await versionOneSchema();
    const role = `${schema}_app`;
    await sql(`CREATE ROLE ${role} LOGIN SUPERUSER; ALTER ROLE ${role} SET statement_timeout = '50ms'`);
    cleanups.push(() => sql(`DROP ROLE ${role}`));
    const bouncer = await startPgBouncer(pgbouncer!, database!.url, ['postgres', role]);
    cleanups.push(() => bouncer.stop());
    const pooled = new URL(bouncer.url);
    pooled.username = role;
    const direct = new URL(database!.url);
    direct.username = role;
    // An open write holds the build past 50 ms, as a large table would.
    const writing = await connect();
    await writing.query(`BEGIN; INSERT INTO "${schema}".consent_records (record_id, consent_id, sequence, action, client_timestamp, received_at, record) VALUES ('open-write-0000000001', 'c', 1, 'accept_all', 't', now(), '{}')`);

    const errors: Error[] = [];
    const store = await open({ schema, connectionString: pooled.href, onError: (e) => errors.push(e as Error) });
    await until(async () => errors.length > 0, 'the build to be cancelled');
    expect(errors[0]!.message).toContain(': migration 2 (an index built with CREATE INDEX CONCURRENTLY) failed: canceling statement due to statement timeout. A statement_timeout set for the database or role cancelled it');
    expect(errors[0]!.message).toContain('give pgRecordStore a migrationConnectionString that connects straight to PostgreSQL, bypassing the pooler');
    expect(statusOf(await store.insert(sampleRecord(), new Date()))).toBe('created'); // served all the same
    expect(await indexes(schema)).toContainEqual({ name: 'consent_records_received_at_record_id', valid: false });

    // The same role, the same pooler for records, and the migration straight to PostgreSQL: its SET holds.
    const fixed: unknown[] = [];
    await open({ schema, connectionString: pooled.href, migrationConnectionString: direct.href, onError: (e) => fixed.push(e) });
    // Dropping the INVALID index waits for the open write too (DROP INDEX CONCURRENTLY), then so does the build.
    const waiting = () => sql(`SELECT 1 FROM pg_stat_activity WHERE usename = $1 AND wait_event_type = 'Lock' AND query ILIKE '%INDEX CONCURRENTLY%'`, [role]);
    await until(async () => (await waiting()).length > 0, 'the rebuild to wait');
    await new Promise((resolve) => setTimeout(resolve, 300)); // well past the role's 50 ms
    expect(await waiting()).toHaveLength(1);
    await writing.query('COMMIT');
    await until(async () => (await sql(`SELECT version FROM "${schema}".consentry_migrations`)).length === 2, 'migration 2 to be recorded');
    expect(await indexes(schema)).toEqual([{ name: 'consent_records_received_at_record_id', valid: true }]);
    expect(fixed).toEqual([]);
  });

  it('refuses a database migrated by a newer version instead of guessing', async () => {
    const schema = database!.freshSchema();
    await (await pgRecordStore({ connectionString: database!.url, schema })).close();
    await sql(`INSERT INTO "${schema}".consentry_migrations (version) VALUES (9)`);
    await expect(pgRecordStore({ connectionString: database!.url, schema })).rejects.toThrow(/consent-log schema 9/);
  });

  it('starts as a role that may only read and insert, once the schema is migrated (no CREATE right needed)', async () => {
    const schema = database!.freshSchema();
    await (await pgRecordStore({ connectionString: database!.url, schema })).close();
    const role = `${schema}_writer`;
    await sql(`CREATE ROLE ${role} NOLOGIN`);
    cleanups.push(() => sql(`DROP OWNED BY ${role}; DROP ROLE ${role}`));
    await sql(`GRANT USAGE ON SCHEMA "${schema}" TO ${role}; GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA "${schema}" TO ${role}`);
    // The session runs as that role (a startup option), as a managed database's application user would.
    const url = new URL(database!.url);
    url.searchParams.set('options', `-c role=${role}`);
    const store = await pgRecordStore({ connectionString: url.toString(), schema });
    cleanups.push(() => store.close());
    const record = sampleRecord();
    expect(await store.insert(record, new Date())).toBe('created');
    expect(await store.insert(record, new Date())).toBe('duplicate');
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    cleanups.push(() => client.end());
    expect((await client.query('SELECT current_user AS who')).rows).toEqual([{ who: role }]); // the test runs as that role indeed
  });

  it('commits one event-loop turn as one multi-row insert: duplicates inside the batch and already stored answer duplicate', async () => {
    const commits: number[] = [];
    const store = await open({ onCommit: (n) => commits.push(n) });
    const stored = sampleRecord();
    expect(statusOf(await store.insert(stored, new Date()))).toBe('created');
    const fresh = Array.from({ length: 100 }, (_, i) => sampleRecord({ sequence: i + 1 }));
    const results = await Promise.all([
      ...fresh.map((r) => store.insert(r, new Date())),
      store.insert({ ...fresh[7]! }, new Date()), // a second copy in the same batch
      store.insert(stored, new Date()), // already stored
    ]);
    expect(commits).toEqual([1, 102]);
    expect(results.slice(0, 100).map(statusOf)).toEqual(Array(100).fill('created'));
    expect(results.slice(100)).toEqual(['duplicate', 'duplicate']);
    expect(await store.count()).toBe(101);
  });

  it('two receivers on one database keep each record once, whichever gets it first', async () => {
    const schema = database!.freshSchema();
    const [a, b] = await Promise.all([0, 1].map(() => pgRecordStore({ connectionString: database!.url, schema })));
    cleanups.push(() => Promise.all([a!.close(), b!.close()]));
    const records = Array.from({ length: 60 }, (_, i) => sampleRecord({ sequence: i + 1 }));
    const results = await Promise.all(records.flatMap((r) => [a!.insert(r, new Date()), b!.insert(r, new Date())]));
    expect(results.filter((r) => statusOf(r) === 'created')).toHaveLength(60);
    expect(await a!.count()).toBe(60);
  });

  it('a rolling deploy: a receiver of the first release (no commit lock, its plain insert and reads) beside this one keeps each record once, neither fails', async () => {
    const schema = database!.freshSchema();
    const store = await open({ schema });
    const older = new pg.Pool({ connectionString: database!.url, max: 5 }); // the first release pooled its connections too
    cleanups.push(() => older.end());
    const table = `"${schema}".consent_records`;
    // The first release's statements, word for word (baf7e0d): no lock, its own receive time, reads ordered by id.
    const olderInsert = async (record: ReturnType<typeof sampleRecord>) =>
      (await older.query<{ record_id: string }>(
        `INSERT INTO ${table} (record_id, consent_id, sequence, action, client_timestamp, received_at, record) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (record_id) DO NOTHING RETURNING record_id`,
        [record.recordId, record.consentId, record.sequence, record.action, record.timestamp, new Date(), JSON.stringify(record)],
      )).rowCount === 1;
    const records = Array.from({ length: 40 }, (_, i) => sampleRecord({ sequence: i + 1 }));
    // Each record to both at once: either may get it first.
    const results = await Promise.all(records.map((r) => Promise.all([olderInsert(r), store.insert(r, new Date()).then(statusOf)])));
    // Each record stored by exactly one of the two; the other saw it stored (this version says duplicate).
    for (const [olderStored, status] of results) expect(olderStored ? status === 'duplicate' : status === 'created').toBe(true);
    expect(await store.count()).toBe(40);
    const olderRead = await older.query(`SELECT id, received_at, record FROM ${table} WHERE received_at >= $1 AND received_at < $2 ORDER BY received_at, id LIMIT $3`, [new Date(0), new Date(Date.now() + 60_000), 100]);
    expect(olderRead.rowCount).toBe(40);
    expect((await allRecords(store.range(new Date(0), new Date(Date.now() + 60_000)))).length).toBe(40);
  });

  it('two receivers racing one record id with different content: one answers 201, the other 409, and the log keeps the first', async () => {
    // The loser's insert waits on the winner's row, then does nothing; it was answered 200 duplicate,
    // so its client took another record as stored. It now reads the row the winner committed.
    const schema = database!.freshSchema();
    const stores = await Promise.all([0, 1].map(() => pgRecordStore({ connectionString: database!.url, schema })));
    cleanups.push(() => Promise.all(stores.map((s) => s.close())));
    const receivers = await Promise.all(stores.map((store) => serve(createReceiver({ store }))));
    cleanups.push(() => Promise.all(receivers.map((r) => r.close())));
    const pairs = Array.from({ length: 40 }, (_, i) => {
      const granted = sampleRecord({ sequence: i + 1 });
      return [granted, { ...granted, action: 'reject_all' as const, categories: { necessary: true, analytics: false, marketing: false } }] as const;
    });
    const post = (url: string, body: unknown) => fetch(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'text/plain;charset=UTF-8' } }).then((res) => res.status);
    const statuses = await Promise.all(pairs.map((pair) => Promise.all(pair.map((record, i) => post(receivers[i]!.url, record)))));
    for (const pair of statuses) expect([...pair].sort()).toEqual([201, 409]);
    expect(await stores[0]!.count()).toBe(40);
    for (const [p, pair] of pairs.entries()) {
      const kept = pair[statuses[p]!.indexOf(201)]!;
      expect((await stores[1]!.byConsentId(kept.consentId)).map((r) => r.record)).toEqual([kept]);
    }
  });

  it('another record under an id whose first record commits while the insert waits on it: conflict, read from the committed row', async () => {
    // Deterministic half of the race above: the insert's own snapshot does not see the row it
    // waited for, so the stored record is read by a statement after it.
    const schema = database!.freshSchema();
    const store = await open({ schema });
    const first = sampleRecord();
    const holder = new pg.Client({ connectionString: database!.url });
    await holder.connect();
    cleanups.push(() => holder.end());
    await holder.query('BEGIN');
    await holder.query(
      `INSERT INTO "${schema}".consent_records (record_id, consent_id, sequence, action, client_timestamp, received_at, record) VALUES ($1, $2, 1, $3, $4, now(), $5)`,
      [first.recordId, first.consentId, first.action, first.timestamp, JSON.stringify(first)],
    );
    const other = store.insert({ ...first, action: 'withdraw' }, new Date());
    const same = store.insert({ ...first }, new Date());
    await new Promise((done) => setTimeout(done, 300)); // both wait on the uncommitted row
    await holder.query('COMMIT');
    expect(await other).toBe('conflict');
    expect(await same).toBe('duplicate');
    expect((await store.byConsentId(first.consentId)).map((r) => r.record)).toEqual([first]);
  });

  it('two receivers given the same records in opposite orders (a queue sent again): no deadlock, each stored once', { timeout: 60_000 }, async () => {
    const schema = database!.freshSchema();
    const [a, b] = await Promise.all([0, 1].map(() => pgRecordStore({ connectionString: database!.url, schema })));
    cleanups.push(() => Promise.all([a!.close(), b!.close()]));
    // Each batch locks its ids as it inserts them: in arrival order, two batches could each hold
    // an id the other waits for, and PostgreSQL aborted one (every record in it got a 503).
    for (let round = 0; round < 20; round++) {
      const records = Array.from({ length: 20 }, () => sampleRecord());
      const settled = await Promise.allSettled([...records.map((r) => a!.insert(r, new Date())), ...[...records].reverse().map((r) => b!.insert(r, new Date()))]);
      expect(settled.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason)).slice(0, 1)).toEqual([]);
      expect(settled.filter((s) => s.status === 'fulfilled' && statusOf(s.value) === 'created')).toHaveLength(20);
    }
    expect(await a!.count()).toBe(400);
  });

  it('a database in another encoding (WIN1251) stores a record with characters it lacks, and the rest of its batch', async () => {
    const name = `${database!.freshSchema()}_win1251`;
    await sql(`CREATE DATABASE ${name} ENCODING 'WIN1251' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`);
    cleanups.push(() => sql(`DROP DATABASE ${name}`));
    const url = new URL(database!.url);
    url.pathname = `/${name}`;
    const store = await open({ connectionString: url.toString() });
    // é and the emoji are not in WIN1251; the lone surrogate is in no encoding. Before, PostgreSQL
    // refused the multi-row insert, and every record of the batch was answered 503, again on each retry.
    const records = ['https://пример.рф/политика', 'https://shop.example/', 'https://shop.example/café', 'https://shop.example/😀', 'x\ud800y'].map((u) => sampleRecord({ policy: { revision: '1', url: u } }));
    expect((await Promise.all(records.map((r) => store.insert(r, new Date())))).map(statusOf)).toEqual(Array(5).fill('created'));
    for (const r of records) expect((await store.byConsentId(r.consentId)).map((s) => s.record)).toEqual([r]);
    const exported = new Map((await allRecords(store.range(new Date(0), new Date(8.64e15)))).map((s) => [s.record.recordId, JSON.stringify(s.record)]));
    expect(records.map((r) => exported.get(r.recordId))).toEqual(records.map((r) => JSON.stringify(r))); // exports write the same bytes
  });

  it('keeps the record exactly as received and reads one browser in sequence order', async () => {
    const store = await open();
    const first = sampleRecord({ sequence: 1 });
    const second = sampleRecord({ consentId: first.consentId, sequence: 2, action: 'withdraw' });
    await store.insert(second, new Date('2026-03-01T10:00:00.123Z'));
    await store.insert(first, new Date('2026-03-01T10:00:01Z'));
    const rows = await store.byConsentId(first.consentId);
    expect(rows).toEqual([
      { receivedAt: '2026-03-01T10:00:01.000Z', record: first },
      { receivedAt: '2026-03-01T10:00:00.123Z', record: second },
    ]);
    expect(JSON.stringify(rows[0]!.record)).toBe(JSON.stringify(first)); // key order too: json, not jsonb
  });

  it('reads a range in pages, oldest first, each row once even when receive times tie across a page edge', async () => {
    const store = await open({ pageSize: 3 });
    const same = new Date('2026-03-01T10:00:00Z');
    const records = Array.from({ length: 7 }, (_, i) => sampleRecord({ sequence: i + 1 }));
    await store.insert(records[5]!, new Date('2026-03-01T09:00:00Z'));
    await Promise.all(records.slice(0, 5).map((r) => store.insert(r, same))); // one commit
    await store.insert(records[6]!, new Date('2026-03-02T00:00:00Z')); // outside [from, to)
    const ties = records.slice(0, 5).sort((a, b) => (a.recordId < b.recordId ? -1 : 1)).map((r) => r.sequence); // by record id
    const pages: number[][] = [];
    for await (const page of store.range(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-02T00:00:00Z'))) pages.push(page.map((r) => r.record.sequence));
    expect(pages).toEqual([[6, ...ties.slice(0, 2)], ties.slice(2)]);
    expect(await allRecords(store.range(new Date(0), new Date(8.64e15)))).toHaveLength(7); // the widest range a Date holds
  });

  it('an export waits for a batch stamped but not yet committed: going on from where it ended misses nothing', async () => {
    const schema = database!.freshSchema();
    const store = await pgRecordStore({ connectionString: database!.url, schema });
    cleanups.push(() => store.close());
    let clock = Date.parse('2026-03-01T12:00:10.000Z');
    const receiver = await serve(createReceiver({ store, adminToken: 'test-admin-token-0123456789', now: () => new Date(clock) }));
    cleanups.push(() => receiver.close());
    const admin = { headers: { authorization: 'Bearer test-admin-token-0123456789' } };
    const post = (record: unknown) => fetch(receiver.url, { method: 'POST', body: JSON.stringify(record), headers: { 'content-type': 'text/plain' } });
    const exportRange = async (from: string, to: string) => (await (await fetch(`${receiver.url}/export?from=${from}&to=${to}`, admin)).json()) as { to: string; records: StoredRecord[] };
    const [early, late] = [sampleRecord(), sampleRecord()];
    expect((await post(early)).status).toBe(201); // 12:00:10

    // Another session holds the table: the next batch is stamped (12:00:12), then waits to insert and commit.
    const blocker = new pg.Client({ connectionString: database!.url });
    await blocker.connect();
    cleanups.push(() => blocker.end());
    await blocker.query(`BEGIN; LOCK TABLE "${schema}".consent_records IN SHARE MODE`);
    clock += 2000;
    const latePost = post(late);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const firstExport = exportRange('2026-03-01T12:00:00.000Z', '2026-03-01T12:00:14.000Z'); // the present, as the exporter sees it
    await new Promise((resolve) => setTimeout(resolve, 300));
    await blocker.query('COMMIT');
    const first = await firstExport;
    expect((await latePost).status).toBe(201);
    const second = await exportRange(first.to, '2026-03-01T12:00:30.000Z');
    expect([...first.records, ...second.records].map((r) => r.record.recordId)).toEqual([early.recordId, late.recordId]);
    expect(first.to).toBe('2026-03-01T12:00:12.001Z'); // it waited for the commit, and ended just after it
  });

  it('an export that cannot get the commit lock gives up on the server too: new batches are not held behind it; the export answers 503', async () => {
    const schema = database!.freshSchema();
    const errors: unknown[] = [];
    const store = await pgRecordStore({ connectionString: database!.url, schema, timeoutMillis: 1000 });
    cleanups.push(() => store.close());
    const receiver = await serve(createReceiver({ store, adminToken: 'test-admin-token-0123456789', onError: (e) => errors.push(e) }));
    cleanups.push(() => receiver.close());
    // A batch of another receiver, stuck while it holds the commit lock shared.
    const key = `consentry/server:${schema}:commits`;
    const stuck = await connect();
    await stuck.query('BEGIN');
    await stuck.query('SELECT pg_advisory_xact_lock_shared(hashtext($1))', [key]);

    const answer = await fetch(`${receiver.url}/export`, { headers: { authorization: 'Bearer test-admin-token-0123456789' } });
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ error: 'store_unavailable' });
    expect(String(errors[0])).toMatch(/waited 1000 ms \(timeoutMillis\) for batches to commit/);
    // The export's exclusive request is gone from the server: the client closing its connection
    // was noticed only once the wait ended, and until then every new batch queued behind it.
    const waiting = await sql(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = (hashtext($1)::bigint & 4294967295)::oid`, [key]);
    expect(waiting).toEqual([]);
    expect(statusOf(await store.insert(sampleRecord(), new Date()))).toBe('created');
    await stuck.query('COMMIT');
    expect((await fetch(`${receiver.url}/export`, { headers: { authorization: 'Bearer test-admin-token-0123456789' } })).status).toBe(200);
  });

  it('a database whose default isolation is serializable: receivers inserting at once are not refused (503) for serialization failures', async () => {
    // default_transaction_isolation is a database's (or role's) setting. Each batch reads the latest receive time and
    // inserts after it: two such serializable transactions at once are a read-write cycle, and one of them failed.
    const url = new URL(database!.url);
    url.searchParams.set('options', '-c default_transaction_isolation=serializable');
    const schema = database!.freshSchema();
    const a = await pgRecordStore({ connectionString: url.href, schema });
    const b = await pgRecordStore({ connectionString: url.href, schema });
    cleanups.push(() => Promise.all([a!.close(), b!.close()]));
    const failures: string[] = [];
    for (let round = 0; round < 10; round++) {
      const settled = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => (i % 2 ? a! : b!).insert(sampleRecord(), new Date())));
      for (const s of settled) if (s.status === 'rejected') failures.push(String(s.reason));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(failures.slice(0, 1)).toEqual([]);
    expect(await a!.count()).toBe(100);
  });

  it('a consent_records table of the database\'s own (no consentry_migrations beside it): refused, saying to give another schema', async () => {
    const schema = database!.freshSchema();
    await sql(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".consent_records (id serial PRIMARY KEY, note text)`);
    await expect(open({ schema })).rejects.toThrow(
      `relation "consent_records" already exists: "${schema}".consent_records was not made by consentry/server (there is no "${schema}".consentry_migrations recording it), a table of your own by that name? Give pgRecordStore a schema of its own (options.schema), or drop that table if it is left over`,
    );
    expect(await sql(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'consent_records'`, [schema])).toEqual([{ n: 2 }]); // left as it was
  });

  it('a database it cannot reach at start is a clear error', async () => {
    const proxy = await databaseProxy(database!.url);
    await proxy.close(); // a port where nothing listens any more
    await expect(pgRecordStore({ connectionString: proxy.url, timeoutMillis: 2000 })).rejects.toThrow(/pgRecordStore could not prepare schema "public" through options\.connectionString \(.*\): .*ECONNREFUSED/);
  });

  it('migrated through migrationConnectionString, then records\' connectionString unreachable (a wrong pooled address or password): the error names connectionString', async () => {
    const proxy = await databaseProxy(database!.url);
    await proxy.close();
    const pooled = new URL(proxy.url);
    await expect(open({ connectionString: proxy.url, migrationConnectionString: database!.url, timeoutMillis: 2000 })).rejects.toThrow(
      `through options.connectionString (postgresql://${pooled.username}@${pooled.host}${pooled.pathname}): connect ECONNREFUSED`,
    );
  });

  it('the database goes away: the receiver answers 503 and keeps running; it comes back: 201', async () => {
    const proxy = await databaseProxy(database!.url);
    cleanups.push(() => proxy.close());
    const errors: unknown[] = [];
    const store = await open({ connectionString: proxy.url, timeoutMillis: 2000, onError: (e) => errors.push(e) });
    const receiver = await serve(createReceiver({ store, adminToken: 'test-admin-token-0123456789', onError: (e) => errors.push(e) }));
    cleanups.push(() => receiver.close());
    const post = () => fetch(receiver.url, { method: 'POST', body: JSON.stringify(sampleRecord()), headers: { 'content-type': 'text/plain' } });
    const admin = { headers: { authorization: 'Bearer test-admin-token-0123456789' } };
    expect((await post()).status).toBe(201);

    await proxy.cut();
    const down = await post();
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ error: 'store_unavailable' });
    expect((await fetch(`${receiver.url}/export`, admin)).status).toBe(503);
    expect((await fetch(`${receiver.url}/consents/${sampleRecord().consentId}`, admin)).status).toBe(503);
    expect(errors.length).toBeGreaterThanOrEqual(3);

    await proxy.restore();
    expect((await post()).status).toBe(201);
    expect(await store.count()).toBe(2);
  });
});
