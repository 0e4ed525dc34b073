// Builds: the npm ESM entries (with types), the consent-log receiver for Node, and the
// script-tag files: chunks first (each a classic script, fetched only when a visit needs
// it), then the boot file `consentry.js`, which carries each chunk's file name and
// integrity hash so it loads exactly what was built.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('node:');

/** The chunks of the script-tag build (see src/browser/chunk-names.ts). */
const CHUNKS = ['messages', 'validate', 'decide', 'cleanup', 'embeds', 'widget'];
/** Filled by the chunk builds, read by the boot build (rollup runs the configs in order). */
const manifest = {};

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

/** Notes each written chunk's file (relative to consentry.js) and its Subresource Integrity hash. */
const chunkManifest = () => ({
  name: 'chunk-manifest',
  writeBundle(options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk' || !file.isEntry) continue;
      const written = readFileSync(join(options.dir, file.fileName));
      manifest[file.name] = [file.fileName, `sha384-${createHash('sha384').update(written).digest('base64')}`];
    }
  },
});

/** `import { CHUNKS } from 'consentry:chunks'` in the boot file: the manifest the chunk builds wrote. */
const chunksModule = () => ({
  name: 'chunks-module',
  resolveId: (id) => (id === 'consentry:chunks' ? id : null),
  load(id) {
    if (id !== 'consentry:chunks') return null;
    const missing = CHUNKS.filter((name) => !manifest[name]);
    if (missing.length) this.error(`chunks not built before consentry.js: ${missing.join(', ')}`);
    return `export const CHUNKS = ${JSON.stringify(manifest)};`;
  },
});

// Three passes and top-level mangling: the boot file is on every page, each byte counts.
const minify = () => terser({ format: { comments: false }, compress: { passes: 3, pure_getters: true }, toplevel: true });
const browserTs = () => typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: false, declarationDir: undefined });

/** npm entries: one file per public entry, shared code in chunks, dependencies left to the site's bundler. */
const npmInputs = {
  index: 'src/index.ts',
  'gate/index': 'src/gate/index.ts',
  'integrations/google': 'src/integrations/google.ts',
  'integrations/yandex-metrica': 'src/integrations/yandex-metrica.ts',
  ui: 'src/ui/index.ts',
};

export default [
  {
    input: npmInputs,
    external: isExternal,
    plugins: [typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist/esm', declarationDir: 'dist/esm' }), recordSchema()],
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  {
    // consentry/server: the consent-log receiver, for Node. Its dependencies (ajv, better-sqlite3) stay external.
    input: { index: 'src/server/index.ts' },
    external: isExternal,
    plugins: [jsonModule(), typescript({ tsconfig: './src/server/tsconfig.json', outDir: 'dist/server', declarationDir: 'dist/server/types' })],
    output: { dir: 'dist/server', format: 'es', sourcemap: true },
  },
  // Script-tag chunks: each self-contained (Preact and js-cookie bundled where used), a classic
  // script that hands its exports to the boot file. Names change with their content (CDN caching).
  ...CHUNKS.map((name) => ({
    input: { [name]: `src/browser/chunks/${name}.ts` },
    plugins: [nodeResolve({ browser: true }), browserTs(), chunkManifest(), ...(name === 'validate' ? [configSchema()] : [])],
    output: { dir: 'dist', format: 'iife', entryFileNames: 'chunks/[name].[hash].js', sourcemap: true, plugins: [minify()] },
  })),
  {
    input: 'src/browser/boot.ts',
    plugins: [chunksModule(), nodeResolve({ browser: true }), browserTs()],
    output: { file: 'dist/consentry.js', format: 'iife', sourcemap: true, plugins: [minify()] },
  },
];
