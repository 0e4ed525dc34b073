// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { App } from 'vue';
import { nextTick } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { testApp } from './testing/app';
import { encodeChoice } from '../core/choice-format';
import { testConfig } from '../core/testing/config-fixture';
import type { ConsentOptions } from '../core/types';
import type { ConsentSetup } from './index';
import { memoryOutbox } from '../storage/memory-store';

const mounted = vi.hoisted(() => ({ count: 0, shown: 0 }));
vi.mock('../ui/index', () => ({
  mountUi: (consent: { on(e: 'show', fn: () => void): () => void }) => {
    mounted.count++;
    const off = consent.on('show', () => void mounted.shown++);
    return { open() {}, destroy: off };
  },
}));

const granting = () =>
  encodeChoice({ consentId: 'AbCdEfGhIjKlMnOpQrStUv', revision: '2026-01', createdAt: Date.now() - 1000, updatedAt: Date.now() - 1000, sequence: 1, gpcOverride: false, categories: { analytics: true, marketing: true }, services: {} });

let app: App | undefined;
let container: HTMLElement;
let problems: unknown[];

beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  problems = [];
  // Vue reports a hydration mismatch with console.warn ("[Vue warn]: Hydration … mismatch") and console.error.
  vi.spyOn(console, 'warn').mockImplementation((...args) => void problems.push(args));
  vi.spyOn(console, 'error').mockImplementation((...args) => void problems.push(args));
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  container.remove();
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

/** The server's HTML, hydrated in this page by the same app, as a framework would. */
async function hydrate(server: ConsentSetup, browser: ConsentSetup = server): Promise<string> {
  container.innerHTML = await renderToString(testApp(server));
  const serverHtml = container.innerHTML;
  app = testApp(browser);
  app.mount(container);
  await nextTick();
  return serverHtml;
}

const text = (selector: string) => container.querySelector(selector)?.textContent ?? null;
const options = (): ConsentOptions => ({ outbox: memoryOutbox() });
const click = async (selector: string) => {
  container.querySelector<HTMLButtonElement>(selector)!.click();
  await nextTick();
};

describe('consentry/vue hydrating server HTML (jsdom)', () => {
  test('rendered with the visitor’s cookie, hydrated with it: no mismatch, nothing changes', async () => {
    document.cookie = `consentry=${granting()}; path=/`;
    const serverHtml = await hydrate({ config: testConfig(), cookie: document.cookie, options: options(), ui: false });
    expect(problems).toEqual([]);
    expect(serverHtml).toContain('Statistics are on.');
    expect(container.innerHTML).toBe(serverHtml);
  });

  test('rendered without the cookie, the browser has one: no mismatch, then the real state without a reload', async () => {
    document.cookie = `consentry=${granting()}; path=/`;
    const serverHtml = await hydrate({ config: testConfig(), options: options(), ui: false });
    expect(serverHtml).toContain('Statistics are off.');
    expect(problems).toEqual([]);
    expect(text('#status')).toBe('decided, statistics on');
    expect(container.querySelector('#ad')).not.toBeNull();
  });

  test('a decision shows the gated content at once, a withdrawal hides it', async () => {
    const records: string[] = [];
    await hydrate({ config: testConfig(), options: { ...options(), onRecord: (r) => void records.push(r.action) }, ui: false });
    expect(text('#status')).toBe('not decided, statistics off');
    await click('#allow-ads');
    expect(text('#status')).toBe('decided, statistics on');
    expect(container.querySelector('#ad')).not.toBeNull();
    expect(document.cookie).toMatch(/consentry=2~/);
    await click('#withdraw');
    expect(text('#stats-off')).toBe('Statistics are off.');
    expect(container.querySelector('#ad')).toBeNull();
    expect(records).toEqual(['accept_all', 'withdraw']);
    expect(problems).toEqual([]);
  });

  test('the widget is loaded after mounting, once; the settings link asks it for the preferences; unmount stops it', async () => {
    Object.assign(mounted, { count: 0, shown: 0 });
    await hydrate({ config: testConfig(), options: options() });
    await vi.waitFor(() => expect(mounted.count).toBe(1));
    await click('#settings');
    await vi.waitFor(() => expect(mounted.shown).toBe(1));
    app!.unmount();
    app = undefined;
    expect(problems).toEqual([]);
  });

  test('the check can fail: hydrating with another state than the server rendered is reported', async () => {
    await hydrate({ config: testConfig(), options: options(), ui: false }, { config: testConfig(), cookie: `consentry=${granting()}`, options: options(), ui: false });
    expect(JSON.stringify(problems)).toMatch(/Hydration/);
  });
});
