/**
 * Adds a third party's tag (gtag.js, tag.js) to `<head>`, async, with the page's CSP nonce. Its
 * load is not awaited: a tag an ad blocker stops must not break the page (the network panel shows it).
 */
export function addTag(src: string, nonce: string | undefined, doc: Document = document): void {
  const script = doc.createElement('script');
  if (nonce) script.nonce = nonce;
  script.async = true;
  script.src = src;
  doc.head.append(script);
}
