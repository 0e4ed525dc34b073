export type AllowedOrigins = readonly string[] | '*';

/**
 * CORS for a receiver on another origin than the site. Never `Allow-Credentials`:
 * records are sent with `credentials: 'omit'` and the receiver has no cookies to read.
 * `null` means a browser origin that is not allowed.
 */
export function corsHeaders(origin: string | null, allowed: AllowedOrigins): Record<string, string> | null {
  if (allowed === '*') return { 'access-control-allow-origin': '*' };
  if (origin === null) return {}; // not a browser's cross-origin request (curl, a server): nothing to allow
  if (!allowed.includes(origin)) return null;
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

/** Answer to a preflight (the admin endpoints' Authorization header, or a site posting application/json). */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-allow-headers': 'Content-Type, Authorization',
  'access-control-max-age': '600',
};
