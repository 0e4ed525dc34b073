import type { IncomingMessage, ServerResponse } from 'node:http';
import { COMMON_HEADERS } from './answers';
import { discardBody } from './discard-body';
import { DEFAULT_MAX_BODY_BYTES, createFetchReceiver, type ReceiverOptions } from './fetch-receiver';
import { UnreadableBody, toRequest, requestUrl } from './node-request';
import { writeResponse } from './node-response';
import { localPath, matchRoute, normaliseBasePath } from './routes';

/** The methods the Fetch standard forbids in a `Request` (constructing one throws). */
const FORBIDDEN_METHODS = /^(CONNECT|TRACE|TRACK)$/i;

/**
 * A JSON error answer written straight to Node's response, closing the connection. Sent at once,
 * but ended only after the rest of the request body (as writeResponse does for 413): closed under
 * a client still sending, the connection is reset and the client never reads the answer.
 */
async function refuse(req: IncomingMessage, res: ServerResponse, status: number, error: string, message: string, headers: Record<string, string> = {}): Promise<void> {
  const body = JSON.stringify({ error, message });
  res.writeHead(status, { ...COMMON_HEADERS, ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' });
  res.write(body);
  await discardBody(req);
  res.end();
}

/**
 * A Node request handler; `next` (Express-style) is called for paths that are not the receiver's.
 * Its promise never rejects: errors are answered (400, 5xx) and told to `onError`.
 */
export type ReceiverHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => Promise<void>;

/**
 * The receiver for `http.createServer` and Express-like apps: the web-standard handler of
 * `createFetchReceiver` with a Node request turned into a `Request` (a body a framework
 * already parsed included) and its `Response` written back.
 */
export function createReceiver(options: ReceiverOptions): ReceiverHandler {
  const receive = createFetchReceiver(options);
  const base = normaliseBasePath(options.basePath);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const onError = options.onError ?? ((error: unknown) => console.error('[consentry/server]', error));
  let warnedStripped = false;

  return async function receiver(req, res, next) {
    try {
      const url = requestUrl(req);
      // The same boundary as every other request: a malformed target is the client's error, never a crash.
      if (url === null) return refuse(req, res, 400, 'bad_request', 'the request target is not a valid path or URL');
      const path = localPath(url.pathname, base);
      const route = path === null ? null : matchRoute(path);
      if (next && route === null) {
        if (!warnedStripped && base && strippedBase(req, base)) {
          warnedStripped = true;
          console.warn(`[consentry/server] ${(req as Mounted).originalUrl} reached the receiver as ${req.url}: the framework strips the mount path (Express's app.use('${base}', …)), so basePath '${base}' matches nothing. Leave basePath out.`);
        }
        return next();
      }
      // Methods a web `Request` cannot carry (Node's parser lets them through): answered here.
      if (FORBIDDEN_METHODS.test(req.method ?? '')) {
        if (route === null) return refuse(req, res, 404, 'not_found', 'no such endpoint');
        const allow = route.name === 'records' ? 'POST, OPTIONS' : 'GET, OPTIONS';
        return refuse(req, res, 405, 'method_not_allowed', `use ${allow.split(',')[0]}`, { allow });
      }
      const request = await toRequest(req, url, maxBody).catch((error: unknown) => {
        if (error instanceof UnreadableBody) return error;
        throw error;
      });
      if (request instanceof UnreadableBody) return refuse(req, res, 422, 'invalid_record', request.message);
      if (request === null) return void res.destroy(); // the client is gone: nobody to answer
      const response = await receive(request, { address: req.socket.remoteAddress });
      // A body left unread (413, or refused before reading): answered at once, then read to its end
      // (for DISCARD_MILLIS at most) before the connection closes, so the client is not cut off mid-send.
      await writeResponse(response, res, req.complete ? null : () => discardBody(req));
    } catch (error) {
      onError(error);
      if (res.headersSent) return void res.destroy();
      // Sent at once, ended after the rest of the body (DISCARD_MILLIS at most), as refuse does:
      // closed under a client still sending, it gets a reset, not the 500.
      res.writeHead(500, { 'content-length': '0', connection: 'close' }).flushHeaders();
      await discardBody(req);
      res.end();
    }
  };
}

/** Express and Connect keep the path a request came with here, before `app.use` stripped its mount path. */
interface Mounted extends IncomingMessage {
  originalUrl?: string;
}

/**
 * A request for one of the receiver's routes under `base` that a framework handed on with `base`
 * already stripped. Mounted that way with basePath set too, the receiver matches nothing and
 * Express answers 404: the browser keeps the records until the mount is fixed (transports.ts).
 */
function strippedBase(req: Mounted, base: string): boolean {
  if (typeof req.originalUrl !== 'string' || req.originalUrl === req.url) return false;
  const original = requestUrl({ url: req.originalUrl } as IncomingMessage);
  const path = original === null ? null : localPath(original.pathname, base);
  return path !== null && matchRoute(path) !== null;
}
