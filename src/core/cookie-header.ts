/**
 * One cookie's value from a `Cookie` header or `document.cookie` (both `a=1; b=2`), read the way
 * js-cookie reads it for the npm build's cookie store, so a server reading the header and a page
 * reading `document.cookie` see the same value: pairs split on `"; "`, the first pair of that name
 * whose name and value decode wins (one that does not decode is skipped), surrounding double
 * quotes dropped, `%XX` escapes decoded. `undefined` when there is none.
 */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  if (typeof header !== 'string' || !header) return undefined;
  for (const pair of header.split('; ')) {
    const [rawName = '', ...rest] = pair.split('=');
    let value = rest.join('=');
    try {
      if (decodeURIComponent(rawName) !== name) continue;
      if (value[0] === '"') value = value.slice(1, -1);
      return value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
    } catch {
      // A malformed escape: js-cookie skips the pair and reads on.
    }
  }
  return undefined;
}
