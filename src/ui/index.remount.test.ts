// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { createConsent } from '../index';
import { testConfig } from '../core/testing/config-fixture';
import { optOutConfig } from '../core/testing/law-configs';
import { memoryOutbox } from '../storage/memory-store';
import { mountUi } from './index';
import { widgetDom } from './testing/widget-dom';

beforeAll(widgetDom);
afterEach(() => document.body.replaceChildren());

const banner = () => document.querySelector('consentry-widget')?.shadowRoot?.querySelector('[data-consentry=banner]');

async function started(config = testConfig()) {
  const consent = createConsent(config, { outbox: memoryOutbox() });
  await consent.ready;
  return consent;
}

test('a widget destroyed while its banner is up leaves nothing behind, and the next mountUi shows the banner again (an app unmounted and mounted again)', async () => {
  const first = await started();
  const ui = mountUi(first);
  await vi.waitFor(() => expect(banner()).toBeTruthy());
  ui.destroy();
  first.destroy();
  expect(document.querySelector('consentry-widget')).toBeNull();
  // The banner's page spacing and first-Tab handler went with it: a Tab from the top is the page's.
  expect(document.adoptedStyleSheets).toEqual([]);
  const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
  document.dispatchEvent(tab);
  expect(tab.defaultPrevented).toBe(false);

  const again = await started();
  const next = mountUi(again);
  await vi.waitFor(() => expect(banner()).toBeTruthy());
  next.destroy();
  again.destroy();
});

test('destroyed with the banner and the settings both open, neither stays on the page (each has its own <consentry-widget>)', async () => {
  const consent = await started();
  const ui = mountUi(consent);
  await vi.waitFor(() => expect(banner()).toBeTruthy());
  ui.open('preferences');
  await vi.waitFor(() => expect(document.querySelectorAll('consentry-widget')).toHaveLength(2));
  ui.destroy();
  consent.destroy();
  expect(document.querySelectorAll('consentry-widget')).toHaveLength(0);
});

test('an opt-out site’s choices link, and the reload offer’s page spacing, go with the widget; the next mountUi draws the link again', async () => {
  const link = () => document.querySelector('consentry-widget')?.shadowRoot?.querySelector('[data-consentry=choices]');
  const first = await started(optOutConfig());
  const ui = mountUi(first);
  await vi.waitFor(() => expect(link()).toBeTruthy());
  ui.open('reload');
  await vi.waitFor(() => expect(document.querySelector('consentry-widget')?.shadowRoot?.querySelector('[data-consentry=reload]')).toBeTruthy());
  ui.destroy();
  first.destroy();
  expect(document.adoptedStyleSheets).toEqual([]);

  const again = await started(optOutConfig());
  const next = mountUi(again);
  await vi.waitFor(() => expect(link()).toBeTruthy());
  next.destroy();
  again.destroy();
});

test('the language switched while the settings are on their way: the dialog opens in the new language, not in words of the one left', async () => {
  const config = testConfig();
  config.language = { default: 'en', available: ['en', 'ru'] };
  const consent = await started(config);
  const ui = mountUi(consent, { open: 'none' });
  ui.open('preferences');
  consent.setLocale('ru'); // before its parts have come
  const dialog = () => [...document.querySelectorAll('consentry-widget')].map((w) => w.shadowRoot?.querySelector('dialog.prefs')).find(Boolean);
  await vi.waitFor(() => expect(dialog()).toBeTruthy());
  expect(dialog()!.closest('.root')!.getAttribute('lang')).toBe('ru');
  expect(dialog()!.textContent).toMatch(/[а-я]/i);
  expect(dialog()!.textContent).not.toMatch(/Privacy settings|Reject all/);
  ui.destroy();
  consent.destroy();
});
