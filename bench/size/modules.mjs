// Where the bytes of the script-tag files go: each built file (consentry.js and every chunk) is
// read with its source map, and every character of the minified code is put down to the source
// module it came from. A module's share of the characters, applied to the file's brotli size, is
// the estimate. No rebuild: it measures exactly what `npm run build` wrote.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compressedSizes } from './measure.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * @param {string} root repo root
 * @returns {Promise<Array<{ file: string, sizes: import('./measure.mjs').Sizes, modules: Array<{ id: string, minified: number, share: number, brotliEstimate: number }> }>>}
 */
export async function moduleBreakdown(root) {
  const chunks = existsSync(join(root, 'dist/chunks')) ? readdirSync(join(root, 'dist/chunks')).filter((f) => f.endsWith('.js')).map((f) => `dist/chunks/${f}`) : [];
  return ['dist/consentry.js', ...chunks.sort()].map((file) => {
    const code = readFileSync(join(root, file), 'utf8');
    // The map its last line names: a chunk is named by its digest, its map by rollup.
    const mapFile = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1] ?? `${basename(file)}.map`;
    const map = JSON.parse(readFileSync(join(root, dirname(file), mapFile), 'utf8'));
    const counts = attribute(code, map);
    const sizes = compressedSizes(code);
    const total = [...counts.values()].reduce((a, b) => a + b, 0) || 1;
    const modules = [...counts.entries()]
      .map(([id, minified]) => ({ id: shortId(id), minified, share: minified / total, brotliEstimate: Math.round((sizes.brotli * minified) / total) }))
      .sort((a, b) => b.minified - a.minified);
    return { file: file.replace(/^dist\//, ''), sizes, modules };
  });
}

/** Characters of `code` per source, from the map's mappings (a character belongs to the last segment before it). */
function attribute(/** @type {string} */ code, /** @type {any} */ map) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  const lines = code.split('\n');
  const mappings = map.mappings.split(';');
  let source = 0;
  for (let l = 0; l < lines.length; l++) {
    const segments = (mappings[l] ?? '').split(',').filter(Boolean).map(decode);
    let column = 0;
    let current = -1;
    let at = 0;
    for (const segment of segments) {
      column += segment[0];
      if (current >= 0) add(map.sources[current], column - at);
      if (segment.length > 1) source += segment[1];
      current = segment.length > 1 ? source : -1;
      at = column;
    }
    add(current >= 0 ? map.sources[current] : '(unmapped)', lines[l].length - at + 1);
  }
  return counts;

  /** @param {string} name @param {number} n */
  function add(name, n) {
    if (n > 0) counts.set(name, (counts.get(name) ?? 0) + n);
  }
}

/** One VLQ-encoded segment of a source map. @param {string} text */
function decode(text) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** @param {string} id */
function shortId(id) {
  if (id.endsWith('consentry:chunks')) return '(the chunks\' names and integrity hashes)';
  return id.replace(/^[./]*(?=src\/|node_modules\/)/, '').replace(/^.*?\/(src|node_modules)\//, '$1/');
}

/** Sums modules by folder (src/core, node_modules/js-cookie…), largest first. */
export function byFolder(/** @type {Array<{ id: string, minified: number, share: number, brotliEstimate: number }>} */ modules) {
  const groups = new Map();
  for (const m of modules) {
    const parts = m.id.split('/');
    const key = parts[0] === 'node_modules' ? parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/') : parts.slice(0, -1).join('/') || m.id;
    const group = groups.get(key) ?? { folder: key, minified: 0, share: 0, brotliEstimate: 0, modules: 0 };
    group.minified += m.minified;
    group.share += m.share;
    group.brotliEstimate += m.brotliEstimate;
    group.modules += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.minified - a.minified);
}
