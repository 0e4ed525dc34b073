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

function start(options: YandexMetricaOptions = { id: 12345678, webvisor: true }, config = siteConfig({ yandex: true })): Consent {
  const consent = createConsent(config, { plugins: [yandexMetrica(options, { source: 'config.integrations.yandexMetrica', nonce: 'n0nce' })], store: memoryStore(), outbox: memoryOutbox() });
  instances.push(consent);
  return consent;
}

const scripts = () => Array.from(document.querySelectorAll('script'));
const inits = () => (win.ym?.a ?? []).map((a) => Array.from(a));

beforeEach(() => {
  delete win.ym;
  delete win.disableYaCounter12345678;
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
    expect('disableYaCounter12345678' in win).toBe(false);
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
    expect('disableYaCounter12345678' in win).toBe(false);
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
