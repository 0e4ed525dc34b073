import type { Environment } from './environment';
import type { Say } from './messages';
import type { SendResult, Transport } from './transports';
import { passing } from './transports';
import type { ConsentRecord } from './types';
import type { OutboxEntry, OutboxStore } from '../storage/store';
import { PAGE_LOAD_RETRIES } from './page-load-retries';

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 10 * 60_000;
const DAY_MS = 86_400_000;
/** A record refused alone is marked at its second failure at the soonest: it then waits an hour, then 2, 4… up to a day. */
const REFUSED_BASE_MS = 30 * 60_000;

export interface OutboxOptions {
  store: OutboxStore;
  transports: Transport[];
  maxQueued: number;
  /** Days a record waits for a destination this page does not have before it is dropped for it (the cookie's lifetime). */
  keepDays: number;
  now: () => number;
  env: Pick<Environment, 'setTimeout' | 'clearTimeout' | 'log'>;
  /** Prints the rarer lines, whose words load only when said (messages.ts). */
  say: Say;
  /** Name of the lock that keeps passes one at a time across tabs. Default `consentry`. */
  lock?: string;
}

/**
 * Keeps every record until each destination confirms it: at least once, oldest first,
 * with the record id as idempotency key so a receiver stores it exactly once. The log needs no
 * arrival order (a browser's records are read by their sequence numbers), so a record refused
 * alone (see `pass`) need not hold back the newer ones.
 * Every change touches one record's entry, so two tabs sharing localStorage never
 * overwrite each other's records.
 */
export class Outbox {
  /** The passes asked for on this page, one after the other. */
  private passes: Promise<void> = Promise.resolve();
  /** Passes asked for and not over yet. */
  private waiting = 0;
  private timer: unknown = null;
  private stopped = false;

  constructor(private readonly options: OutboxOptions) {}

  /**
   * Queues a record. A full outbox makes room for it: the latest choice is the one an operator
   * most needs to prove, so the oldest record superseded by a later one of the same browser
   * (which carries the whole current choice) goes first, else the oldest of all; the console
   * says which.
   */
  add(record: ConsentRecord): void {
    const pending = this.options.transports.map((t) => t.name);
    if (pending.length === 0) return;
    const { store, maxQueued, env } = this.options;
    const entries = store.load();
    for (let over = entries.length - maxQueued + 1; over > 0; over--) {
      // The incoming record counts as the later one too: it is the newest of its browser.
      const superseded = entries.find((e) => [...entries, { record }].some((later) => later.record.consentId === e.record.consentId && later.record.sequence > e.record.sequence)) ?? entries[0]!;
      entries.splice(entries.indexOf(superseded), 1);
      store.remove(superseded.record.recordId);
      env.log.error(`the record outbox is full (${maxQueued}); record ${superseded.record.recordId} (${superseded.record.action}, sequence ${superseded.record.sequence}) was dropped to keep the newer ones.`);
    }
    store.put({ record, pending, attempts: 0, nextAttemptAt: 0 });
  }

  /**
   * Sends what is due; `true` ignores the backoff (the browser back online), `'pageLoad'` too
   * until a record has failed PAGE_LOAD_RETRIES times, then waits it out as the boot file does
   * (records-due.ts): an endpoint that stays wrong (404) got a request on every page load. A record
   * refused alone waits out its own backoff of hours unless `true`.
   * One pass at a time, here and across tabs (Web Locks where there are any), each record after
   * the one before has been answered, oldest first; a record that fails lets one newer record by
   * (see `pass`), and that one failing too, holds back the rest until its next attempt.
   */
  flush(all: boolean | 'pageLoad' = false): Promise<void> {
    const pass = () => this.pass(all);
    const locks = (globalThis.navigator as (Navigator & { locks?: LockManager }) | undefined)?.locks;
    const run = (): Promise<void> => (locks ? locks.request(`${this.options.lock ?? 'consentry'}.outbox`, pass).then(undefined, pass) : pass());
    // None waiting: start now (the first send begins at once, as a caller may expect); else after those.
    this.passes = this.waiting++ ? this.passes.then(run) : run();
    return this.passes;
  }

  private async pass(all: boolean | 'pageLoad'): Promise<void> {
    try {
      const { store, keepDays, env } = this.options;
      const now = this.options.now();
      for (const e of store.load()) {
        // Pages sharing the cookie share the outbox, not their destinations (a script-tag page has
        // the endpoint, an npm page its onRecord, some page neither): pruning what this page lacks
        // deleted the others' records. They wait for a page that has it; only a record older than
        // the choice it proves can last (cookie.lifetimeDays) takes its destination as gone.
        // A record refused alone all that time (its backoff reaching a day) is given up too by the
        // destinations that refused it (no rule was fixed for it), not by those that did not.
        if (!(now - Date.parse(e.record.timestamp) > keepDays * DAY_MS)) continue;
        // `true`, as earlier versions marked it, names none: all of them.
        const refused = (name: string) => (Array.isArray(e.refusedAlone) ? e.refusedAlone.includes(name) : !!e.refusedAlone);
        const gone = e.pending.filter((name) => refused(name) || !this.has(name));
        if (!gone.length) continue;
        env.log.error(`record ${e.record.recordId} (${e.record.action}, sequence ${e.record.sequence}) waited over ${keepDays} days for ${gone.join(', ')}, ${gone.some(refused) ? 'which refused it alone all along' : 'which this page does not have'}; dropped for ${gone.length > 1 ? 'them' : 'it'}.`);
        const pending = e.pending.filter((name) => !gone.includes(name));
        if (pending.length) store.put({ ...e, pending });
        else store.remove(e.record.recordId);
      }
      // A record that failed, or waits out its backoff after failing, lets one newer record by: if
      // the endpoint takes that one, the older one is tried again at once, and failing again its
      // failure is its body's (a firewall or proxy refusing it alone, with a 403 or 404 that no
      // redeploy fixes): the line moves on past it. If the newer one fails too, the endpoint fails
      // them all (down, not deployed yet) and the pass stops: an outage costs two requests a pass,
      // not one for every record. Before this, such a record held back every later one, a
      // withdrawal included, for ever.
      let held: { entry: OutboxEntry; failed: Map<string, SendResult> | null } | null = null;
      // Once a record is taken, the endpoint works: those behind it go now, not at their own retry time.
      let taken = false;
      for (const { record } of store.load()) {
        // Re-read: another tab may have sent it meanwhile.
        const entry = store.load().find((e) => e.record.recordId === record.recordId);
        if (this.stopped) return;
        // Another page's to send: it holds nothing back here.
        if (!entry || !this.mine(entry)) continue;
        const waits = !all || (all === 'pageLoad' && entry.attempts >= PAGE_LOAD_RETRIES);
        // Known to be refused alone: tried when its own long backoff is over (a page load waits it
        // out too: on a script-tag page it costs the core and delivery chunks), holds nothing back.
        if (entry.refusedAlone) {
          if (all === true || entry.nextAttemptAt <= now) await this.send(entry);
          continue;
        }
        const due = taken || !(waits && entry.nextAttemptAt > now);
        // Behind a record that waits (not one that failed in this pass), a record tried before waits too.
        if (held && !held.failed && !due) break;
        if (!held && !due) {
          held = { entry, failed: null };
          continue;
        }
        const results = await this.send(entry);
        const failedHere = [...results].filter(([, r]) => kept(r));
        // Taken where the older one failed with a 403, 404… (or was waiting): tried again now, failing
        // again there it proves its body is refused. Its earlier answer is not proof: the receiver may have
        // been deployed between the two sends, and then it goes now.
        if (held && failedHere.length < results.size && (!held.failed || [...held.failed].some(([name, r]) => aboutEndpoint(r) && results.get(name) === 'ok'))) {
          const again = store.load().find((e) => e.record.recordId === held!.entry.record.recordId);
          if (again) this.refusedAlone(again, await this.send(again), results);
        }
        if (failedHere.length === 0) [held, taken] = [null, true];
        else if (held) break;
        else held = { entry, failed: new Map(failedHere) };
      }
      this.schedule();
    } catch (error) {
      this.options.env.log.error(`sending records failed: ${String(error)}; they stay queued.`);
    } finally {
      this.waiting--; // at once when nothing was sent: the next flush need not wait
    }
  }

  /** The page is going away: hand what is left to sendBeacon (it stays queued until confirmed); a record refused alone only when due. */
  sendOnExit(): void {
    const now = this.options.now();
    for (const entry of this.options.store.load()) {
      if (entry.refusedAlone && entry.nextAttemptAt > now) continue;
      for (const transport of this.options.transports) {
        if (entry.pending.includes(transport.name)) transport.sendOnExit?.(entry.record);
      }
    }
  }

  private has(name: string): boolean {
    return this.options.transports.some((t) => t.name === name);
  }

  /** Waits for a destination of this page. */
  private mine(entry: OutboxEntry): boolean {
    return entry.pending.some((name) => this.has(name));
  }

  pendingCount(): number {
    return this.options.store.load().length;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.options.env.clearTimeout(this.timer);
  }

  /** Sends one record to the destinations still waiting for it, and says what each answered. */
  private async send(entry: OutboxEntry): Promise<Map<string, SendResult>> {
    const id = entry.record.recordId;
    const results = new Map<string, SendResult>();
    for (const transport of this.options.transports) {
      if (entry.pending.includes(transport.name)) results.set(transport.name, await transport.send(entry.record));
    }
    const failed = [...results.values()].some(kept);
    // Re-read: another tab may have sent it meanwhile (then it is gone) or the entry changed.
    const e = this.options.store.load().find((x) => x.record.recordId === id);
    if (!e) return results;
    const pending = e.pending.filter((name) => !results.has(name) || kept(results.get(name)!));
    const attempts = failed ? e.attempts + 1 : e.attempts;
    if (pending.length) this.options.store.put({ ...e, pending, attempts, nextAttemptAt: failed ? this.options.now() + backoff(attempts, !!e.refusedAlone) : e.nextAttemptAt });
    else this.options.store.remove(id);
    return results;
  }

  /**
   * `held` was answered a status that is about the endpoint (403, 404…) where a newer record was
   * just confirmed: its body is refused, not the records. Marked in the shared outbox, so no tab
   * holds newer records back for it again; it stays queued and is retried on a backoff of hours (a
   * fixed firewall rule delivers it; page loads are not spent on it), dropped once older than
   * keepDays (`pass`), and the console says so once. Passing trouble (5xx, 429) and no
   * answer mark nothing: a server that failed a moment ago and takes the next record is common,
   * and the pass moved on past it anyway.
   */
  private refusedAlone(held: OutboxEntry, answers: Map<string, SendResult>, newer: Map<string, SendResult>): void {
    const where = [...answers].filter(([name, r]) => aboutEndpoint(r) && newer.get(name) === 'ok');
    const e = this.options.store.load().find((x) => x.record.recordId === held.record.recordId);
    if (!where.length || !e || e.refusedAlone) return;
    this.options.store.put({ ...e, refusedAlone: where.map(([name]) => name), nextAttemptAt: this.options.now() + backoff(e.attempts, true) });
    const { record } = e;
    this.options.say('error', 'refusedAlone', record.recordId, record.action, record.sequence, where.map(([name, r]) => `${name} (HTTP ${r as number})`).join(', '));
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer !== null) this.options.env.clearTimeout(this.timer);
    this.timer = null;
    // Only this page's: another page's record due at once would arm a 0 ms timer again and again.
    const mine = this.options.store.load().filter((e) => this.mine(e));
    const first = mine.find((e) => !e.refusedAlone);
    // The oldest record not yet due holds the newer ones (oldest first, see `pass`): its
    // time is when the next pass can send. A newer record due at once must not arm a 0 ms
    // timer that finds the oldest still waiting, again and again until the server is back.
    // Records refused alone hold nothing back, and are retried on their own time.
    const times = mine.filter((e) => e === first || e.refusedAlone).map((e) => e.nextAttemptAt);
    if (!times.length) return;
    const next = Math.min(...times);
    this.timer = this.options.env.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, Math.max(0, next - this.options.now()));
  }
}

/** An answer about the endpoint (403, 404…), not passing trouble nor no answer: the one a body refused alone gets too. */
function aboutEndpoint(result: SendResult): boolean {
  return typeof result === 'number' && !passing(result);
}

/** Not confirmed yet, to be tried again: `retry`, or the HTTP status that said so. */
function kept(result: SendResult): boolean {
  return result !== 'ok' && result !== 'drop';
}

/**
 * 2 s, 4 s, 8 s… up to 10 minutes; for a record refused alone, which soon fails no less than later,
 * an hour, 2, 4… up to a day. With ±20 % jitter so many tabs do not retry in step.
 */
export function backoff(attempts: number, refusedAlone?: boolean, random: () => number = Math.random): number {
  const [base, max] = refusedAlone ? [REFUSED_BASE_MS, DAY_MS] : [BASE_DELAY_MS, MAX_DELAY_MS];
  const delay = Math.min(max, base * 2 ** Math.max(0, attempts - 1));
  return Math.round(delay * (0.8 + 0.4 * random()));
}
