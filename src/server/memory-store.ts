import type { ConsentRecord } from '../core/types';
import { sameRecord } from './same-record';
import { DEFAULT_PAGE_SIZE, type InsertOutcome, type LocalRecordStore, type StoredRecord } from './store';

export interface MemoryStoreOptions {
  /** Records per export page. Default 500. */
  pageSize?: number | undefined;
}

/** The log in memory: for tests and throwaway demos. Lost when the process ends. */
export function memoryRecordStore(options: MemoryStoreOptions = {}): LocalRecordStore & { readonly rows: readonly StoredRecord[] } {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const byId = new Map<string, StoredRecord>();
  const rows: StoredRecord[] = [];
  let latest: number | null = null; // the latest receive time stored
  return {
    rows,
    insert(record: ConsentRecord, receivedAt: Date): InsertOutcome {
      const stored = byId.get(record.recordId);
      if (stored) return sameRecord(stored.record, record) ? 'duplicate' : 'conflict';
      // After every record already stored, as the database stores keep it (see RecordStore.settled).
      const at = latest === null ? receivedAt.getTime() : Math.max(receivedAt.getTime(), latest + 1);
      latest = at;
      // A deep copy: a caller mutating its object later must not rewrite the proof.
      const row = { receivedAt: new Date(at).toISOString(), record: structuredClone(record) };
      byId.set(record.recordId, row);
      rows.push(row);
      return at === receivedAt.getTime() ? 'created' : { status: 'created', receivedAt: new Date(at) };
    },
    settled: () => (latest === null ? null : new Date(latest + 1)),
    byConsentId(consentId) {
      return rows.filter((r) => r.record.consentId === consentId).sort(bySequence).map(copy);
    },
    *range(from, to) {
      const a = from.getTime();
      const b = to.getTime();
      // Oldest first, ties by record id, as every store orders them.
      const matching = rows.filter((r) => Date.parse(r.receivedAt) >= a && Date.parse(r.receivedAt) < b).sort(byReceivedAt);
      for (let i = 0; i < matching.length; i += pageSize) yield matching.slice(i, i + pageSize).map(copy);
    },
    count: () => rows.length,
    close() {},
  };
}

function bySequence(a: StoredRecord, b: StoredRecord): number {
  return a.record.sequence - b.record.sequence || byReceivedAt(a, b);
}

/** Receive time, then record id (as bytes: the ids are ASCII, where UTF-16 order is byte order). */
function byReceivedAt(a: StoredRecord, b: StoredRecord): number {
  return compare(a.receivedAt, b.receivedAt) || compare(a.record.recordId, b.record.recordId);
}

// Not localeCompare: a locale's order is not the bytes' order the databases keep.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function copy(row: StoredRecord): StoredRecord {
  return structuredClone(row);
}
