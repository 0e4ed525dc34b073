// What an app built with esbuild (and the tools on it: Angular's builder, tsup, many SSR
// frameworks) loads up front from us. esbuild splits differently from rollup: a module that an
// entry's exports reach goes into a chunk the entry imports, even when the app uses none of
// that module, so an export that only a lazy chunk needs can still cost every page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { exportedFile } from './npm-entry.mjs';

/**
 * Bundles an app that imports `what` ({ 'consentry/ui': ['mountUi'] }) with esbuild (ESM,
 * code splitting, minified, for the browser) and returns the code of the entry and of every
 * chunk it imports statically; chunks reached only by `import()` are left out.
 * @param {string} root repo root @param {Record<string, string[]>} what
 * @returns {Promise<{ code: string }>}
 */
export async function bundleWithEsbuild(root, what) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'consentry-esbuild-'));
  try {
    const entry = join(dir, 'app.js');
    writeFileSync(entry, Object.entries(what).map(([from, names]) => `export { ${names.join(', ')} } from '${from}';`).join('\n'));
    const result = await build({
      absWorkingDir: dir,
      entryPoints: [entry],
      outdir: join(dir, 'out'),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [
        {
          name: 'consentry-self-reference',
          setup(b) {
            b.onResolve({ filter: new RegExp(`^${pkg.name}(/|$)`) }, (args) => {
              const subpath = args.path === pkg.name ? '.' : `./${args.path.slice(pkg.name.length + 1)}`;
              const file = exportedFile(root, pkg, subpath);
              if (!file) return { errors: [{ text: `package.json exports has no "${subpath}"` }] };
              return { path: file };
            });
          },
        },
      ],
    });
    // The metafile names outputs relative to absWorkingDir; outputFiles by absolute path.
    const outputs = result.metafile.outputs;
    const text = new Map(result.outputFiles.map((f) => [f.path, f.text]));
    // Every import() target is an entry point to esbuild too: find ours by its name.
    const start = Object.keys(outputs).find((o) => outputs[o].entryPoint === 'app.js');
    if (!start) throw new Error('esbuild wrote no entry');
    /** @type {Set<string>} */
    const eager = new Set();
    const visit = (/** @type {string} */ out) => {
      if (eager.has(out)) return;
      eager.add(out);
      for (const imp of outputs[out].imports) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
    };
    visit(start);
    const code = [...eager].map((out) => {
      const body = text.get(resolve(dir, out));
      if (body === undefined) throw new Error(`esbuild output ${out} not found among the files it wrote`);
      return body;
    });
    return { code: code.join('\n') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
