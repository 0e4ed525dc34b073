// The chunk list the build writes into consentry.js, and its reader for the tests that check it
// (e2e/support/chunks.ts, pack/package.test.mjs): the format in one place. Each entry is
// `[name, sha256 in base64, parts]`. In consentry.js the names (with the parts when they are not
// the name) are a list, and the digests, without their last "=" (the same in every SHA-256), one
// string after it, which brotli codes better than digests broken up by names: about 24 B less on
// every page (the mean over random digests).

const DIGEST = 43; // a SHA-256 in base64, without its padding "="

/** The module text that gives `CHUNKS`, the entries, in consentry.js. */
export function bootChunkList(entries) {
  const digests = entries.map(([, sha256]) => sha256.slice(0, DIGEST)).join('');
  const names = entries.map(([name, , parts]) => (parts === name ? [name] : [name, parts]));
  return `export const CHUNKS = ${JSON.stringify(names)}.map(([name, parts = name], i) => [name, ${JSON.stringify(digests)}.slice(i * ${DIGEST}, i * ${DIGEST} + ${DIGEST}) + '=', parts]);`;
}

/** The entries in a built (minified) consentry.js, or `undefined` when it has no chunk list. */
export function readBootChunkList(text) {
  const found = /(\[\["[^;]*?"\]\])\.map\([^"]*"([\w+/]+)"\.slice/.exec(text);
  if (!found) return undefined;
  return JSON.parse(found[1]).map(([name, parts = name], i) => [name, `${found[2].slice(i * DIGEST, (i + 1) * DIGEST)}=`, parts]);
}
