import { PAGE_LOAD_RETRIES } from '../core/page-load-retries';

export { PAGE_LOAD_RETRIES };

/**
 * Whether records wait in localStorage (`<cookie>.outbox…`) for this page load to send: the boot
 * then fetches the core and delivery chunks instead of running its plan. A new page load retries
 * at once, a passing outage being over by the next click, until a record has failed
 * PAGE_LOAD_RETRIES times: an endpoint that stays wrong (a 404 until the receiver is deployed)
 * then costs a returning visitor that fetch and one request once per backoff (10 minutes at
 * most), not on every page. One record waiting holds them all here: a newer one that is due (it
 * failed fewer times) goes when the waiting one is due, at most 10 minutes later; on the page where
 * a decision is made its record goes at once (outbox.ts). A record refused alone (outbox.ts) holds
 * nothing back and is due only when its own backoff (hours) is over, as in the outbox.
 */
export function recordsDue(name: string, now: number): boolean {
  let due = false;
  for (const key of Object.keys(localStorage)) {
    if (!key.startsWith(`${name}.outbox`)) continue;
    // A list in `<cookie>.outbox` (earlier versions) has none of the fields: due.
    const { attempts, nextAttemptAt, refusedAlone } = JSON.parse(localStorage.getItem(key)!) as { attempts: number; nextAttemptAt: number; refusedAlone?: unknown };
    if (nextAttemptAt > now) {
      if (refusedAlone) continue;
      if (attempts >= PAGE_LOAD_RETRIES) return false;
    }
    due = true;
  }
  return due;
}

/**
 * The core's rule (start-core.ts), its outbox timing retries on the page: any record waiting is
 * worth the decisions chunk but one refused alone and not due yet (its backoff is hours). Its own,
 * not recordsDue with the retries a parameter: handed over from the boot file, that cost every
 * page 30 B (brotli), its one call there no longer inlined; this costs the core chunk 51 B.
 * Throws on an unreadable entry, as recordsDue does.
 */
export function recordsWaiting(name: string, now: number): boolean {
  return Object.keys(localStorage).some((key) => key.startsWith(`${name}.outbox`) && !((r: { nextAttemptAt: number; refusedAlone?: unknown }) => r.refusedAlone && r.nextAttemptAt > now)(JSON.parse(localStorage.getItem(key)!)));
}
