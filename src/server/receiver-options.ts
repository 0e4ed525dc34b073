import type { ReceiverOptions } from './fetch-receiver';

/**
 * The receiver's options, checked once when it is created; every problem is named at once.
 * Each of these used to fail quietly, request after request: an origin with a trailing slash
 * or capitals (`https://Shop.example/`) refused every browser with 403, so records waited in
 * outboxes and never reached the log; origins in one string (`'https://a.example,https://b.example'`)
 * matched any part of it (`https://a.ex`); a `basePath` without its leading `/` answered 404 to
 * everything; `maxBodyBytes: '16kb'` or `rateLimit: { records: '120' }` turned the check off; a
 * store not awaited (`pgRecordStore` returns a promise) answered 503 to every record.
 */
export function checkReceiverOptions(options: ReceiverOptions): void {
  const problems: string[] = [];
  const got = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : value instanceof Promise ? 'a Promise' : String(value));
  const fail = (at: string, value: unknown, expected: string) => problems.push(`options.${at}: got ${got(value)}; expected ${expected}`);

  const store = options.store as unknown;
  if (store instanceof Promise) fail('store', store, 'the store itself: await pgRecordStore(…)');
  else if (!isStore(store)) fail('store', store, 'a store with insert, byConsentId, range and count (sqliteRecordStore, await pgRecordStore, memoryRecordStore)');

  if (options.adminToken !== undefined && typeof options.adminToken !== 'string') fail('adminToken', options.adminToken, 'a string');
  if (options.maxBodyBytes !== undefined && !isWhole(options.maxBodyBytes, 1)) fail('maxBodyBytes', options.maxBodyBytes, 'a whole number of bytes, at least 1');

  const origins = options.allowedOrigins as unknown;
  if (origins !== undefined && origins !== '*') {
    if (!Array.isArray(origins)) fail('allowedOrigins', origins, `'*' or an array of origins (['https://shop.example'])`);
    else origins.forEach((origin: unknown, i) => {
      const exact = originOf(origin);
      if (exact !== origin) fail(`allowedOrigins[${i}]`, origin, exact ? `an origin as browsers send it: "${exact}"` : 'an origin: scheme and host, and a port if not the default ("https://shop.example")');
    });
  }

  const base = options.basePath as unknown;
  if (base !== undefined && (typeof base !== 'string' || (base !== '' && !base.startsWith('/')))) {
    fail('basePath', base, typeof base === 'string' ? `a path from the root: "/${base}"` : 'a path from the root ("/consent-log")');
  }

  const limit = options.rateLimit as Record<string, unknown> | undefined;
  if (limit !== undefined) {
    if (typeof limit !== 'object' || limit === null) fail('rateLimit', limit, '{ records, admin, windowMs, clientAddress }');
    else {
      for (const key of ['records', 'admin'] as const) {
        if (limit[key] !== undefined && !isWhole(limit[key], 0)) fail(`rateLimit.${key}`, limit[key], 'a whole number of requests per window');
      }
      if (limit.windowMs !== undefined && !isWhole(limit.windowMs, 1)) fail('rateLimit.windowMs', limit.windowMs, 'a whole number of milliseconds, at least 1');
      if (limit.clientAddress !== undefined && typeof limit.clientAddress !== 'function') fail('rateLimit.clientAddress', limit.clientAddress, 'a function (request) => address');
    }
  }
  for (const key of ['now', 'onError'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'function') fail(key, options[key], 'a function');
  }

  if (problems.length > 0) throw new TypeError(`[consentry/server] invalid receiver options:\n  ${problems.join('\n  ')}`);
}

function isStore(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const store = value as Record<string, unknown>;
  return ['insert', 'byConsentId', 'range', 'count'].every((name) => typeof store[name] === 'function');
}

function isWhole(value: unknown, least: number): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= least;
}

/** The origin a browser would send for `value` (`https://shop.example`), or `null` when it names none. */
function originOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (!value.includes('://') && !value.includes('.')) return null; // 'null', a sandboxed page's: never a site
  try {
    const url = new URL(value.includes('://') ? value : `https://${value}`);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    // An app's web view or an extension (capacitor://localhost, tauri://localhost,
    // chrome-extension://<id>): URL gives no origin for such schemes, and browsers send them as written.
    return /^[a-z][a-z\d+.-]*:\/\/[a-z\d.-]+(:\d+)?$/.test(value) ? value : null;
  } catch {
    return null;
  }
}
