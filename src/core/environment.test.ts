// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test:8443/checkout/step-2?coupon=SECRET#pay"}
import { expect, test, vi } from 'vitest';
import { createConsent } from './testing/create-consent';
import { browserEnvironment } from './environment';
import { testConfig } from './testing/config-fixture';
import type { ConsentRecord } from './types';
import { memoryOutbox } from '../storage/memory-store';

test('the page origin has no path, query or fragment; https is secure', () => {
  const env = browserEnvironment();
  expect(env.origin).toBe('https://shop.test:8443');
  expect(env.secure).toBe(true);
  expect(env.gpc).toBe(false);
});

test('<html lang> and the browser languages', () => {
  document.documentElement.setAttribute('lang', 'ru');
  expect(browserEnvironment().documentLang()).toBe('ru');
  document.documentElement.removeAttribute('lang');
  expect(browserEnvironment().documentLang()).toBeNull();
  expect(browserEnvironment().browserLanguages().length).toBeGreaterThan(0);
});

test('listen() subscribes to window events and document visibilitychange, and unsubscribes', () => {
  const env = browserEnvironment();
  const online = vi.fn();
  const visible = vi.fn();
  const offOnline = env.listen('online', online);
  const offVisible = env.listen('visibilitychange', visible);
  window.dispatchEvent(new Event('online'));
  document.dispatchEvent(new Event('visibilitychange'));
  offOnline();
  offVisible();
  window.dispatchEvent(new Event('online'));
  document.dispatchEvent(new Event('visibilitychange'));
  expect(online).toHaveBeenCalledTimes(1);
  expect(visible).toHaveBeenCalledTimes(1);
});

test('randomBytes uses the platform CSPRNG', () => {
  const bytes = browserEnvironment().randomBytes(16);
  expect(bytes).toHaveLength(16);
  expect(bytes.some((b) => b !== 0)).toBe(true);
});

test('a real page: the record has the origin only, an absolute policy URL, and the cookie is Secure-capable', () => {
  const records: ConsentRecord[] = [];
  const consent = createConsent(testConfig(), { outbox: memoryOutbox(), onRecord: (r) => void records.push(r) });
  consent.acceptAll();
  expect(records[0]!.origin).toBe('https://shop.test:8443');
  expect(records[0]!.policy.url).toBe('https://shop.test:8443/privacy');
  expect(JSON.stringify(records[0])).not.toContain('SECRET');
  expect(JSON.stringify(records[0])).not.toContain('checkout');
  expect(document.cookie).toMatch(/(^|; )consentry=2~/);
  consent.destroy();
});
