#!/usr/bin/env node
// `npm run sri` (after `npm run build`): the Subresource Integrity hash of dist/consentry.js and
// the tag to paste, with the versioned CDN URL the README documents. The build writes the same
// hash to dist/consentry.js.sri, which ships in the package. sha384, as the SRI spec's examples
// and the CDNs use; the chunks carry their own sha256 inside consentry.js.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `sha384-<base64>` of `bytes`. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The versioned jsDelivr URL of a file of the package. */
export const cdnUrl = (version, file = 'dist/consentry.js') => `https://cdn.jsdelivr.net/npm/consentry@${version}/${file}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('..', import.meta.url);
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  let bytes;
  try {
    bytes = readFileSync(new URL('dist/consentry.js', root));
  } catch {
    console.error('[sri] dist/consentry.js is missing: run `npm run build` first');
    process.exit(1);
  }
  const hash = sri(bytes);
  console.log(hash);
  console.log(`<script src="${cdnUrl(version)}" integrity="${hash}" crossorigin="anonymous"></script>`);
}
