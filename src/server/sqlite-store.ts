import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { ConsentRecord } from '../core/types';
import { groupCommit } from './group-commit';
import { loadDriver } from './load-driver';
import { sameRecord } from './same-record';
import { DEFAULT_PAGE_SIZE, type InsertOutcome, type LocalRecordStore, type StoredRecord } from './store';

export interface SqliteStoreOptions {
  /**
   * Path of the database file; its folder is created when missing. A relative path is read from
   * the process's working directory, as every Node.js path is. `:memory:` for a throwaway log.
   */
  path: string;
  /** Records per export page. Default 500. */
  pageSize?: number | undefined;
  /** Told after each group commit, for metrics: how many records it held and how long it took. */
  onCommit?: ((records: number, milliseconds: number) => void) | undefined;
  /**
   * Told once, when the file is open: its absolute path, and whether this start created it.
   * Default: a line on `console.info` when this start created the file (a new, empty log), and
   * nothing for a file that was there or for `:memory:`.
   */
  onOpen?: ((path: string, created: boolean) => void) | undefined;
}

/** The SQLite log: reads answer at once; an insert settles after the group commit that holds it. */
export interface SqliteRecordStore extends LocalRecordStore {
  /** The file's absolute path (`:memory:` as given). */
  readonly path: string;
  insert(record: ConsentRecord, receivedAt: Date): Promise<InsertOutcome>;
  close(): Promise<void>;
}

export const SQLITE_SCHEMA_VERSION = 2;
// A commit blocks the event loop while SQLite syncs: keep one batch's work bounded.
const MAX_BATCH = 1000;

// received_at is ms since epoch (an integer) so time ranges compare as numbers, not strings.
// Rows are ordered by (received_at, record_id), as every store orders them: version 1's index on
// received_at alone (ties in insert order) gives way to one on both.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS consent_records (
  id INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL,
  consent_id TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  action TEXT NOT NULL,
  client_timestamp TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS consent_records_record_id ON consent_records (record_id);
CREATE INDEX IF NOT EXISTS consent_records_consent_id ON consent_records (consent_id, sequence);
CREATE INDEX IF NOT EXISTS consent_records_received_at_record_id ON consent_records (received_at, record_id);
DROP INDEX IF EXISTS consent_records_received_at;
`;

/**
 * better-sqlite3 loads its native part when the first database opens. Without it, installed with
 * its install script skipped (npm 11 runs a dependency's only once approved in `allowScripts`;
 * `--ignore-scripts` in CI), the error was bindings' list of a dozen paths tried, or, built for
 * another Node.js, a NODE_MODULE_VERSION mismatch: neither said what to run.
 */
export function openDatabase(Database: typeof BetterSqlite3, path: string): BetterSqlite3.Database {
  try {
    return new Database(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unbuilt = message.startsWith('Could not locate the bindings file');
    if (!unbuilt && !message.includes('NODE_MODULE_VERSION')) throw error;
    const why = unbuilt ? 'is installed, but its native part was not built (its install script did not run)' : 'was built for another version of Node.js';
    const approve = unbuilt ? 'npm install-scripts approve better-sqlite3 (npm 11), then ' : '';
    throw Object.assign(new Error(`[consentry/server] sqliteRecordStore: better-sqlite3 ${why}: run ${approve}npm rebuild better-sqlite3`), { cause: error });
  }
}

interface Row {
  record_id: string;
  received_at: number;
  record: string;
}

interface Pending {
  record: ConsentRecord;
  receivedAt: Date;
}

/**
 * The embedded consent log: one SQLite file, created with its schema on first start.
 * WAL with synchronous=FULL: a record answered 201 is on disk, even if the process
 * or the machine dies right after (https://www.sqlite.org/pragma.html#pragma_synchronous).
 * Inserts are group-committed: the records of one event-loop turn share one transaction and
 * one fsync, and each insert settles only after that commit.
 */
export function sqliteRecordStore(options: SqliteStoreOptions): SqliteRecordStore {
  const Database = loadDriver<typeof BetterSqlite3>('better-sqlite3', 'sqliteRecordStore', 'npm install better-sqlite3@12 (13 needs Node 22)');
  const inMemory = options.path === ':memory:';
  // Resolved here as SQLite would resolve it, so the file it opens can be named (onOpen).
  const path = inMemory ? options.path : resolve(options.path);
  const created = inMemory || !existsSync(path);
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const db = openDatabase(Database, path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000'); // another process (an export script) may hold the lock briefly
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SQLITE_SCHEMA_VERSION) {
    db.close();
    throw new Error(`${path} has consent-log schema ${version}; this version of consentry/server knows ${SQLITE_SCHEMA_VERSION}.`);
  }
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION}`);
  (options.onOpen ?? sayCreated)(path, created);

  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  // INSERT OR IGNORE on the unique record_id: a redelivered record changes nothing. Run one
  // after another inside the batch, so a second copy in the same batch is a duplicate too.
  const insert = db.prepare(
    'INSERT OR IGNORE INTO consent_records (record_id, consent_id, sequence, action, client_timestamp, received_at, record) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const storedUnder = db.prepare('SELECT record FROM consent_records WHERE record_id = ?');
  const latest = db.prepare('SELECT max(received_at) AS t FROM consent_records');
  const latestStored = () => (latest.get() as { t: number | null }).t;
  const insertBatch = db.transaction((batch: Pending[]): InsertOutcome[] => {
    // Receive times follow commits: a batch's records are stamped at least 1 ms after every record
    // committed before it (under the write lock), so `settled` can promise what comes later.
    const previous = latestStored();
    return batch.map(({ record, receivedAt }) => {
      const at = previous === null ? receivedAt.getTime() : Math.max(receivedAt.getTime(), previous + 1);
      const result = insert.run(record.recordId, record.consentId, record.sequence, record.action, record.timestamp, at, JSON.stringify(record));
      if (result.changes !== 1) return again(record);
      return at === receivedAt.getTime() ? 'created' : { status: 'created', receivedAt: new Date(at) };
    });
  });
  /** A record id already stored: the same record again, or another one under its id (never stored). */
  function again(record: ConsentRecord): InsertOutcome {
    const row = storedUnder.get(record.recordId) as { record: string } | undefined;
    // OR IGNORE skips a NOT NULL failure too: a record missing its ids (a caller that skipped the
    // schema check) failed its batch, rather than be answered as stored.
    if (!row) throw new Error(`[consentry/server] record ${String(record.recordId)} could not be stored: it lacks a field the log needs`);
    return sameRecord(JSON.parse(row.record), record) ? 'duplicate' : 'conflict';
  }
  // Under the write lock too: a writer in another process may hold records it stamped but has not committed.
  const settledUnderLock = db.transaction(latestStored);
  const commits = groupCommit<Pending, InsertOutcome>(
    (batch) => {
      const started = performance.now();
      // IMMEDIATE takes the write lock up front: no deadlock with another writing process.
      const results = insertBatch.immediate(batch);
      options.onCommit?.(batch.length, performance.now() - started);
      return results;
    },
    { maxBatch: MAX_BATCH, maxInFlight: 1 },
  );

  const byConsent = db.prepare('SELECT record_id, received_at, record FROM consent_records WHERE consent_id = ? ORDER BY sequence, received_at, record_id');
  // Keyset pages on (received_at, record_id), the order every store keeps (record ids compare as
  // bytes, SQLite's BINARY): each page is its own short query, so an export never holds the
  // connection (or a read snapshot) between pages while the HTTP client reads.
  const firstPage = db.prepare('SELECT record_id, received_at, record FROM consent_records WHERE received_at >= ? AND received_at < ? ORDER BY received_at, record_id LIMIT ?');
  const nextPage = db.prepare(
    'SELECT record_id, received_at, record FROM consent_records WHERE received_at < ? AND (received_at, record_id) > (?, ?) ORDER BY received_at, record_id LIMIT ?',
  );
  const count = db.prepare('SELECT COUNT(*) AS n FROM consent_records');
  let closed = false;

  return {
    path,
    insert(record, receivedAt) {
      if (closed) return Promise.reject(new Error('[consentry/server] the SQLite store is closed'));
      return commits.add({ record, receivedAt });
    },
    settled() {
      const t = settledUnderLock.immediate();
      return t === null ? null : new Date(t + 1);
    },
    byConsentId: (consentId) => (byConsent.all(consentId) as Row[]).map(toStored),
    *range(from, to) {
      let rows = firstPage.all(from.getTime(), to.getTime(), pageSize) as Row[];
      while (rows.length > 0) {
        yield rows.map(toStored);
        if (rows.length < pageSize) return;
        const last = rows[rows.length - 1]!;
        rows = nextPage.all(to.getTime(), last.received_at, last.record_id, pageSize) as Row[];
      }
    },
    count: () => (count.get() as { n: number }).n,
    async close() {
      closed = true;
      await commits.drain();
      if (db.open) db.close();
    },
  };
}

// A receiver started from another folder than usual opens (creates) another file: say which.
/**
 * A start that created the log says where: a receiver started from another directory than usual
 * reads a relative path from there and begins a new, empty log, and this line is how it shows.
 * Opening the log that was there is every other start: a line each time would be noise in every
 * restart's output and every test run. `:memory:` is asked for by name.
 */
function sayCreated(path: string, created: boolean): void {
  if (created && path !== ':memory:') console.info(`[consentry/server] consent log: created ${path} (SQLite, new and empty)`);
}

function toStored(row: Row): StoredRecord {
  return { receivedAt: new Date(row.received_at).toISOString(), record: JSON.parse(row.record) as ConsentRecord };
}
