/**
 * Adds a third party's tag (gtag.js, tag.js) to `<head>`, async, with the page's CSP nonce, unless
 * the page has it already: a second instance on this window (React's `<Activity>`, a keyed
 * provider, a new Vue app, `destroy()` then `createConsent()` on a route change) would run it
 * twice. Yandex's own snippet checks `document.scripts` the same way; compared as resolved URLs,
 * so a `scriptUrl` path matches too, and only with a script that runs. Returns whether it added
 * it. Its load is not awaited: a tag an ad blocker stops must not break the page (the network
 * panel shows it).
 */
export function addTag(src: string, nonce: string | undefined, doc: Document = document): boolean {
  const script = doc.createElement('script');
  script.src = src;
  // One that runs: a `type="text/plain"` copy (gated under another category, another consent
  // tool's markup) only names the tag, and must not keep a granted one from loading.
  for (const other of doc.scripts) if (other.src === script.src && other.type != 'text/plain') return false;
  if (nonce) script.nonce = nonce;
  script.async = true;
  doc.head.append(script);
  return true;
}
