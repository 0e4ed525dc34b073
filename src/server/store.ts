import type { ConsentRecord } from '../core/types';

/** A record as the log keeps it: exactly what the client sent (schema-checked), and when it arrived. */
export interface StoredRecord {
  /** The receiver's own clock, ISO 8601 UTC; the client's clock is `record.timestamp`. */
  receivedAt: string;
  record: ConsentRecord;
}

/** Sync stores (memory, SQLite) return values; a store over a network database may return promises. */
export type Awaitable<T> = T | Promise<T>;

/**
 * Where the consent log lives. `insert` is idempotent on `record.recordId`: clients
 * deliver at least once, the log keeps each record exactly once.
 */
export interface RecordStore {
  /** `created` for a new record id, `duplicate` when that id is already stored (nothing changes then). */
  insert(record: ConsentRecord, receivedAt: Date): Awaitable<'created' | 'duplicate'>;
  /** One browser's records (proof of its consent), in the order its decisions were made. */
  byConsentId(consentId: string): Awaitable<StoredRecord[]>;
  /** Records received in `[from, to)`, oldest first. */
  range(from: Date, to: Date): Awaitable<StoredRecord[]>;
  count(): Awaitable<number>;
  close?(): Awaitable<void>;
}

/** The embedded stores answer at once; their types say so, which keeps scripts and tests simple. */
export interface SyncRecordStore extends RecordStore {
  insert(record: ConsentRecord, receivedAt: Date): 'created' | 'duplicate';
  byConsentId(consentId: string): StoredRecord[];
  range(from: Date, to: Date): StoredRecord[];
  count(): number;
  close(): void;
}
