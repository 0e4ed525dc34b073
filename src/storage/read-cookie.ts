/**
 * Reads one cookie without js-cookie (which only decisions need, to write): our value uses
 * only characters js-cookie leaves unescaped, so its raw text is what js-cookie would return.
 * Anything else (a %-escape, a value another script wrote) fails the decoder: ask again.
 */
export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split('; ')) {
    const at = pair.indexOf('=');
    if (pair.slice(0, at) === name) return pair.slice(at + 1);
  }
  return undefined;
}
