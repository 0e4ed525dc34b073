import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { isAdmin } from './admin-auth';
import { type AllowedOrigins, PREFLIGHT_HEADERS, corsHeaders } from './cors';
import { toCsv } from './csv';
import { readBody } from './read-body';
import type { RecordStore } from './store';
import { checkRecord } from './validate-record';

export interface ReceiverOptions {
  /** Where records are kept: `sqliteRecordStore({ path })`, `memoryRecordStore()` or your own. */
  store: RecordStore;
  /** Bearer token for the lookup and export endpoints. Without one they answer 403 (disabled). */
  adminToken?: string;
  /** Largest body accepted, in bytes. Default 16 KiB (a record with 128 services is about 6 KiB). */
  maxBodyBytes?: number;
  /** Browser origins allowed to post and read answers (`https://shop.example`), or `'*'`. Default `'*'`. */
  allowedOrigins?: AllowedOrigins;
  /** Path prefix to strip when used directly with `http.createServer` (`/consent-log`). Default: none. */
  basePath?: string;
  /** Clock, for tests. Default `() => new Date()`. */
  now?: () => Date;
  /** Told about store failures (answered 503, so clients retry). Default `console.error`. */
  onError?: (error: unknown) => void;
}

/** A Node request handler; `next` (express-style) is called for paths that are not the receiver's. */
export type ReceiverHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => Promise<void>;

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;
const CONSENT_ID = /^[A-Za-z0-9_-]{16,64}$/;
const FAR_FUTURE = 8.64e15; // the largest Date

/**
 * The consent-log receiver:
 * - `POST /` a record as the client sends it (JSON as text/plain or application/json):
 *   201 stored, 200 already stored (same recordId), 4xx refused with the reason.
 * - `GET /consents/:consentId` one browser's records (proof of consent), admin only.
 * - `GET /export?from=&to=&format=json|csv` records received in [from, to), admin only.
 */
export function createReceiver(options: ReceiverOptions): ReceiverHandler {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const allowed = options.allowedOrigins ?? '*';
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((error: unknown) => console.error('[consentry/server]', error));
  const base = (options.basePath ?? '').replace(/\/+$/, '');

  return async function receiver(req, res, next) {
    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    const path = localPath(url.pathname, base);
    const route = path === null ? null : matchRoute(path);
    if (route === null) {
      if (next) return next();
      return send(res, 404, {}, { error: 'not_found', message: 'no such endpoint' });
    }

    const cors = corsHeaders(req, allowed);
    if (cors === null) return send(res, 403, {}, { error: 'origin_not_allowed', message: `origin ${String(req.headers.origin)} may not use this receiver` });
    if (req.method === 'OPTIONS') return send(res, 204, { ...cors, ...PREFLIGHT_HEADERS }, null);

    try {
      if (route.name === 'records') {
        if (req.method !== 'POST') return methodNotAllowed(res, cors, 'POST, OPTIONS');
        return await ingest(req, res, cors);
      }
      if (req.method !== 'GET') return methodNotAllowed(res, cors, 'GET, OPTIONS');
      if (!options.adminToken) return send(res, 403, cors, { error: 'admin_disabled', message: 'lookups and exports are disabled: the receiver has no adminToken' });
      if (!isAdmin(req, options.adminToken)) {
        return send(res, 401, { ...cors, 'www-authenticate': 'Bearer realm="consent-log"' }, { error: 'unauthorized', message: 'send Authorization: Bearer <admin token>' });
      }
      if (route.name === 'consent') return await lookup(res, cors, route.consentId);
      return await exportRange(res, cors, url.searchParams);
    } catch (error) {
      onError(error);
      // 503, not 500: the client keeps the record and retries (see classifyStatus in the core).
      if (!res.headersSent) send(res, 503, cors, { error: 'store_unavailable', message: 'the consent log could not be written or read; try again later' });
      else res.destroy();
    }
  };

  async function ingest(req: IncomingMessage, res: ServerResponse, cors: OutgoingHttpHeaders): Promise<void> {
    const type = mediaType(req.headers['content-type']);
    if (!type.ok) {
      return send(res, 415, cors, { error: 'unsupported_media_type', message: 'send the record as JSON with Content-Type text/plain or application/json (UTF-8)' });
    }
    const body = await readBody(req, maxBody);
    if (!body.ok) {
      if (body.reason === 'too_large') {
        // Stop reading: close the connection rather than drain a body we will never use.
        return send(res, 413, { ...cors, connection: 'close' }, { error: 'payload_too_large', message: `a record is at most ${maxBody} bytes` });
      }
      if (body.reason === 'aborted') return void res.destroy();
      return send(res, 400, cors, { error: 'bad_encoding', message: 'the body is not valid UTF-8' });
    }
    let value: unknown;
    try {
      value = JSON.parse(body.text);
    } catch (error) {
      return send(res, 400, cors, { error: 'bad_json', message: `the body is not JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
    const check = checkRecord(value);
    if (!check.ok) return send(res, 422, cors, { error: 'invalid_record', path: check.path, message: check.message });
    const receivedAt = now();
    const result = await options.store.insert(check.record, receivedAt);
    const status = result === 'created' ? 201 : 200;
    return send(res, status, cors, { status: result, recordId: check.record.recordId, ...(result === 'created' ? { receivedAt: receivedAt.toISOString() } : {}) });
  }

  async function lookup(res: ServerResponse, cors: OutgoingHttpHeaders, consentId: string): Promise<void> {
    if (!CONSENT_ID.test(consentId)) return send(res, 400, cors, { error: 'bad_consent_id', message: 'a consent id is 16-64 letters, digits, "_" or "-"' });
    const records = await options.store.byConsentId(consentId);
    if (records.length === 0) return send(res, 404, cors, { error: 'not_found', message: `no records for consent id ${consentId}` });
    return send(res, 200, cors, { consentId, records });
  }

  async function exportRange(res: ServerResponse, cors: OutgoingHttpHeaders, query: URLSearchParams): Promise<void> {
    const from = parseTime(query.get('from'), 0);
    const to = parseTime(query.get('to'), FAR_FUTURE);
    const format = query.get('format') ?? 'json';
    if (from === null || to === null) return send(res, 400, cors, { error: 'bad_range', message: 'from and to are ISO 8601 dates or times (2026-01-31T00:00:00Z), both optional' });
    if (format !== 'json' && format !== 'csv') return send(res, 400, cors, { error: 'bad_format', message: 'format is json or csv' });
    const records = await options.store.range(from, to);
    if (format === 'json') return send(res, 200, cors, { from: from.toISOString(), to: to.toISOString(), count: records.length, records });
    res.writeHead(200, {
      ...cors,
      ...COMMON_HEADERS,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="consent-log.csv"',
    });
    res.end(toCsv(records));
  }
}

type Route = { name: 'records' } | { name: 'export' } | { name: 'consent'; consentId: string };

function matchRoute(path: string): Route | null {
  if (path === '/' || path === '') return { name: 'records' };
  if (path === '/export') return { name: 'export' };
  const consent = /^\/consents\/([^/]+)$/.exec(path);
  if (consent) return { name: 'consent', consentId: decodeURIComponent(consent[1]!) };
  return null;
}

/** The path below the mount point, or `null` when the request is for something else. */
function localPath(pathname: string, base: string): string | null {
  if (!base) return pathname;
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : null;
}

/** Both transports send `text/plain;charset=UTF-8` (no CORS preflight); servers may send application/json. */
function mediaType(header: string | undefined): { ok: boolean } {
  if (!header) return { ok: false };
  const [type, ...params] = header.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'text/plain' && type !== 'application/json') return { ok: false };
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  return { ok: charset === undefined || charset === 'utf-8' || charset === 'utf8' };
}

function parseTime(value: string | null, fallback: number): Date | null {
  if (value === null || value === '') return new Date(fallback);
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t);
}

// The receiver never sets a cookie, and its answers are never cached by anyone.
const COMMON_HEADERS: OutgoingHttpHeaders = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

function methodNotAllowed(res: ServerResponse, cors: OutgoingHttpHeaders, allow: string): void {
  send(res, 405, { ...cors, allow }, { error: 'method_not_allowed', message: `use ${allow.split(',')[0]}` });
}

function send(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: unknown): void {
  if (body === null) {
    res.writeHead(status, { ...COMMON_HEADERS, ...headers }).end();
    return;
  }
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}
