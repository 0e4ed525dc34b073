import type { Environment } from './environment';
import type { ConsentRecord } from './types';

/** `ok`: confirmed; `retry`: try again later; `drop`: will never be accepted. */
export type SendResult = 'ok' | 'retry' | 'drop';

export interface Transport {
  readonly name: string;
  send(record: ConsentRecord): Promise<SendResult>;
  /** Last chance as the page goes away: fire and forget, the entry stays queued. */
  sendOnExit?(record: ConsentRecord): void;
}

/** How long a record's POST may wait for an answer before it is retried later. */
const SEND_TIMEOUT_MS = 30_000;

/** 408, 425, 429 and 5xx are passing troubles; other 4xx mean the receiver will never take this record. */
export function classifyStatus(status: number): SendResult {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  return 'drop';
}

/**
 * POSTs the record as JSON. `text/plain` keeps it a CORS 'simple' request (no preflight),
 * and `keepalive` lets the request outlive the page.
 */
export function endpointTransport(url: string, env: Pick<Environment, 'fetch' | 'sendBeacon' | 'log' | 'setTimeout' | 'clearTimeout'>): Transport {
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
        const result = classifyStatus(response.status);
        if (result === 'drop') env.log.error(`the consent log at ${url} refused record ${record.recordId} with HTTP ${response.status}; it will not be sent again.`);
        return result;
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
