import { isAdmin } from './admin-auth';
import { COMMON_HEADERS, answer, refuse, type HeaderMap } from './answers';
import { type AllowedOrigins, PREFLIGHT_HEADERS, corsHeaders } from './cors';
import { EXPORT_TYPES, type ExportFormat, OPEN_END, exportBody } from './export-body';
import { type RateLimitOptions, rateLimits } from './rate-limit';
import { readBody } from './read-body';
import { checkReceiverOptions } from './receiver-options';
import { originMismatch } from './record-origin';
import { decodeSegment, localPath, matchRoute, normaliseBasePath } from './routes';
import type { RecordStore } from './store';
import { instantOf } from './rfc3339';
import { checkRecord } from './validate-record';

export interface ReceiverOptions {
  /** Where records are kept: `sqliteRecordStore({ path })`, `await pgRecordStore({ … })`, `memoryRecordStore()` or your own. */
  store: RecordStore;
  /** Bearer token for the lookup and export endpoints. Without one they answer 403 (disabled). */
  adminToken?: string | undefined;
  /** Largest body accepted, in bytes. Default 16 KiB (a record with 128 services is about 6 KiB). */
  maxBodyBytes?: number | undefined;
  /** Browser origins allowed to post and read answers (`https://shop.example`), or `'*'`. Default `'*'`. */
  allowedOrigins?: AllowedOrigins | undefined;
  /** Path prefix of the endpoints (`/consent-log`), unless a framework strips it (Express `app.use`). Default: none. */
  basePath?: string | undefined;
  /** Requests per client address, answered 429 with Retry-After past the limit. Default: off. */
  rateLimit?: RateLimitOptions | undefined;
  /** Clock, for tests. Default `() => new Date()`. */
  now?: (() => Date) | undefined;
  /** Told about store failures (answered 503, so clients retry) and unexpected errors. Default `console.error`. */
  onError?: ((error: unknown) => void) | undefined;
}

/** What the server knows about the connection; `address` is the client's IP address. */
export interface ClientInfo {
  address?: string | undefined;
}

/** A web-standard handler: Hono, Bun, Deno, workers, or Node through `createReceiver`. */
export type FetchReceiver = (request: Request, client?: ClientInfo) => Promise<Response>;

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;
const CONSENT_ID = /^[A-Za-z0-9_-]{16,64}$/;
const FORMATS: readonly string[] = ['json', 'ndjson', 'csv'];

/**
 * The consent-log receiver as `(Request) => Promise<Response>`:
 * - `POST /` a record as the client sends it (JSON as text/plain or application/json):
 *   201 stored, 200 already stored (the same record again), 409 another record is stored under
 *   its recordId, 422 its origin is not the posting page's (the browser drops both: sent again they are refused again), other 4xx refused with the reason.
 * - `GET /consents/:consentId` one browser's records (proof of consent), admin only.
 * - `GET /export?from=&to=&format=json|ndjson|csv` records received in [from, to), streamed, admin only;
 *   `to` is moved earlier to where the store is settled, and the answer says where it ended.
 * Options it cannot use throw here, at start-up; after that it never throws: a failing store
 * answers 503, anything unexpected 500.
 */
export function createFetchReceiver(options: ReceiverOptions): FetchReceiver {
  checkReceiverOptions(options);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const allowed = options.allowedOrigins ?? '*';
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((error: unknown) => console.error('[consentry/server]', error));
  const base = normaliseBasePath(options.basePath);
  const limits = rateLimits(options.rateLimit, () => now().getTime());

  return async function receive(request, client) {
    try {
      return await respond(request, client);
    } catch (error) {
      onError(error);
      return refuse(500, {}, 'internal_error', 'the receiver failed to handle this request');
    }
  };

  async function respond(request: Request, client: ClientInfo | undefined): Promise<Response> {
    const url = new URL(request.url);
    const path = localPath(url.pathname, base);
    const route = path === null ? null : matchRoute(path);
    if (route === null) return refuse(404, {}, 'not_found', 'no such endpoint');

    const cors = corsHeaders(request.headers.get('origin'), allowed);
    if (cors === null) return refuse(403, {}, 'origin_not_allowed', `origin ${String(request.headers.get('origin'))} may not use this receiver`);
    if (request.method === 'OPTIONS') return answer(204, { ...cors, ...PREFLIGHT_HEADERS }, null);

    // Runtimes pass their own second argument (Bun its server, Hono's mount its env): only a string address counts.
    const address = typeof client?.address === 'string' ? client.address : undefined;
    const wait = limits(route.name === 'records' ? 'records' : 'admin', request, address);
    if (wait !== null) return refuse(429, { ...cors, 'retry-after': String(wait) }, 'rate_limited', `too many requests from this address; retry in ${wait} s`);

    if (route.name === 'records') {
      if (request.method !== 'POST') return methodNotAllowed(cors, 'POST, OPTIONS');
      return ingest(request, cors);
    }
    if (request.method !== 'GET') return methodNotAllowed(cors, 'GET, OPTIONS');
    if (!options.adminToken) return refuse(403, cors, 'admin_disabled', 'lookups and exports are disabled: the receiver has no adminToken');
    if (!isAdmin(request.headers.get('authorization'), options.adminToken)) {
      return refuse(401, { ...cors, 'www-authenticate': 'Bearer realm="consent-log"' }, 'unauthorized', 'send Authorization: Bearer <admin token>');
    }
    if (route.name === 'consent') return lookup(cors, route.segment);
    return exportRange(cors, url.searchParams);
  }

  async function ingest(request: Request, cors: HeaderMap): Promise<Response> {
    if (!isJsonText(request.headers.get('content-type'))) {
      return refuse(415, cors, 'unsupported_media_type', 'send the record as JSON with Content-Type text/plain or application/json (UTF-8)');
    }
    const body = await readBody(request, maxBody);
    if (!body.ok) {
      if (body.reason === 'too_large') return refuse(413, cors, 'payload_too_large', `a record is at most ${maxBody} bytes`);
      if (body.reason === 'aborted') return refuse(400, cors, 'aborted', 'the request body ended early');
      return refuse(400, cors, 'bad_encoding', 'the body is not valid UTF-8');
    }
    let value: unknown;
    try {
      value = JSON.parse(body.text);
    } catch (error) {
      return refuse(400, cors, 'bad_json', `the body is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const check = checkRecord(value);
    if (!check.ok) return refuse(422, cors, 'invalid_record', check.message, { path: check.path });
    const { recordId } = check.record;
    const mismatch = originMismatch(request.headers.get('origin'), check.record.origin);
    if (mismatch) return refuse(422, cors, 'origin_mismatch', `record ${recordId}: ${mismatch}`, { path: '/origin', recordId });
    const receivedAt = now();
    const result = await fromStore(cors, () => options.store.insert(check.record, receivedAt));
    if (result instanceof Response) return result;
    if (result === 'duplicate') return answer(200, cors, { status: result, recordId });
    // The same id with other content: a client bug, an id clash or tampering. Answered 200, the
    // client would take it as stored; the log keeps its first record as the proof.
    if (result === 'conflict') {
      return refuse(409, cors, 'record_conflict', `record ${recordId} is already stored with other content; the stored record is kept unchanged, and this one is not stored`, { recordId });
    }
    // The receive time the store kept: a later one when others committed first (RecordStore.settled).
    const stored = result === 'created' ? receivedAt : result.receivedAt;
    return answer(201, cors, { status: 'created', recordId, receivedAt: stored.toISOString() });
  }

  async function lookup(cors: HeaderMap, segment: string): Promise<Response> {
    const consentId = decodeSegment(segment);
    if (consentId === null || !CONSENT_ID.test(consentId)) return refuse(400, cors, 'bad_consent_id', 'a consent id is 16-64 letters, digits, "_" or "-"');
    const records = await fromStore(cors, () => options.store.byConsentId(consentId));
    if (records instanceof Response) return records;
    if (records.length === 0) return refuse(404, cors, 'not_found', `no records for consent id ${consentId}`);
    return answer(200, cors, { consentId, records });
  }

  async function exportRange(cors: HeaderMap, query: URLSearchParams): Promise<Response> {
    const from = parseTime(query.get('from'), 0);
    const to = parseTime(query.get('to'), OPEN_END.getTime());
    const format = query.get('format') ?? 'json';
    if (from === null || to === null) return refuse(400, cors, 'bad_range', 'from and to are RFC 3339 dates (2026-01-31, UTC) or date-times with an offset (2026-01-31T09:00:00Z; + written %2B), from the year 1 on, both optional');
    // An empty export for bounds given the wrong way round reads as "no records": refused instead.
    if (from > to) return refuse(400, cors, 'bad_range', `from (${from.toISOString()}) is after to (${to.toISOString()})`);
    if (!FORMATS.includes(format)) return refuse(400, cors, 'bad_format', 'format is json, ndjson or csv');
    const settled = options.store.settled ? await fromStore(cors, () => options.store.settled!()) : undefined;
    if (settled instanceof Response) return settled;
    const end = settled === undefined ? to : exportEnd(from, to, settled);
    const body = await fromStore(cors, () => exportBody(options.store.range(from, end), format as ExportFormat, from, end));
    if (body instanceof Response) return body;
    const attachment: HeaderMap = format === 'json' ? {} : { 'content-disposition': `attachment; filename="consent-log.${format}"` };
    // Where the answer ends, for every format: the next export starts there and misses nothing.
    // Left out for an open end (a store without settled, no `to`): the largest Date is no RFC 3339 date.
    const ending: HeaderMap = end.getTime() === OPEN_END.getTime() ? {} : { [EXPORT_END_HEADER]: end.toISOString(), 'access-control-expose-headers': EXPORT_END_HEADER };
    return new Response(body, { status: 200, headers: { ...cors, ...COMMON_HEADERS, 'content-type': EXPORT_TYPES[format as ExportFormat], ...attachment, ...ending } });
  }

  /** A store call; its failure answers 503, not 500: the browser keeps the record and retries (classifyStatus in the core). */
  async function fromStore<T>(cors: HeaderMap, call: () => T | Promise<T>): Promise<T | Response> {
    try {
      return await call();
    } catch (error) {
      onError(error);
      return refuse(503, cors, 'store_unavailable', 'the consent log could not be written or read; try again later');
    }
  }
}

/** Both transports send `text/plain;charset=UTF-8` (no CORS preflight); servers may send application/json. */
function isJsonText(header: string | null): boolean {
  if (header === 'text/plain;charset=UTF-8') return true; // exactly what sendBeacon and fetch send
  if (!header) return false;
  const [type, ...params] = header.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'text/plain' && type !== 'application/json') return false;
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

/** 0001-01-01T00:00:00Z: an earlier time is a date no store needs (PostgreSQL's end before 4713 BC, and failed as an outage). */
const YEAR_ONE = -62_135_596_800_000;

/**
 * An export bound: a date (UTC midnight) or a date-time with its offset, as RFC 3339 writes them.
 * Checked first: `Date.parse` alone takes "foo 2026", "1" or 2026-02-30 and quietly reads another
 * day, reads a time without an offset in the server's own time zone, and cannot read 23:59:60.
 */
function parseTime(value: string | null, fallback: number): Date | null {
  if (value === null || value === '') return new Date(fallback);
  const t = instantOf(value);
  return t === null || t < YEAR_ONE ? null : new Date(t);
}

/** The header saying where an export ended (`to`, or earlier where the log is not settled yet). */
export const EXPORT_END_HEADER = 'consent-log-to';

/**
 * The end of an export of `[from, to)`: `to`, or the store's settled point when that is earlier
 * (a record still to commit may get a receive time from there on), never before `from`.
 */
function exportEnd(from: Date, to: Date, settled: Date | null): Date {
  const end = settled === null || settled < from ? from : settled;
  return end < to ? end : to;
}

function methodNotAllowed(cors: HeaderMap, allow: string): Response {
  return refuse(405, { ...cors, allow }, 'method_not_allowed', `use ${allow.split(',')[0]}`);
}
