// Builds: the npm ESM entry (with types), the script-tag file and, separately, what
// Node needs. The script-tag build is a classic script; the widget is its own chunk
// fetched with import() only when something must be shown.
import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('node:');

/** Ships the record schema next to the code, for receivers to validate against. */
const recordSchema = () => ({
  name: 'record-schema',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'record.schema.json', source: readFileSync('src/core/record.schema.json', 'utf8') });
  },
});

/** JSON imports (the record schema in the receiver) as ES modules. */
const jsonModule = () => ({
  name: 'json-module',
  transform(code, id) {
    if (id.endsWith('.json')) return { code: `export default ${code};`, map: null };
  },
});

const minify = terser({ format: { comments: false }, compress: { passes: 2 } });

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
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist/esm', declarationDir: 'dist/esm' }),
      recordSchema(),
    ],
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  {
    input: 'src/browser.ts',
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: false, declarationDir: undefined }),
    ],
    output: { file: 'dist/consentry.js', format: 'iife', sourcemap: true, plugins: [minify] },
  },
  {
    // consentry/server: the consent-log receiver, for Node. Its drivers (better-sqlite3, pg) stay external.
    input: { index: 'src/server/index.ts' },
    external: isExternal,
    plugins: [
      jsonModule(),
      typescript({ tsconfig: './src/server/tsconfig.json', outDir: 'dist/server', declarationDir: 'dist/server/types' }),
    ],
    output: { dir: 'dist/server', format: 'es', sourcemap: true },
  },
  {
    // The widget chunk for script-tag sites: an ES module with Preact bundled, fetched
    // by consentry.js with import() next to itself, only when something must be shown.
    input: 'src/ui/chunk.ts',
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: false, declarationDir: undefined }),
    ],
    output: { file: 'dist/consentry-ui.js', format: 'es', sourcemap: true, plugins: [minify] },
  },
];
