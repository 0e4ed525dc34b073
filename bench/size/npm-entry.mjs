// What `import { createConsent } from 'consentry'` (plus one integration) costs a site that
// bundles us: the built ESM (dist/esm, as published) bundled with its dependencies by rollup,
// tree-shaken and minified with terser, the way a site's build would.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const ENTRY_ID = '\0size-entry';

/** The integration the issue asks to include once it is published (issue 3 adds it). */
export const INTEGRATION_SUBPATH = './integrations/yandex-metrica';

/**
 * Maps `consentry` and `consentry/<subpath>` to the files package.json `exports` names,
 * as Node and bundlers do for the published package.
 * @param {string} root @param {any} pkg @param {string} subpath e.g. '.' or './integrations/x'
 * @returns {string | null}
 */
export function exportedFile(root, pkg, subpath) {
  const target = pkg.exports?.[subpath];
  const file = typeof target === 'string' ? target : (target?.import ?? target?.default);
  return typeof file === 'string' ? resolve(root, file) : null;
}

/** The frameworks an adapter entry runs on: the site has them anyway, so they are not counted. */
const FRAMEWORKS = ['react', 'react-dom', 'vue'];
const isFramework = (/** @type {string} */ id) => FRAMEWORKS.some((f) => id === f || id.startsWith(`${f}/`));

/**
 * Bundles the tiny site entry in memory and returns its code. Without `subpath`: createConsent
 * plus the integration. With one (`./react`): everything that entry exports, with what it takes
 * from the core, its framework left out.
 * @param {string} root repo root
 * @param {string | Record<string, string[]>} [what] an entry of package.json `exports` (`./react`),
 *   or what an app imports, by module ({ 'consentry/ui': ['mountUi'] })
 * @returns {Promise<{ code: string, entry: string, withIntegration: boolean }>}
 */
export async function bundleNpmEntry(root, what = undefined) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const withIntegration = !what && exportedFile(root, pkg, INTEGRATION_SUBPATH) !== null;
  // Exported, so tree-shaking keeps them, as a site's use would.
  const entry = typeof what === 'string'
    ? `export * from 'consentry/${what.slice(2)}';`
    : what
      ? Object.entries(what)
          .map(([from, names]) => `export { ${names.join(', ')} } from '${from}';`)
          .join('\n')
      : [
        `import { createConsent } from 'consentry';`,
        withIntegration ? `export * from 'consentry/${INTEGRATION_SUBPATH.slice(2)}';` : '',
        // Used, so tree-shaking keeps it, as a site's `createConsent(config)` would.
        `export { createConsent };`,
      ]
        .filter(Boolean)
        .join('\n');

  const selfReference = {
    name: 'consentry-self-reference',
    /** @param {string} id */
    resolveId(id) {
      if (id === ENTRY_ID) return ENTRY_ID;
      if (id !== pkg.name && !id.startsWith(`${pkg.name}/`)) return null;
      const subpath = id === pkg.name ? '.' : `./${id.slice(pkg.name.length + 1)}`;
      const file = exportedFile(root, pkg, subpath);
      if (!file) throw new Error(`package.json exports has no "${subpath}" (needed by the size entry)`);
      return file;
    },
    /** @param {string} id */
    load(id) {
      return id === ENTRY_ID ? entry : null;
    },
  };

  const bundle = await rollup({
    input: ENTRY_ID,
    external: isFramework,
    plugins: [selfReference, nodeResolve({ browser: true, rootDir: root })],
    onwarn: (warning, warn) => {
      if (warning.code !== 'EMPTY_BUNDLE') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({
      format: 'es',
      plugins: [terser({ module: true, format: { comments: false }, compress: { passes: 2 } })],
    });
    // Count what loads up front: the entry and what it imports statically; lazy chunks are not.
    const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
    const eager = new Set();
    const visit = (/** @type {any} */ chunk) => {
      if (!chunk || eager.has(chunk)) return;
      eager.add(chunk);
      for (const name of chunk.imports) visit(chunks.get(name));
    };
    visit([...chunks.values()].find((c) => c.isEntry));
    return { code: [...eager].map((c) => c.code).join('\n'), entry, withIntegration };
  } finally {
    await bundle.close();
  }
}
