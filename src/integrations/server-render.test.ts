// A server render (Next, Nuxt, Astro…) creates the instance with the app's plugins where there is
// no `window`: the npm wrappers start nothing there, and say nothing, so a render never logs an
// error for a page that works. The cores assume a page: only the wrappers check for one.
import { expect, test, vi } from 'vitest';
import { gate } from '../gate/gate';
import { createConsent } from '../core/testing/create-consent';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { google } from './google';
import { siteConfig } from './testing/site';
import { yandexMetrica } from './yandex-metrica';

test('with no window, gate, google and yandexMetrica start nothing and report nothing; the instance works', async () => {
  expect(typeof window).toBe('undefined');
  const log = { error: vi.fn(), warn: vi.fn() };
  const plugins = [gate(), google({ measurementId: 'G-ABC123', containerId: 'GTM-AB12CD' }), yandexMetrica({ id: 12345678, webvisor: true })];
  const consent = createConsent(siteConfig(), { plugins, store: memoryStore(), outbox: memoryOutbox(), env: { log } });
  expect(await consent.ready).toBe(true);
  await consent.acceptAll();
  expect(consent.allowed('analytics')).toBe(true);
  consent.destroy();
  // The console's words come in a module of their own: once it is here, anything said has been written.
  await import('../core/message-words');
  await new Promise((done) => setTimeout(done, 0));
  expect(log.error).not.toHaveBeenCalled();
  expect(log.warn).not.toHaveBeenCalled();
});
