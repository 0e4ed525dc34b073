/**
 * Why a record may not come with this request's `Origin` header, or `null` when it may. A page
 * on one allowed origin could post records claiming another site's origin, proof of consent
 * on a site the visitor never saw: a browser's Origin header names the page that sent the
 * request, and a record a page makes carries that page's origin (`location.origin`).
 * Not compared, so no genuine record is refused:
 * - no header: a server relaying records (or curl), which can claim any origin anyway;
 * - the header `null`: sendBeacon from a page with `Referrer-Policy: no-referrer`, or from an
 *   https page to an http receiver, sends `Origin: null` (Fetch standard, "append a request
 *   Origin header"), while the record names the page;
 * - a record origin `null`: a page whose origin a record cannot hold (an app's web view,
 *   `capacitor://localhost`; see makeRecord), which claims no site.
 */
export function originMismatch(header: string | null, recordOrigin: string): string | null {
  if (header === null || header === 'null' || recordOrigin === 'null' || header === recordOrigin) return null;
  return `the record's origin "${recordOrigin}" is not the origin of the page that sent it ("${header}"): a page may send only its own records`;
}
