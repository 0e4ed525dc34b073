export interface RateLimitOptions {
  /** Record POSTs allowed per client address per window. Default: no limit. */
  records?: number | undefined;
  /** Admin requests (lookups, exports, refused tokens too) per client address per window. Default: no limit. */
  admin?: number | undefined;
  /** Window length in milliseconds. Default 60 000. */
  windowMs?: number | undefined;
  /**
   * The client's address. Default: the socket's (the Node handler passes it; a fetch handler
   * gets it as its second argument). Behind a proxy, read the header it sets, e.g.
   * `(request) => request.headers.get('x-real-ip') ?? undefined`. No address: not limited.
   */
  clientAddress?: ((request: Request, socketAddress: string | undefined) => string | undefined) | undefined;
}

export type LimitedRoute = 'records' | 'admin';

/** Said once when a limit is set but the handler is given no address, so nothing is limited. */
export const NO_ADDRESS_WARNING =
  "[consentry/server] rateLimit is set, but requests come with no client address, so none is limited: pass the fetch handler's second argument, { address } (Hono's app.mount passes none: route with app.all and getConnInfo), or set rateLimit.clientAddress.";

/**
 * The receiver's rate limits: for a request, `null` to go ahead or the seconds to wait.
 * Each route group counts on its own, so a flood of records does not lock the admin out.
 */
export function rateLimits(options: RateLimitOptions | undefined, now: () => number): (route: LimitedRoute, request: Request, socketAddress: string | undefined) => number | null {
  if (!options) return () => null;
  let warned = false;
  const windowMs = options.windowMs ?? 60_000;
  const limiters = {
    records: options.records === undefined ? null : fixedWindowLimiter(options.records, windowMs, now),
    admin: options.admin === undefined ? null : fixedWindowLimiter(options.admin, windowMs, now),
  };
  return (route, request, socketAddress) => {
    const take = limiters[route];
    if (!take) return null;
    const address = options.clientAddress ? options.clientAddress(request, socketAddress) : socketAddress;
    // Not limiting a request without an address is the rule; a handler that never passes one
    // (Hono's app.mount) had the limit off in silence.
    if (address === undefined && !options.clientAddress && !warned) {
      warned = true;
      console.warn(NO_ADDRESS_WARNING);
    }
    return address === undefined ? null : take(address);
  };
}

/**
 * At most `limit` requests per key in each fixed window of `windowMs`: `null` while under it,
 * else the seconds until the window ends. Counters are dropped when a window ends, so memory
 * holds only the addresses seen in one window.
 */
export function fixedWindowLimiter(limit: number, windowMs: number, now: () => number): (key: string) => number | null {
  let windowStart = now();
  let counts = new Map<string, number>();
  return (key) => {
    const t = now();
    if (t < windowStart) {
      // The clock stepped back (NTP, a restored VM): start again rather than wait out the step.
      windowStart = t;
      counts = new Map();
    } else if (t - windowStart >= windowMs) {
      windowStart = t - ((t - windowStart) % windowMs);
      counts = new Map();
    }
    const used = (counts.get(key) ?? 0) + 1;
    counts.set(key, used);
    return used <= limit ? null : Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000));
  };
}
