// Builds, into an emptied dist/: the npm ESM entries (each with its bundled declarations), the
// consent-log receiver for Node, and the script-tag files: chunks first (each a classic script,
// fetched only when a visit needs it), then the boot file `consentry.js`, which carries each
// chunk's file name and integrity hash so it loads exactly what was built, and its own hash
// in `consentry.js.sri`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { bootChunkList } from './pack/chunk-list.mjs';
import { sri } from './pack/sri.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('node:');

/**
 * The chunks of the script-tag build and the parts each provides (src/browser/parts/<part>.ts).
 * A part may be in several chunks, so that what one kind of visit needs comes as one file; the
 * boot fetches the first chunk listed with a part unless one that has it is loaded already.
 */
const CHUNKS = {
  messages: ['messages'],
  // After a grant (so a withdrawal erases at once), or when a refused service left cookies.
  cleanup: ['cleanup'],
  // A page with a refused `<iframe data-src>`: named by consentry.js, which draws it before the
  // core (a first visit, a returning one that refused the frame's service), the core's gate after.
  placeholder: ['placeholder'],
  // Carried (see CARRIED), so built before the chunks that carry them: one language's words alone,
  // for a switch of language once the view's code is here (the first layer's, the dialog's), and
  // the 152-FZ consent document's words in the language it is agreed or read in.
  'texts-en': ['texts-en'],
  'texts-ru': ['texts-ru'],
  'texts-hi': ['texts-hi'],
  'dialog-words-en': ['dialog-texts-en'],
  'dialog-words-ru': ['dialog-texts-ru'],
  'dialog-words-hi': ['dialog-texts-hi'],
  'document-words-en': ['document-words-en'],
  'document-words-ru': ['document-words-ru'],
  'document-words-hi': ['document-words-hi'],
  // What a page shows without asking: an opt-out site's choices link (every page), the reload
  // offer after a withdrawal. It carries the texts, fetched once it is here.
  notices: ['notices'],
  // The 152-FZ consent document (its builder and hash), fetched only by a site whose law asks for it.
  'consent-document': ['consent-document'],
  // The dialog with its texts and the first layer's in one language (asked for by the dialog
  // texts' part first, so the right one comes).
  'dialog-en': ['dialog-texts-en', 'texts-en', 'dialog'],
  'dialog-ru': ['dialog-texts-ru', 'texts-ru', 'dialog'],
  'dialog-hi': ['dialog-texts-hi', 'texts-hi', 'dialog'],
  // What a decision needs (records, delivery): fetched when a visitor shows they are about to
  // decide (a pointer or focus on the banner), opens the settings, or has records waiting; never
  // with the banner itself, which a visitor may ignore.
  decide: ['decisions'],
  // The instance, its plugins and the ways to the widget: what any visit but a returning one with
  // its plan kept needs (src/browser/boot.ts). It carries the chunks only it asks for (CARRIED),
  // the dialog's and the consent document's too, so it is built after them.
  core: ['core'],
  // A first visit (or a changed config): the checker, the banner, one language's texts and the
  // start of a first visit without the core, in one file (asked for by the texts' part, so the
  // visitor's language comes). The core comes once the visitor reaches for the banner.
  'first-en': ['texts-en', 'validate', 'banner', 'first'],
  'first-ru': ['texts-ru', 'validate', 'banner', 'first'],
  'first-hi': ['texts-hi', 'validate', 'banner', 'first'],
  // The same for a config `consentry check` found valid (`data-config-checked` on the script
  // tag): the resolver instead of the checker. Listed after `first-<lang>`, so every other visit
  // that needs the banner's or the texts' part fetches what it did before.
  'checked-en': ['texts-en', 'checked-en', 'banner', 'first'],
  'checked-ru': ['texts-ru', 'checked-ru', 'banner', 'first'],
  'checked-hi': ['texts-hi', 'checked-hi', 'banner', 'first'],
};
/**
 * Chunks fetched only once another chunk is here: their names and hashes are in that chunk, which
 * hands them to the boot file's loader as it arrives (`register`), not in consentry.js, so a page
 * that never needs them does not carry them. The loader prefers them to a chunk it knew before
 * that has the same part: a language switch in an open dialog fetches that language's words, not
 * a second dialog.
 */
const CORE_CARRIES = ['cleanup', 'notices', 'decide', 'consent-document', 'dialog-en', 'dialog-ru', 'dialog-hi'];
const CARRIED = {
  // The core (and each file it comes in) carries what only it fetches: so the settings fetch
  // `decide`, the dialog and the consent document side by side, not the dialog after `decide`
  // (on a phone's line a chain of three files, 1.1 s from a tap to the dialog). Each view has
  // its own language's words and carries the other two languages'.
  core: CORE_CARRIES,
  // A first visit's file fetches `decide` beside the core once the visitor reaches for the banner.
  'first-en': ['texts-ru', 'texts-hi', 'decide'],
  'first-ru': ['texts-en', 'texts-hi', 'decide'],
  'first-hi': ['texts-en', 'texts-ru', 'decide'],
  'checked-en': ['texts-ru', 'texts-hi', 'decide'],
  'checked-ru': ['texts-en', 'texts-hi', 'decide'],
  'checked-hi': ['texts-en', 'texts-ru', 'decide'],
  'consent-document': ['document-words-en', 'document-words-ru', 'document-words-hi'],
  notices: ['texts-en', 'texts-ru', 'texts-hi'],
  'dialog-en': ['dialog-words-ru', 'dialog-words-hi', 'texts-ru', 'texts-hi'],
  'dialog-ru': ['dialog-words-en', 'dialog-words-hi', 'texts-en', 'texts-hi'],
  'dialog-hi': ['dialog-words-en', 'dialog-words-ru', 'texts-en', 'texts-ru'],
};
/**
 * Carriers whose chunks the loader puts behind those it knows, not in front: the core's are the
 * only ones with their parts, not a lighter choice of a part it knows (a dialog file has the first
 * layer's words too, but a page switching the banner's language wants those alone). Every page
 * is 0.18 KB lighter than if consentry.js named them.
 */
const LATER = new Set(['core']);
/** Those chunks, which the loader finds after the boot file's list and before the lighter carried ones. */
const laterChunks = [...LATER].flatMap((name) => CARRIED[name]);
const carried = new Set(Object.values(CARRIED).flat());
/** The chunks consentry.js names itself, in the order it prefers them. */
const BOOT_CHUNKS = Object.keys(CHUNKS).filter((name) => !carried.has(name));
/** Parts whose module is named otherwise: one per language, so the boot can ask for that language's chunk. */
const PART_FILES = { 'checked-en': 'checked', 'checked-ru': 'checked', 'checked-hi': 'checked' };
/** Filled by the chunk builds, read by the boot build (rollup runs the configs in order). */
const manifest = {};

/** Empties dist/ first, so nothing a former build left (a renamed chunk, an old declaration) is packed. */
const cleanDist = () => ({
  name: 'clean-dist',
  buildStart() {
    if (!this.meta.watchMode) rmSync('dist', { recursive: true, force: true });
  },
});

/** `consentry.js.sri`: the hash for the `integrity` attribute of the script tag (see `npm run sri`). */
const sriFile = () => ({
  name: 'sri-file',
  writeBundle(options) {
    writeFileSync(`${options.file}.sri`, `${sri(readFileSync(options.file))}\n`);
  },
});

/**
 * This build's id, `<version>+<the first 12 hex digits of the SHA-256 of the library's source>`
 * (src/, tests left out): written over `BUILD` in src/core/version.ts, so what a browser keeps of
 * a checked config under one build (resolved by its code) is never read by another, even under
 * the same version. The same source always gives the same id.
 */
const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .filter((file) => !/\.test\.tsx?$|[/\\]testing[/\\]/.test(file))
    .sort();
const sourceDigest = () => {
  const hash = createHash('sha256');
  for (const file of sourceFiles('src')) hash.update(`${relative('src', file).split('\\').join('/')}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 12);
};
const BUILD_ID = `${pkg.version}+${sourceDigest()}`;
const buildId = () => ({
  name: 'build-id',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/core/version.ts')) return null;
    const replaced = code.replace(/\bBUILD = VERSION\b/, `BUILD = ${JSON.stringify(BUILD_ID)}`);
    if (replaced === code) this.error('src/core/version.ts: no `BUILD = VERSION` to write the build id over');
    return { code: replaced, map: null };
  },
});

/** Ships the record schema next to the code, for receivers to validate against. */
const recordSchema = () => ({
  name: 'record-schema',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'record.schema.json', source: readFileSync('src/core/record.schema.json', 'utf8') });
  },
});

/**
 * Ships the config's JSON Schema next to the script-tag files (`consentry/config.schema.json`),
 * made from the same spec as the validator (tools/config-schema.ts; TypeScript, hence tsx).
 */
const configSchema = () => ({
  name: 'config-schema',
  generateBundle() {
    const source = execFileSync(process.execPath, ['--import', 'tsx', 'tools/config-schema.ts'], { encoding: 'utf8' });
    this.emitFile({ type: 'asset', fileName: 'config.schema.json', source });
  },
});

/** JSON imports (the record schema in the receiver) as ES modules. */
const jsonModule = () => ({
  name: 'json-module',
  transform(code, id) {
    if (id.endsWith('.json')) return { code: `export default ${code};`, map: null };
  },
});

/** A chunk's entry: its parts' modules, handed to the boot file that fetched it. */
const chunkEntry = (name) => ({
  name: 'chunk-entry',
  resolveId: (id) => (id === `chunk:${name}` ? id : null),
  load(id) {
    if (id !== `chunk:${name}`) return null;
    const parts = CHUNKS[name];
    const carries = CARRIED[name] ? [`import { CHUNKS } from 'consentry:chunks';`] : [];
    return [
      `import { register } from ${JSON.stringify(resolve('src/browser/register.ts'))};`,
      ...carries,
      ...parts.map((part, i) => `import * as p${i} from ${JSON.stringify(resolve(`src/browser/parts/${PART_FILES[part] ?? part}.ts`))};`),
      `register({ ${parts.map((part, i) => `${JSON.stringify(part)}: p${i}`).join(', ')}${carries.length ? `, ${LATER.has(name) ? 'later' : 'chunks'}: CHUNKS` : ''} });`,
    ].join('\n');
  },
});

/**
 * A chunk's file, relative to consentry.js: `chunks/<name>.<the first 8 letters and digits of
 * its digest>.js`. The loader names it by the same rule (src/browser/part-loader.ts, `chunkFile`),
 * so consentry.js carries one hash per chunk, not a file hash beside its integrity hash.
 */
const chunkFile = (name, sha256) => `chunks/${name}.${sha256.replace(/\W/g, '').slice(0, 8)}.js`;

/**
 * Names the written chunk by its SHA-256 (`chunkFile`) and notes it for consentry.js: its name,
 * digest and parts, and (in manifest.json, for the tools) its file and Subresource Integrity hash.
 * Its source map keeps rollup's name, which the chunk's last line gives.
 */
const chunkManifest = (name) => ({
  name: 'chunk-manifest',
  writeBundle(options, bundle) {
    const file = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry);
    const sha256 = createHash('sha256').update(readFileSync(join(options.dir, file.fileName))).digest('base64');
    renameSync(join(options.dir, file.fileName), join(options.dir, chunkFile(name, sha256)));
    manifest[name] = [chunkFile(name, sha256), `sha256-${sha256}`, CHUNKS[name].join(' ')];
  },
});

/**
 * `import { CHUNKS } from 'consentry:chunks'`: in the boot file, the manifest the chunk builds
 * wrote (less the chunks another chunk carries); in a chunk of CARRIED, the entries it carries.
 */
const chunksModule = (carrier) => ({
  name: 'chunks-module',
  resolveId: (id) => (id === 'consentry:chunks' ? id : null),
  load(id) {
    if (id !== 'consentry:chunks') return null;
    // Generated without writing (npm run size -- --modules): the manifest of the last build.
    if (!Object.keys(manifest).length && existsSync('dist/chunks/manifest.json')) Object.assign(manifest, JSON.parse(readFileSync('dist/chunks/manifest.json', 'utf8')));
    const names = carrier ? CARRIED[carrier] : BOOT_CHUNKS;
    const missing = names.filter((name) => !manifest[name]);
    if (missing.length) this.error(`chunks not built before ${carrier ?? 'consentry.js'}: ${missing.join(', ')}`);
    const entries = names.map((name) => [name, manifest[name][1].slice(7), manifest[name][2]]);
    return carrier ? `export const CHUNKS = ${JSON.stringify(entries)};` : bootChunkList(entries);
  },
  // For the size check and the benchmark: which file has which parts, without reading consentry.js.
  // The boot file's chunks first, in its order, then those `decide` names, then the other carried ones: the first listed with a part is the boot's choice.
  writeBundle: () =>
    carrier ||
    writeFileSync('dist/chunks/manifest.json', `${JSON.stringify(Object.fromEntries([...BOOT_CHUNKS, ...laterChunks, ...carried].map((name) => [name, manifest[name]])), null, 2)}\n`),
});

// Three passes and top-level mangling: the boot file is on every page, each byte counts. Only
// simple functions inlined (`inline: 1`): one with arguments or variables, inlined where it is
// called once, became an IIFE there that brotli codes worse (consentry.js 9 B, checked-en 33 B).
const minify = () => terser({ format: { comments: false }, compress: { passes: 3, pure_getters: true, inline: 1 }, toplevel: true });
// The script tag's files are compiled for ES2021, whose `??=` (Chrome 85) is the only syntax in
// them past ES2020: what they run on already needs constructable stylesheets (Firefox 101, Safari
// 16.4), so only Chrome 80 to 84 (2020) are lost, and `x ?? (x = y)` written out cost every page
// about 30 B. Not ES2022: its class fields are Chrome 72 but its static blocks Chrome 94, and
// pack/package.test.mjs parses every file as ES2021, README's floor. npm stays ES2020: the
// app's bundler picks its own target.
const browserTs = () => typescript({ tsconfig: './tsconfig.build.json', target: 'ES2021', outDir: 'dist', declaration: false, declarationDir: undefined });

/**
 * npm entries: one file per public entry, and one per source module under `internal/`
 * (`preserveModules`), dependencies left to the site's bundler. Whole modules let the site's
 * bundler put what only a lazy `import()` uses into that chunk: shared chunks of our own made it
 * bundle up front whatever a chunk held (3.3 KB of an app's 16.7 KB).
 * Each entry's declarations are bundled into one `.d.ts` beside it (see `declarations`).
 */
const npmInputs = {
  index: 'src/index.ts',
  'gate/index': 'src/gate/index.ts',
  'integrations/google': 'src/integrations/google.ts',
  'integrations/yandex-metrica': 'src/integrations/yandex-metrica.ts',
  ui: 'src/ui/index.ts',
  'consent-document': 'src/consent-document.ts',
  validate: 'src/validate.ts',
  react: 'src/react/index.ts',
  vue: 'src/vue/index.ts',
};

/**
 * JavaScript of the npm entries. No `outDir`: TypeScript then writes each module's source-map
 * path relative to the module itself, which is how rollup reads it (with `outDir: dist/esm` the
 * paths came out one `../` too high).
 */
const npmTs = (tsconfig) => typescript({ tsconfig, outDir: undefined, declaration: false, declarationDir: undefined });

/**
 * Declarations bundled per entry (rollup-plugin-dts), shared types in `chunks/`: the only
 * relative imports left are between files rollup wrote, with the `.js` extension that
 * `node16`/`nodenext` resolution needs, and nothing internal is shipped (no `browser/*`,
 * styles or test helpers). The alternative, `.js` in every relative import of src/, would
 * touch every file for what is a packaging concern.
 */
const declarations = (input, dir, tsconfig) => ({
  input,
  external: isExternal,
  plugins: [dts({ tsconfig })],
  output: { dir, format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
});

export default [
  {
    input: npmInputs,
    external: isExternal,
    plugins: [cleanDist(), npmTs('./tsconfig.build.json'), buildId(), recordSchema()],
    output: {
      dir: 'dist/esm',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (c) => (c.isEntry ? '[name].js' : 'internal/[name].js'),
      // React Server Components (Next.js's App Router): the provider makes a context, so the entry
      // is a client module; a server layout may then render <ConsentProvider initialState={…}>.
      // Rollup drops a module's own directive when it bundles, so the build writes it.
      banner: (c) => (c.isEntry && c.name === 'react' ? "'use client';" : ''),
    },
  },
  declarations(npmInputs, 'dist/esm', './tsconfig.build.json'),
  {
    // consentry/server: the consent-log receiver, for Node. Its drivers (better-sqlite3, pg) stay external.
    input: { index: 'src/server/index.ts' },
    external: isExternal,
    plugins: [jsonModule(), npmTs('./src/server/tsconfig.json')],
    output: { dir: 'dist/server', format: 'es', sourcemap: true },
  },
  declarations({ index: 'src/server/index.ts' }, 'dist/server', './src/server/tsconfig.json'),
  {
    // `npx consentry check`: the script tag's config checker, run ahead (see src/cli/consentry.ts).
    input: 'src/cli/consentry.ts',
    external: isExternal,
    plugins: [npmTs('./src/cli/tsconfig.json')],
    output: { file: 'dist/cli/consentry.js', format: 'es', banner: '#!/usr/bin/env node' },
  },
  // Script-tag chunks: each self-contained (Preact and js-cookie bundled where used), a classic
  // script that hands its exports to the boot file. Names change with their content (CDN caching).
  ...Object.keys(CHUNKS).map((name) => ({
    input: { [name]: `chunk:${name}` },
    plugins: [
      chunkEntry(name),
      ...(CARRIED[name] ? [chunksModule(name)] : []),
      nodeResolve({ browser: true }),
      browserTs(),
      buildId(),
      chunkManifest(name),
      ...(name === 'first-en' ? [configSchema()] : []),
    ],
    output: { dir: 'dist', format: 'iife', entryFileNames: 'chunks/[name].[hash].js', sourcemap: true, plugins: [minify()] },
  })),
  {
    input: 'src/browser/boot.ts',
    plugins: [chunksModule(), nodeResolve({ browser: true }), browserTs(), buildId(), sriFile()],
    output: { file: 'dist/consentry.js', format: 'iife', sourcemap: true, plugins: [minify()] },
  },
];
