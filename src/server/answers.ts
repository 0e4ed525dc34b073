// The receiver never sets a cookie, and its answers are never cached by anyone.
export const COMMON_HEADERS: Readonly<Record<string, string>> = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

// Web-standard, not Buffer: the fetch handler also runs on Bun and Deno.
const encoder = new TextEncoder();

export type HeaderMap = Record<string, string>;

/** A JSON answer (or an empty one for `body === null`) with the receiver's common headers. */
export function answer(status: number, headers: HeaderMap, body: unknown): Response {
  if (body === null) return new Response(null, { status, headers: { ...COMMON_HEADERS, ...headers } });
  const json = encoder.encode(JSON.stringify(body));
  // A known length: no chunked encoding for a small answer, and adapters can send it in one write.
  return new Response(json, { status, headers: { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': String(json.byteLength), ...headers } });
}

/** Every refusal says what was wrong and, where it helps, what to send instead. */
export function refuse(status: number, headers: HeaderMap, error: string, message: string, extra: Record<string, unknown> = {}): Response {
  return answer(status, headers, { error, ...extra, message });
}
