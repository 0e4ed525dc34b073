// How many bytes a site downloads from us: raw, gzip -9 and brotli -q 11, each file
// compressed on its own (that is how a server sends them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */

/** @param {Buffer | string} data @returns {Sizes} */
export function compressedSizes(data) {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** @param {Sizes[]} list @returns {Sizes} */
export function addSizes(list) {
  return list.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

/**
 * Expands a budget's file list: a plain path names one file (reported missing when absent);
 * a `*` in the last segment matches any number of files there, none included.
 * @param {string} root @param {string[]} patterns
 * @returns {{ files: string[], missing: string[] }}
 */
export function expandFiles(root, patterns) {
  const files = [];
  const missing = [];
  for (const pattern of patterns) {
    if (!pattern.includes('*')) {
      (existsSync(join(root, pattern)) ? files : missing).push(pattern);
      continue;
    }
    const dir = dirname(pattern);
    const re = new RegExp(`^${basename(pattern).split('*').map(escapeRegExp).join('.*')}$`);
    if (!existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir)).sort()) if (re.test(name)) files.push(`${dir}/${name}`);
  }
  return { files: [...new Set(files)], missing };
}

/** @param {string} s */
function escapeRegExp(s) {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** @param {string} root @param {string[]} files */
export function measureFiles(root, files) {
  const perFile = files.map((file) => ({ file, ...compressedSizes(readFileSync(join(root, file))) }));
  return { perFile, total: addSizes(perFile) };
}

/** @param {number} bytes */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(2)} KB`;
}
