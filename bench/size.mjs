#!/usr/bin/env node
// `npm run size`: checks the built files against the budgets in package.json
// ("consentry"."sizeBudgets", bytes, brotli -q 11) and exits 1 when one is exceeded.
// Run after `npm run build`. `--modules` also prints where the script-tag bytes go.
//
// A missing file (the widget chunk included) is a failure: every budget is always measured.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressedSizes, expandFiles, kb, measureFiles } from './size/measure.mjs';
import { byFolder, moduleBreakdown } from './size/modules.mjs';
import { bundleWithEsbuild } from './size/esbuild-app.mjs';
import { bundleNpmEntry } from './size/npm-entry.mjs';

const NPM_ENTRY = 'npm-entry';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const budgets = pkg.consentry?.sizeBudgets;

if (!budgets || typeof budgets !== 'object') fail('package.json has no "consentry"."sizeBudgets"');
if (!existsSync(join(root, 'dist/consentry.js'))) fail('dist/consentry.js is missing: run `npm run build` first');

let failures = 0;
console.log('Size budgets (brotli -q 11; gzip -9 shown for reference):');
for (const [name, budget] of Object.entries(budgets)) {
  const measured = await measureBudget(name, budget);
  if (!measured) continue;
  const { sizes, detail } = measured;
  const over = sizes.brotli > budget.brotli;
  const target = typeof budget.target === 'number' ? budget.target : null;
  const targetNote = target === null ? '' : sizes.brotli <= target ? `; target ${kb(target)} met` : `; target ${kb(target)}: ${kb(sizes.brotli - target)} to go`;
  console.log(`  ${over ? 'FAIL' : 'ok  '} ${name}: ${kb(sizes.brotli)} brotli (${sizes.brotli} B), ${kb(sizes.gzip)} gzip, ${kb(sizes.raw)} raw; budget ${kb(budget.brotli)} (${budget.brotli} B)${targetNote}`);
  for (const line of detail) console.log(`         ${line}`);
  if (over) {
    failures++;
    console.log(`         ${name} is ${sizes.brotli - budget.brotli} B over its budget. Shrink it, or raise "sizeBudgets.${name}.brotli" in package.json (and the README's Size table) on purpose.`);
  }
}

if (process.argv.includes('--modules')) await printModules();

if (failures > 0) {
  console.log(`${failures} size budget(s) exceeded.`);
  process.exit(1);
}

/** @returns {Promise<{ sizes: import('./size/measure.mjs').Sizes, detail: string[] } | null>} */
async function measureBudget(/** @type {string} */ name, /** @type {any} */ budget) {
  if (typeof budget.brotli !== 'number') fail(`sizeBudgets.${name}.brotli must be a number of bytes`);
  if (budget.bundle && typeof budget.bundle === 'object') {
    if (budget.bundler !== undefined && budget.bundler !== 'esbuild') fail(`sizeBudgets.${name}.bundler must be "esbuild" or left out (rollup)`);
    const { code } = budget.bundler === 'esbuild' ? await bundleWithEsbuild(root, budget.bundle) : await bundleNpmEntry(root, budget.bundle);
    const what = Object.entries(budget.bundle).map(([from, names]) => `${names.join(', ')} from ${from}`).join('; ');
    return { sizes: compressedSizes(code), detail: [`bundled ${budget.bundler === 'esbuild' ? 'by esbuild (splitting, minify)' : 'by rollup (terser)'}, up front (lazy chunks not counted): ${what}`] };
  }
  if (budget.bundle === NPM_ENTRY && budget.entry !== undefined) {
    if (typeof budget.entry !== 'string' || !budget.entry.startsWith('./')) fail(`sizeBudgets.${name}.entry must be an entry of package.json exports, such as "./react"`);
    const sizes = compressedSizes((await bundleNpmEntry(root, budget.entry)).code);
    return { sizes, detail: [`bundled: all of consentry/${budget.entry.slice(2)} with the core it uses, tree-shaken, terser; its framework (react, react-dom, vue) not counted, nor the widget it loads with import()`] };
  }
  if (budget.bundle === NPM_ENTRY) {
    const { code, withIntegration } = await bundleNpmEntry(root);
    const note = withIntegration ? 'createConsent + the yandex-metrica integration' : 'createConsent only (no integration entry in package.json exports yet)';
    return { sizes: compressedSizes(code), detail: [`bundled: ${note}, tree-shaken, terser`] };
  }
  if (Array.isArray(budget.parts)) {
    const files = visitFiles(budget.parts);
    const { perFile, total } = measureFiles(root, files);
    return { sizes: total, detail: perFile.map((f) => `${f.file}: ${kb(f.brotli)} brotli`) };
  }
  if (!Array.isArray(budget.files)) fail(`sizeBudgets.${name} needs "files" (paths, * allowed in the file name), "parts" (of the script-tag build) or "bundle": "${NPM_ENTRY}" (with "entry": "./<subpath>" for one entry)`);
  const { files, missing } = expandFiles(root, budget.files);
  if (missing.length > 0) fail(`${name}: missing ${missing.join(', ')}: run \`npm run build\` first`);
  const { perFile, total } = measureFiles(root, files);
  return { sizes: total, detail: perFile.length > 1 ? perFile.map((f) => `${f.file}: ${kb(f.brotli)} brotli`) : [] };
}

/**
 * What a visit that needs `parts` downloads: consentry.js, then for each part the chunk the boot
 * file would fetch (one already on its way if it has the part, else the first listed with it).
 * @param {string[]} parts @returns {string[]}
 */
function visitFiles(parts) {
  const manifestFile = join(root, 'dist/chunks/manifest.json');
  if (!existsSync(manifestFile)) fail('dist/chunks/manifest.json is missing: run `npm run build` first');
  /** @type {Record<string, [string, string, string]>} */
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const chunks = Object.values(manifest);
  const files = ['dist/consentry.js'];
  for (const part of parts) {
    const having = chunks.filter(([, , provides]) => provides.split(' ').includes(part));
    if (!having.length) fail(`no chunk provides the part "${part}"`);
    const chunk = having.find(([file]) => files.includes(`dist/${file}`)) ?? having[0];
    if (!files.includes(`dist/${chunk[0]}`)) files.push(`dist/${chunk[0]}`);
  }
  return files;
}

async function printModules() {
  console.log('\nWhere the script-tag bytes go (each file’s minified characters put down to their source by its source map, applied to its brotli size):');
  for (const { file, sizes, modules } of await moduleBreakdown(root)) {
    console.log(`\n  ${file}: ${kb(sizes.brotli)} brotli, ${kb(sizes.raw)} minified`);
    console.log('    by folder:');
    for (const g of byFolder(modules)) console.log(`      ${pct(g.share)} ~${kb(g.brotliEstimate)}  ${g.folder} (${g.modules} modules)`);
    console.log('    largest modules:');
    for (const m of modules.slice(0, Number(process.env.TOP ?? 12))) console.log(`      ${pct(m.share)} ~${kb(m.brotliEstimate)}  ${m.id}`);
  }
}

function pct(/** @type {number} */ x) {
  return `${(x * 100).toFixed(1).padStart(5)} %`;
}

/** @returns {never} */
function fail(/** @type {string} */ message) {
  console.error(`[size] ${message}`);
  process.exit(1);
}
