// Where the bytes of the script-tag files go: rebuilds them in memory from rollup.config.mjs
// (the very config `npm run build` uses) and reports each module's share.
//
// Rollup gives each module's rendered (tree-shaken, not yet minified) code. Minifying one
// module alone would keep its top-level names long, so each module is wrapped in a function
// (as it is inside the IIFE) and minified with `unused: false` (its exports are used by
// other modules). The minified share of the real file's brotli size is the estimate.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { compressedSizes } from './measure.mjs';

/**
 * @param {string} root repo root (the cwd rollup.config.mjs expects)
 * @returns {Promise<Array<{ file: string, sizes: import('./measure.mjs').Sizes, modules: Array<{ id: string, rendered: number, minified: number, share: number, brotliEstimate: number }> }>>}
 */
export async function moduleBreakdown(root) {
  const configs = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default;
  const scriptTagBuilds = (Array.isArray(configs) ? configs : [configs]).filter(isScriptTagBuild);
  const results = [];
  for (const config of scriptTagBuilds) {
    const bundle = await rollup({ ...config, onwarn: () => {} });
    try {
      for (const output of [config.output].flat()) {
        const { output: chunks } = await bundle.generate(output);
        for (const chunk of chunks) {
          if (chunk.type !== 'chunk') continue;
          const modules = [];
          for (const [id, info] of Object.entries(chunk.modules)) {
            if (!info.code || info.renderedLength === 0) continue;
            modules.push({ id: shortId(root, id), rendered: info.renderedLength, minified: await minifiedLength(info.code) });
          }
          const sizes = compressedSizes(chunk.code);
          const totalMinified = modules.reduce((sum, m) => sum + m.minified, 0) || 1;
          results.push({
            file: chunk.fileName,
            sizes,
            modules: modules
              .map((m) => ({ ...m, share: m.minified / totalMinified, brotliEstimate: Math.round((sizes.brotli * m.minified) / totalMinified) }))
              .sort((a, b) => b.minified - a.minified),
          });
        }
      }
    } finally {
      await bundle.close();
    }
  }
  return results;
}

/** Script-tag builds write to dist/ itself (the npm build writes dist/esm). */
function isScriptTagBuild(/** @type {any} */ config) {
  return [config.output].flat().some((o) => {
    const target = String(o?.file ?? o?.dir ?? '');
    return target.startsWith('dist') && !target.startsWith('dist/esm');
  });
}

/** @param {string} code */
async function minifiedLength(code) {
  const result = await minify(`(function(){${code}})()`, { compress: { unused: false, passes: 2 }, mangle: true, format: { comments: false } });
  return Math.max(0, (result.code ?? '').length - '(function(){})()'.length);
}

/** @param {string} root @param {string} id */
function shortId(root, id) {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  return clean.startsWith(root) ? clean.slice(root.length + 1) : clean;
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
