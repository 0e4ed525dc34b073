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
 * The web Request for a Node request, or `null` when the client went away mid-body. When a
 * framework's body parser already consumed the stream, its result is the body: a string or
 * Buffer as is, a parsed object as JSON again (the record checker sees the same value).
 * Otherwise at most `limit + 1` bytes are read (enough for the receiver to see a body is too
 * large, never more) and reading stops; a declared length past the limit reads nothing.
 */
export async function toRequest(req: ParsedBodyRequest, url: URL, limit: number): Promise<Request | null> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  const body = parsedBody(req) ?? (unreadable(req, limit) ? new Uint8Array(0) : await readUpTo(req, limit + 1));
  return body === null ? null : new Request(url, { method, headers, body: body as BodyInit });
}

function parsedBody(req: ParsedBodyRequest): string | Uint8Array | null {
  const consumed = req._body === true || req.readableEnded;
  if (!consumed || req.body === undefined) return null;
  if (typeof req.body === 'string' || req.body instanceof Uint8Array) return req.body;
  try {
    return JSON.stringify(req.body);
  } catch (error) {
    // JSON.stringify recurses: 6,000 levels of [ (12 KB, under any body limit) exhaust the stack.
    throw new UnreadableBody(`the parsed body could not be written as JSON again (${error instanceof RangeError ? 'nested too deeply to be a record' : String(error)})`);
  }
}

/** A body a framework parsed that cannot be turned back into JSON: the client's error, answered 422. */
export class UnreadableBody extends Error {}

/**
 * Nothing to read: a declared length past the limit (the receiver answers 413 from the header),
 * or a stream something before us consumed without leaving `req.body` (it would never end again).
 */
function unreadable(req: IncomingMessage, limit: number): boolean {
  return Number(req.headers['content-length']) > limit || req.readableEnded || req.destroyed;
}

/** The body's first `max` bytes (all of it when shorter); `null` when the request was aborted. */
function readUpTo(req: IncomingMessage, max: number): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Uint8Array | null) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('aborted', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= max) {
        req.pause(); // enough: the answer closes the connection instead of reading the rest
        finish(Buffer.concat(chunks).subarray(0, max));
      }
    };
    const onEnd = () => finish(Buffer.concat(chunks));
    const onAbort = () => finish(null);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('aborted', onAbort);
  });
}
