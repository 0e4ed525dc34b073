import { setImmediate } from 'node:timers'; // imported: Bun and Deno have it under node:, not all as a global
import type { Awaitable } from './store';

export interface GroupCommitOptions {
  /** Most items in one commit; the rest wait for the next. */
  maxBatch: number;
  /** Commits that may be under way at once (1 for SQLite's single writer; a few for a pool). */
  maxInFlight: number;
}

export interface GroupCommit<T, R> {
  /** Settles with this item's result once the batch holding it is committed. */
  add(item: T): Promise<R>;
  /** Resolves when everything added so far is committed (or failed). */
  drain(): Promise<void>;
}

interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the items added during one event-loop turn go to `commit` together, in one
 * transaction, instead of one transaction (and one fsync) each. Every caller waits for the
 * commit that holds its item, so nobody is told "stored" before it is. `commit` returns one
 * result per item, in order; if it throws, every item of that batch fails with that error.
 */
export function groupCommit<T, R>(commit: (batch: T[]) => Awaitable<R[]>, options: GroupCommitOptions): GroupCommit<T, R> {
  const waiting: Array<Waiting<T, R>> = [];
  const idle: Array<() => void> = [];
  let scheduled = false;
  let inFlight = 0;

  function schedule(): void {
    if (scheduled || waiting.length === 0 || inFlight >= options.maxInFlight) return;
    scheduled = true;
    // setImmediate runs after the I/O callbacks of this turn: every request read in it joins the batch.
    setImmediate(run);
  }

  async function run(): Promise<void> {
    scheduled = false;
    const batch = waiting.splice(0, options.maxBatch);
    inFlight++;
    try {
      const results = await commit(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      inFlight--;
      schedule();
      if (inFlight === 0 && waiting.length === 0) for (const done of idle.splice(0)) done();
    }
  }

  return {
    add(item) {
      return new Promise<R>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        schedule();
      });
    },
    drain() {
      if (inFlight === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((done) => idle.push(done));
    },
  };
}
