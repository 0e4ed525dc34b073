import type { Environment } from './environment';
import type { Say } from './messages';
import type { ConsentRecord } from './types';

/** `ok`: confirmed; `retry` or an HTTP status (the answer that said so): try again later; `drop`: will never be accepted. */
export type SendResult = 'ok' | 'retry' | 'drop' | number;

export interface Transport {
  readonly name: string;
  send(record: ConsentRecord): Promise<SendResult>;
  /** Last chance as the page goes away: fire and forget, the entry stays queued. */
  sendOnExit?(record: ConsentRecord): void;
}

/** How long a record's POST may wait for an answer before it is retried later. */
const SEND_TIMEOUT_MS = 30_000;

/**
 * Statuses that refuse this record itself (unreadable, too large, a wrong type, invalid): sending
 * it again gets the same answer. Anything else is about the endpoint, not the record, and passes
 * once the site is fixed or the server is back: 404, 405, 410 (the receiver not deployed yet, a
 * proxy route missing, a mount path stripped), 401, 403 (an origin not allowed yet), 3xx, 421,
 * 408, 425, 429, 5xx. A 404 dropped the record for good: every one sent until the redeploy was lost.
 */
const REFUSED = [400, 409, 413, 415, 422];

/** `ok` for 2xx, `drop` for a refusal of the record, `retry` for anything else. */
export function classifyStatus(status: number): 'ok' | 'retry' | 'drop' {
  return status >= 200 && status < 300 ? 'ok' : REFUSED.includes(status) ? 'drop' : 'retry';
}

/** Passing trouble (busy, rate-limited, down): retried without a word, as a network error is. */
export const passing = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

/**
 * POSTs the record as JSON. `text/plain` keeps it a CORS 'simple' request (no preflight),
 * and `keepalive` lets the request outlive the page.
 */
export function endpointTransport(url: string, env: Pick<Environment, 'fetch' | 'sendBeacon' | 'log' | 'setTimeout' | 'clearTimeout'>, say: Say): Transport {
  // Once per page: every record waiting gets the same answer, and one line says what to fix.
  let said = false;
  return {
    name: 'endpoint',
    async send(record) {
      if (!env.fetch) return 'retry';
      // A server that takes the request and never answers: given up on, and retried. The outbox
      // sends one record at a time under a lock every tab shares, so a hung request held them all.
      const abort = typeof AbortController === 'undefined' ? undefined : new AbortController();
      const timer = env.setTimeout(() => abort?.abort(), SEND_TIMEOUT_MS);
      try {
        const response = await env.fetch(url, {
          method: 'POST',
          body: JSON.stringify(record),
          headers: { 'content-type': 'text/plain;charset=UTF-8' },
          keepalive: true,
          credentials: 'omit',
          mode: 'cors',
          signal: abort?.signal,
        });
        const { status } = response;
        const result = classifyStatus(status);
        // The receiver's answer says why (consentry/server's `error` and `message`), read before the
        // timeout is cleared so a body that never ends is given up on too; the words make sense of it.
        if (result === 'drop') say('error', 'recordRefused', url, record.recordId, status, await response.text().then((t) => t.slice(0, 2000), () => ''));
        else if (result === 'retry' && !passing(status) && !said) {
          said = true;
          say('error', 'endpointMissing', url, status); // its words load only when said
        }
        // A kept answer's status, for the outbox to name if this record turns out to be refused alone.
        return result === 'retry' ? status : result;
      } catch {
        return 'retry'; // offline, DNS, CORS, a server that is down or never answers: keep it for later
      } finally {
        env.clearTimeout(timer);
      }
    },
    sendOnExit(record) {
      // sendBeacon cannot tell us it arrived, so the entry stays queued; the idempotency key stops doubles.
      env.sendBeacon?.(url, JSON.stringify(record));
    },
  };
}

/** The site's `onRecord` callback. A throw, a rejected promise or `false` means 'not delivered yet'. */
export function callbackTransport(callback: (record: ConsentRecord) => unknown, log: Environment['log']): Transport {
  return {
    name: 'callback',
    async send(record) {
      try {
        const result = await callback(record);
        return result === false ? 'retry' : 'ok';
      } catch (error) {
        log.warn(`onRecord failed for record ${record.recordId} (${String(error)}); it will be retried.`);
        return 'retry';
      }
    },
  };
}
