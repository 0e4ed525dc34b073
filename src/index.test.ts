import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import ts from 'typescript';
import { describe, expect, test, vi } from 'vitest';

// If anything reachable from the npm entry imports Preact (the UI), these factories run and say so.
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('preact', () => (loaded.push('preact'), {}));
vi.mock('preact/hooks', () => (loaded.push('preact/hooks'), {}));
vi.mock('preact/jsx-runtime', () => (loaded.push('preact/jsx-runtime'), {}));

const SRC = dirname(fileURLToPath(import.meta.url));

/**
 * The module graph of the npm entry as a bundler sees it: TypeScript stripped to what runs
 * (type-only imports vanish), relative imports followed, packages left external and listed.
 */
async function moduleGraph(entry: string, options: { staticOnly?: boolean } = {}): Promise<{ files: string[]; packages: string[] }> {
  const packages = new Set<string>();
  const bundle = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      {
        name: 'typescript-strip',
        // What loads up front: an `import()` is left unfollowed.
        resolveDynamicImport: options.staticOnly ? () => false : undefined,
        resolveId(source, importer) {
          if (!source.startsWith('.') && !source.startsWith('/')) {
            packages.add(source);
            return { id: source, external: true };
          }
          const base = importer ? resolve(dirname(importer), source) : resolve(source);
          const candidates = [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')];
          return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
        },
        transform(code, id) {
          if (id.endsWith('.json')) return `export default ${code};`;
          if (!/\.tsx?$/.test(id)) return null;
          return ts.transpileModule(code, {
            fileName: id,
            compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020, jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'preact' },
          }).outputText;
        },
      },
    ],
  });
  const files = (bundle.cache?.modules ?? []).map((m) => m.id).filter((id) => !packages.has(id));
  await bundle.close();
  return { files, packages: [...packages].sort() };
}

// These build the module graph with rollup: seconds on a busy machine, so a generous timeout.
describe('headless: the npm entry needs no UI', { timeout: 60_000 }, () => {
  test('its module graph has no Preact, no UI and no script-tag code; js-cookie is the only package', async () => {
    const graph = await moduleGraph(resolve(SRC, 'index.ts'));
    expect(graph.files.length).toBeGreaterThan(10);
    expect(graph.files.some((f) => f.endsWith('/core/create-consent.ts'))).toBe(true);
    expect(graph.packages).toEqual(['js-cookie']);
    for (const file of graph.files) {
      expect(file).not.toMatch(/\/src\/(ui|browser|react|vue|adapters)\//);
      expect(file).not.toMatch(/\.tsx$/);
    }
  });

  test('the graph check can fail: the script-tag entry does reach UI-loading code', async () => {
    const graph = await moduleGraph(resolve(SRC, 'browser/boot.ts'));
    expect(graph.files.some((f) => /\/src\/browser\//.test(f))).toBe(true);
  });

  test('importing it loads no Preact module', async () => {
    vi.resetModules();
    await import('./index');
    expect(loaded).toEqual([]);
  });
});

describe("the checker's words (core/explain) are only for a wrong config", { timeout: 60_000 }, () => {
  // A module an entry reaches statically is up front in an esbuild app even when unused, and in any
  // app when used: the words (2 KB brotli) come through import() only, when something is wrong.
  test.each(['index.ts', 'react/index.ts', 'vue/index.ts', 'gate/index.ts', 'integrations/google.ts', 'integrations/yandex-metrica.ts'])('%s reaches them only through import()', async (entry) => {
    const eager = await moduleGraph(resolve(SRC, entry), { staticOnly: true });
    expect(eager.files.filter((f) => /\/core\/(explain|validate)\.ts$/.test(f))).toEqual([]);
  });

  // createConsent fetches the config's checker only for a config this browser has not checked
  // (readConsent, for servers, has it at once); so do the adapters, which render the server's
  // state (`initialState`) until their instance has started.
  test.each([
    ['core/create-consent.ts', false],
    ['ui/index.ts', false],
    ['gate/index.ts', false],
    ['react/index.ts', false],
    ['vue/index.ts', false],
  ])('%s has the config\'s checker up front: %s', async (entry, upFront) => {
    const eager = await moduleGraph(resolve(SRC, entry), { staticOnly: true });
    expect(eager.files.some((f) => f.endsWith('/core/config-spec.ts'))).toBe(upFront);
  });

  test('consentry/validate has them at once, for a site\'s own tests', async () => {
    const eager = await moduleGraph(resolve(SRC, 'validate.ts'), { staticOnly: true });
    expect(eager.files.some((f) => f.endsWith('/core/explain.ts'))).toBe(true);
    const { validateConfig } = await import('./validate');
    expect(validateConfig({}).issues.length).toBeGreaterThan(0);
  });
});

describe('the framework adapters are entries of their own', { timeout: 60_000 }, () => {
  test.each([
    ['react', 'react'],
    ['vue', 'vue'],
  ])('consentry/%s: up front only the core and %s; decisions (js-cookie) and the widget (Preact) only through import()', async (entry, framework) => {
    const eager = await moduleGraph(resolve(SRC, entry, 'index.ts'), { staticOnly: true });
    expect(eager.packages).toEqual([framework]);
    // The core, and the rules it checks the config's integration and gating options by.
    for (const file of eager.files) expect(file).toMatch(new RegExp(`/src/(core|storage|adapters|${entry})/|/src/(gate/gating-options|integrations/[a-z-]+-options|integrations/(consent-mode|script-url))\\.ts$`));
    const all = await moduleGraph(resolve(SRC, entry, 'index.ts'));
    expect(all.packages).toEqual(expect.arrayContaining(['preact', 'js-cookie']));
  });

  test('importing them loads no Preact module and has no side effects of their own', async () => {
    vi.resetModules();
    await Promise.all([import('react'), import('vue')]); // Vue's development build sets globals of its own
    const globalsBefore = Object.getOwnPropertyNames(globalThis).sort();
    const react = await import('./react/index');
    const vue = await import('./vue/index');
    expect(loaded).toEqual([]);
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globalsBefore);
    expect(Object.keys(react).sort()).toEqual(['ConsentGate', 'ConsentProvider', 'ConsentSettingsLink', 'useConsent']);
    expect(Object.keys(vue).sort()).toEqual(['ConsentGate', 'ConsentSettingsLink', 'consentry', 'useConsent']);
  });
});

describe('importing the npm entry in Node', { timeout: 60_000 }, () => {
  test('there is no document here, and importing has no side effects: no globals, timers, listeners or output', async () => {
    expect(typeof document).toBe('undefined');
    const globalsBefore = Object.getOwnPropertyNames(globalThis).sort();
    const spies = [
      vi.spyOn(globalThis, 'setTimeout'),
      vi.spyOn(globalThis, 'setInterval'),
      vi.spyOn(console, 'log'),
      vi.spyOn(console, 'warn'),
      vi.spyOn(console, 'error'),
      vi.spyOn(process, 'on'),
    ];
    vi.resetModules();
    const api = await import('./index');
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globalsBefore);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(Object.keys(api).sort()).toEqual(['VERSION', 'createConsent', 'memoryOutbox', 'memoryStore', 'pickText', 'readConsent', 'resolveLocale']);
  });

  test('grant, refuse, persist and record with no UI and no DOM', async () => {
    const { createConsent, memoryOutbox, memoryStore } = await import('./index');
    const { testConfig } = await import('./core/testing/config-fixture');
    const store = memoryStore();
    const outbox = memoryOutbox();
    const records: string[] = [];
    const onRecord = (r: { action: string }) => void records.push(r.action);

    // The real (Node) environment: no env given.
    const first = createConsent(testConfig(), { store, outbox, onRecord });
    expect(first.ok).toBe(true);
    await first.set({ analytics: true }); // settles once stored: decisions are a lazy chunk
    expect(first.allowed('analytics')).toBe(true);
    expect(first.allowed('marketing')).toBe(false);
    await first.flush();
    first.destroy();

    // Node keeps no checked config (no localStorage): each instance starts once its checker has run.
    const second = createConsent(testConfig(), { store, outbox, onRecord });
    expect(second.state.decided).toBe(false);
    expect(await second.ready).toBe(true);
    expect(second.state.decided).toBe(true);
    expect(second.allowed('analytics')).toBe(true);
    await second.withdraw();
    expect(second.allowed('analytics')).toBe(false);
    await second.flush();
    second.destroy();

    expect(records).toEqual(['custom', 'withdraw']);
    expect(outbox.entries).toEqual([]);
  });

  test('with no store given in Node (no cookies) it still works for the page, and says the choice is not kept', async () => {
    const { createConsent, memoryOutbox } = await import('./index');
    const { testConfig } = await import('./core/testing/config-fixture');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const consent = createConsent(testConfig(), { outbox: memoryOutbox() });
    await consent.acceptAll();
    expect(consent.allowed('analytics')).toBe(true);
    expect(warn.mock.calls.flat().join('\n')).toContain('could not be stored');
    consent.destroy();
  });
});
