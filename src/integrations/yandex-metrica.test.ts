// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../core/testing/create-consent';
import type { Consent } from '../core/types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { siteConfig } from './testing/site';
import type { YandexMetricaOptions } from './yandex-metrica';
import { yandexMetrica } from './yandex-metrica';

type Win = Window & Record<string, unknown> & { ym?: { a?: IArguments[] } };
const win = window as unknown as Win;
let instances: Consent[] = [];

function start(options: YandexMetricaOptions = { id: 12345678, webvisor: true }, config = siteConfig({ yandex: true }), store = memoryStore()): Consent {
  const consent = createConsent(config, { plugins: [yandexMetrica(options, { source: 'config.integrations.yandexMetrica', nonce: 'n0nce' })], store, outbox: memoryOutbox() });
  instances.push(consent);
  return consent;
}

const scripts = () => Array.from(document.querySelectorAll('script'));
const inits = () => (win.ym?.a ?? []).map((a) => Array.from(a));

beforeEach(() => {
  delete win.ym;
  delete win.disableYaCounter12345678;
  delete win.yaCounter12345678;
  document.head.innerHTML = '';
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  instances.forEach((c) => c.destroy());
  instances = [];
});

describe('yandexMetrica()', () => {
  it('sets the flag when made, before any check or start, by the id as the counter knows it', () => {
    yandexMetrica({ id: '0012345678' });
    expect(win.disableYaCounter12345678).toBe(true);
  });

  it('keeps the counter disabled and tag.js unloaded until consent', () => {
    start().rejectAll();
    expect(win.disableYaCounter12345678).toBe(true);
    expect(scripts()).toEqual([]);
    expect(win.ym).toBeUndefined();
  });

  it('on consent: lifts the flag, queues init, loads tag.js once with the nonce', () => {
    const consent = start({ id: 12345678, webvisor: true, ecommerce: 'dataLayer', accurateTrackBounce: 10000 });
    consent.acceptAll();
    consent.set({ marketing: false });
    expect(win.disableYaCounter12345678).toBe(false); // lifted, and known as lifted (yandex-metrica.ts)
    expect(scripts().map((s) => [s.src, s.nonce])).toEqual([['https://mc.yandex.ru/metrika/tag.js', 'n0nce']]);
    expect(inits()).toEqual([[12345678, 'init', { clickmap: true, trackLinks: true, accurateTrackBounce: 10000, webvisor: true, ecommerce: 'dataLayer' }]]);
  });

  it('runs without Webvisor when the visitor refuses it but keeps the statistics', () => {
    start().set({ analytics: true }, { services: { 'yandex-webvisor': false } });
    expect(inits()[0]![2]).toMatchObject({ webvisor: false });
  });

  it('runs without Webvisor when the site did not enable it, even if everything is accepted', () => {
    const config = siteConfig({ yandex: true });
    config.categories.analytics!.services = ['yandex-metrica'];
    start({ id: 12345678 }, config).acceptAll();
    expect(inits()[0]![2]).toMatchObject({ webvisor: false });
  });

  it('sets the flag again on withdrawal, and lifts it on a new grant without loading tag.js twice', () => {
    const consent = start();
    consent.acceptAll();
    consent.withdraw();
    expect(win.disableYaCounter12345678).toBe(true);
    consent.set({ analytics: true });
    expect(win.disableYaCounter12345678).toBe(false); // lifted, and known as lifted (yandex-metrica.ts)
    expect(scripts()).toHaveLength(1);
    expect(inits()).toHaveLength(1);
  });

  it('never loads when no category lists yandex-metrica, and says so', () => {
    const config = siteConfig({ yandex: true });
    config.categories.analytics!.services = [];
    createConsent(config, { plugins: [yandexMetrica({ id: 12345678 }), ...[]], store: memoryStore(), outbox: memoryOutbox() });
    expect(win.disableYaCounter12345678).toBe(true);
    expect(scripts()).toEqual([]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('yandexMetrica(): counter 12345678 is set, but no category lists the "yandex-metrica" service'));
  });

  it('fails closed on invalid options and says why', async () => {
    start({ id: 'abc', webvisor: true } as unknown as YandexMetricaOptions).acceptAll();
    expect(scripts()).toEqual([]);
    await vi.dynamicImportSettled(); // the words of what is wrong
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('[consentry] config.integrations.yandexMetrica.id: got "abc"; expected a Metrica counter id'));
  });
});

// An SPA's route change (`destroy()` then `createConsent()`), a remounted React provider or Vue app: a new instance on a page that has the counter.
describe('yandexMetrica(): a second instance on the same window', () => {
  it('a returning visitor: no second tag.js and no second init while the first waits in the queue; the flag stays lifted', () => {
    const store = memoryStore();
    start(undefined, undefined, store).acceptAll();
    instances.forEach((c) => c.destroy());
    start(undefined, undefined, store);
    expect(win.disableYaCounter12345678).toBe(false); // lifted, and known as lifted (yandex-metrica.ts)
    expect(scripts()).toHaveLength(1);
    expect(inits()).toHaveLength(1);
  });

  it('nor once tag.js has taken over (its own ym, the counter as yaCounter<id>)', () => {
    const store = memoryStore();
    start(undefined, undefined, store).acceptAll();
    instances.forEach((c) => c.destroy());
    const ym = vi.fn();
    Object.assign(win, { ym, yaCounter12345678: {} });
    start(undefined, undefined, store);
    expect(ym).not.toHaveBeenCalled();
    expect(scripts()).toHaveLength(1);
  });

  it('withdrawn in the first, granted in the second: the counter counts again (flag lifted), still one init and one tag.js', () => {
    const store = memoryStore();
    const first = start(undefined, undefined, store);
    first.acceptAll();
    first.withdraw();
    first.destroy();
    expect(win.disableYaCounter12345678).toBe(true);
    start(undefined, undefined, store).acceptAll();
    expect(win.disableYaCounter12345678).toBe(false); // lifted, and known as lifted (yandex-metrica.ts)
    expect(scripts()).toHaveLength(1);
    expect(inits()).toHaveLength(1);
  });

  // A React app that writes `plugins: [yandexMetrica(…)]` in its render makes the plugin on every render (src/react/remount.test.tsx).
  it('a plugin made again while a granted counter counts leaves it counting; one whose instance then fails closed stops it', () => {
    start().acceptAll();
    yandexMetrica({ id: 12345678, webvisor: true });
    expect(win.disableYaCounter12345678).toBe(false); // before, true: the visitor's grant switched off
    const wrong = siteConfig({ yandex: true });
    delete (wrong.categories as Record<string, unknown>).necessary;
    start(undefined, wrong);
    expect(win.disableYaCounter12345678).toBe(true);
  });

  it('two counters: one tag.js, each counter made once', () => {
    const config = siteConfig({ yandex: true });
    const plugins = [yandexMetrica({ id: 12345678, webvisor: true }), yandexMetrica({ id: 87654321 })];
    instances.push(createConsent(config, { plugins, store: memoryStore(), outbox: memoryOutbox() }));
    instances[0]!.acceptAll();
    expect(scripts()).toHaveLength(1);
    expect(inits().map((a) => a[0])).toEqual([12345678, 87654321]);
    delete win.disableYaCounter87654321;
  });
});


describe('yandexMetrica(): an inert copy of tag.js in the page', () => {
  it('is not the tag: a <script type="text/plain" src=".../tag.js"> (another consent tool’s markup, or a copy gated under another category) does not keep the granted counter from loading', () => {
    const inert = document.createElement('script');
    inert.type = 'text/plain';
    inert.dataset.cookieconsent = 'statistics';
    inert.src = 'https://mc.yandex.ru/metrika/tag.js';
    document.body.append(inert);
    try {
      start().acceptAll();
      expect(scripts().filter((s) => s.type !== 'text/plain').map((s) => s.src)).toEqual(['https://mc.yandex.ru/metrika/tag.js']);
    } finally {
      inert.remove();
    }
  });
});
