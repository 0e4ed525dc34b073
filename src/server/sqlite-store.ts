import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ConsentRecord } from '../core/types';
import type { StoredRecord, SyncRecordStore } from './store';

export interface SqliteStoreOptions {
  /** Path of the database file; its folder is created when missing. `:memory:` for a throwaway log. */
  path: string;
}

const SCHEMA_VERSION = 1;

// received_at is ms since epoch (an integer) so time ranges compare as numbers, not strings.
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
CREATE INDEX IF NOT EXISTS consent_records_received_at ON consent_records (received_at);
`;

interface Row {
  received_at: number;
  record: string;
}

/**
 * The embedded consent log: one SQLite file, created with its schema on first start.
 * WAL with synchronous=FULL: a record answered 201 is on disk, even if the process
 * or the machine dies right after (https://www.sqlite.org/pragma.html#pragma_synchronous).
 */
export function sqliteRecordStore(options: SqliteStoreOptions): SyncRecordStore & { readonly path: string } {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000'); // another process (an export script) may hold the lock briefly
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new Error(`${options.path} has consent-log schema ${version}; this version of consentry/server knows ${SCHEMA_VERSION}.`);
  }
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);

  // INSERT OR IGNORE on the unique record_id: a redelivered record changes nothing.
  const insert = db.prepare(
    'INSERT OR IGNORE INTO consent_records (record_id, consent_id, sequence, action, client_timestamp, received_at, record) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const byConsent = db.prepare('SELECT received_at, record FROM consent_records WHERE consent_id = ? ORDER BY sequence, received_at, id');
  const inRange = db.prepare('SELECT received_at, record FROM consent_records WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id');
  const count = db.prepare('SELECT COUNT(*) AS n FROM consent_records');

  return {
    path: options.path,
    insert(record: ConsentRecord, receivedAt: Date) {
      const result = insert.run(record.recordId, record.consentId, record.sequence, record.action, record.timestamp, receivedAt.getTime(), JSON.stringify(record));
      return result.changes === 1 ? ('created' as const) : ('duplicate' as const);
    },
    byConsentId: (consentId) => (byConsent.all(consentId) as Row[]).map(toStored),
    range: (from, to) => (inRange.all(from.getTime(), to.getTime()) as Row[]).map(toStored),
    count: () => (count.get() as { n: number }).n,
    close() {
      if (db.open) db.close();
    },
  };
}

function toStored(row: Row): StoredRecord {
  return { receivedAt: new Date(row.received_at).toISOString(), record: JSON.parse(row.record) as ConsentRecord };
}
