import type { ConsentRecord } from '../core/types';

/** A record as the log keeps it: exactly what the client sent (schema-checked), and when it arrived. */
export interface StoredRecord {
  /** The receiver's own clock, ISO 8601 UTC; the client's clock is `record.timestamp`. */
  receivedAt: string;
  record: ConsentRecord;
}

/** Sync reads (memory, SQLite) return values; a store over a network database returns promises. */
export type Awaitable<T> = T | Promise<T>;

export type InsertResult = 'created' | 'duplicate' | 'conflict';

/**
 * What `insert` settles with: an `InsertResult`, or, when the store kept a later receive time
 * than it was given (see `settled`), `created` with that time.
 */
export type InsertOutcome = InsertResult | { status: 'created'; receivedAt: Date };

/**
 * Records a page at a time, oldest first. A store reads each page when it is asked for, so an
 * export of a year of records holds one page in memory, never the year.
 */
export type RecordPages = Iterable<StoredRecord[]> | AsyncIterable<StoredRecord[]>;

/**
 * Where the consent log lives. `insert` is idempotent on `record.recordId`: clients
 * deliver at least once, the log keeps each record exactly once, and never a second record
 * under an id it holds.
 */
export interface RecordStore {
  /**
   * `created` for a new record id; for an id already stored, `duplicate` when it is the same
   * record again (`sameRecord`: the same fields and values, whatever their key order; the receive
   * time aside) and `conflict` when it is another record (answered 409). Nothing changes in
   * either case: the first record stays the proof. A store that answers `duplicate` for both
   * tells a client its other record was stored when it was dropped. Settles only once the record
   * is durable: the receiver answers 201 after it.
   */
  insert(record: ConsentRecord, receivedAt: Date): Awaitable<InsertOutcome>;
  /**
   * Where an export may end: every record with an earlier receive time is stored (committed),
   * and every record stored from now on gets this receive time or a later one. `null` while
   * nothing is. The built-in stores keep it by giving a record committed after others a receive
   * time at least 1 ms after theirs. A store without it is exported up to `to` as asked, and a
   * record it commits late with an earlier receive time is missed by an export already made.
   */
  settled?(): Awaitable<Date | null>;
  /** One browser's records (proof of its consent), in the order its decisions were made: by sequence, then as `range` orders. */
  byConsentId(consentId: string): Awaitable<StoredRecord[]>;
  /**
   * Records received in `[from, to)`, in pages, in one total order every store keeps: by receive
   * time, and records received in the same millisecond by record id (compared as bytes).
   */
  range(from: Date, to: Date): RecordPages;
  count(): Awaitable<number>;
  close?(): Awaitable<void>;
}

/**
 * The embedded stores (memory, SQLite) read at once; their types say so, which keeps scripts
 * and tests simple. Their inserts may still wait for a group commit.
 */
export interface LocalRecordStore extends RecordStore {
  settled(): Date | null;
  byConsentId(consentId: string): StoredRecord[];
  range(from: Date, to: Date): Iterable<StoredRecord[]>;
  count(): number;
  close(): Awaitable<void>;
}

/** Export pages hold this many records unless a store is told otherwise. */
export const DEFAULT_PAGE_SIZE = 500;
