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
}

/** Where undelivered records wait. Survives page loads in a browser (localStorage). */
export interface OutboxStore {
  load(): OutboxEntry[];
  save(entries: OutboxEntry[]): void;
}
