// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
// The README's Vue component, run as written (taken from README.md, so the two cannot drift),
// rendered on the server the way its "Server rendering" section says:
// `createSSRApp(App).use(consentry, { config, initialState })`. A returning visitor who allowed
// statistics must not get a page view sent from the server: sendPageview() is browser code
// (gtag, ym, window), and on the server it is a crash or a hit that no browser made.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as vue from 'vue';
import { compileScript, parse } from 'vue/compiler-sfc';
import * as serverRenderer from 'vue/server-renderer';
import { renderToString } from 'vue/server-renderer';
import * as adapter from './index';
import { storedChoice, untouchableStore } from '../adapters/testing/choices';
import { readConsent } from '../core/read-consent';
import { testConfig } from '../core/testing/config-fixture';

// A path, not a URL: under jsdom `URL` is jsdom's, which node:fs does not take.
const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');

/** The ```vue block under "## Vue", compiled as a bundler would for the server or the browser, with `sendPageview` given. */
function readmeComponent(sendPageview: () => void, ssr: boolean): vue.Component {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Vue\n')) ?? '';
  const source = /```vue\n([\s\S]*?)```/.exec(section)?.[1];
  if (!source) throw new Error('README.md has no vue block under "## Vue"');
  const { descriptor } = parse(source, { filename: 'App.vue' });
  const script = compileScript(descriptor, { id: 'readme', inlineTemplate: true, templateOptions: { ssr } });
  const js = ts.transpileModule(script.content, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const modules: Record<string, unknown> = { vue, 'consentry/vue': adapter, 'vue/server-renderer': serverRenderer };
  const require = (id: string) => {
    if (!(id in modules)) throw new Error(`the README's component imports ${id}`);
    return modules[id];
  };
  const exports: { default?: vue.Component } = {};
  new Function('require', 'exports', 'sendPageview', js)(require, exports, sendPageview);
  return exports.default!;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe("README's Vue component with server rendering (README, \"Server rendering\")", () => {
  test('a visitor who allowed statistics: no page view from the server; one from the browser, once the page has hydrated', async () => {
    const config = testConfig();
    const cookie = `consentry=${storedChoice({ analytics: true, marketing: false })}`;
    const initialState = readConsent(cookie, config);
    expect(initialState.categories.analytics).toBe(true);

    const onServer = vi.fn();
    const html = await renderToString(vue.createSSRApp(readmeComponent(onServer, true)).use(adapter.consentry, { config, initialState, options: { store: untouchableStore() } }));
    expect(html).toContain('Cookie settings');
    expect(onServer).not.toHaveBeenCalled();

    document.cookie = cookie;
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    const inBrowser = vi.fn();
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const app = vue.createSSRApp(readmeComponent(inBrowser, false)).use(adapter.consentry, { config, initialState, ui: false });
    app.mount(container);
    await vi.waitFor(() => expect(inBrowser).toHaveBeenCalledTimes(1));
    expect(warnings).not.toHaveBeenCalled(); // no hydration mismatch
    app.unmount();
  });
});
