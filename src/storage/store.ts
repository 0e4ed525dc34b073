import type { ConsentRecord } from '../core/types';

/** Where the visitor's choice is kept: the consent cookie in a browser, memory in tests. */
export interface ChoiceStore {
  read(): string | undefined;
  write(value: string, lifetimeDays: number): void;
  remove(): void;
}

/** One undelivered record and the destinations still waiting for it. */
export interface OutboxEntry {
  record: ConsentRecord;
  /** Names of the transports that have not confirmed it yet. */
  pending: string[];
  attempts: number;
  /** Earliest time of the next attempt on this page (ms since epoch). */
  nextAttemptAt: number;
  /** The destinations that refused it while they accepted a newer record (its body, not the endpoint, is refused): it holds nothing back. `true` (earlier versions): not named. */
  refusedAlone?: string[] | true;
}

/**
 * Where undelivered records wait. Survives page loads in a browser (localStorage). One entry is
 * one write: two tabs adding records at the same moment never overwrite each other's.
 */
export interface OutboxStore {
  /** Every waiting entry, oldest first. */
  load(): OutboxEntry[];
  /** Adds an entry, or replaces the one with its record id. */
  put(entry: OutboxEntry): void;
  /** Removes the entry with this record id. */
  remove(recordId: string): void;
}

/** Oldest first: by the record's time, then its sequence number. */
export function byAge(a: OutboxEntry, b: OutboxEntry): number {
  return a.record.timestamp < b.record.timestamp ? -1 : a.record.timestamp > b.record.timestamp ? 1 : a.record.sequence - b.record.sequence;
}
