import type { IncomingMessage } from 'node:http';

// Request URLs need an origin; the receiver reads only the path and query.
const ORIGIN = 'http://receiver.invalid';

/**
 * The URL of a Node request, or `null` when its request target is not one: `http://[`
 * (absolute-form that does not parse) or `//x` (which URL parsers read as a host, not a path).
 * Node's parser lets both through, so they must be refused here, not crash a handler.
 */
export function requestUrl(req: IncomingMessage): URL | null {
  const target = req.url ?? '/';
  try {
    if (target.startsWith('/') && !target.startsWith('//')) return new URL(ORIGIN + target);
    if (/^https?:\/\//i.test(target)) {
      const absolute = new URL(target);
      return new URL(ORIGIN + absolute.pathname + absolute.search);
    }
  } catch {
    // falls through: not a URL
  }
  return null;
}

/** A body parser (express.json(), express.text(), express.raw()) already read the stream and left this. */
interface ParsedBodyRequest extends IncomingMessage {
  body?: unknown;
  _body?: boolean;
}

/**
 * The web Request for a Node request. When a framework's body parser already consumed the
 * stream, its result is the body: a string or Buffer as is, a parsed object as JSON again
 * (the record checker sees the same value). Otherwise the body streams from the socket, and
 * reading stops (pauses) the moment the receiver has enough.
 */
export function toRequest(req: ParsedBodyRequest, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  const init = { method, headers, body: parsedBody(req) ?? streamOf(req), duplex: 'half' };
  return new Request(url, init as RequestInit);
}

function parsedBody(req: ParsedBodyRequest): string | Uint8Array | null {
  const consumed = req._body === true || req.readableEnded;
  if (!consumed || req.body === undefined) return null;
  if (typeof req.body === 'string' || req.body instanceof Uint8Array) return req.body;
  return JSON.stringify(req.body);
}

function streamOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let settled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (settled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on('end', () => {
        if (!settled) controller.close();
        settled = true;
      });
      const fail = () => {
        if (!settled) controller.error(new Error('the request was aborted'));
        settled = true;
      };
      req.on('error', fail);
      req.on('aborted', fail);
    },
    pull() {
      req.resume();
    },
    cancel() {
      // The receiver has seen enough (413): stop reading; the answer closes the connection.
      settled = true;
      req.pause();
    },
  });
}
