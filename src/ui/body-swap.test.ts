// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { createConsent } from '../index';
import { testConfig } from '../core/testing/config-fixture';
import { optOutConfig } from '../core/testing/law-configs';
import type { ConsentryConfig } from '../core/types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { mountUi } from './index';
import { widgetDom } from './testing/widget-dom';

// A site that swaps <body> for the next page's instead of loading it (Turbo Drive, htmx's
// hx-boost, pjax, an app rendering into <body>): what a page load would draw is on the next page too.
beforeAll(widgetDom);
afterEach(() => document.body.replaceChildren());

const swap = () => document.body.replaceWith(Object.assign(document.createElement('body'), { innerHTML: '<main>the next page</main>' }));
const tick = () => new Promise((done) => setTimeout(done, 20));
const inWidget = (selector: string) => [...document.querySelectorAll('consentry-widget')].map((w) => w.shadowRoot?.querySelector<HTMLElement>(selector)).find(Boolean);
const banner = () => inWidget('[data-consentry=banner]');

async function mounted(config: ConsentryConfig = testConfig()) {
  const consent = createConsent(config, { store: memoryStore(), outbox: memoryOutbox() });
  await consent.ready;
  return { consent, ui: mountUi(consent) };
}

test('the banner, before any choice, is in the new body and still decides; decided or destroyed, it does not come back', async () => {
  const { consent, ui } = await mounted();
  await vi.waitFor(() => expect(banner()).toBeTruthy());
  swap();
  await tick();
  // Before, it went with the old body: no banner, and the floating button stayed hidden for it.
  expect(banner()?.isConnected).toBe(true);
  banner()!.querySelector<HTMLElement>('[data-action=reject]')!.click();
  await vi.waitFor(() => expect(consent.state.decided).toBe(true));
  swap();
  await tick();
  expect(document.querySelector('consentry-widget')).toBeNull();

  const again = await mounted();
  await vi.waitFor(() => expect(banner()).toBeTruthy());
  again.ui.destroy();
  swap();
  await tick();
  expect(document.querySelector('consentry-widget')).toBeNull();
  again.consent.destroy();
  ui.destroy();
  consent.destroy();
});

test('the modal layout is modal again in the new body (a dialog taken off the page leaves the top layer), with no close', async () => {
  const config = testConfig();
  config.ui = { layout: 'modal' };
  const { consent, ui } = await mounted(config);
  await vi.waitFor(() => expect(banner()).toBeTruthy());
  const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
  const closed = vi.fn();
  banner()!.addEventListener('close', closed);
  swap();
  await tick();
  expect(banner()?.isConnected).toBe(true);
  expect(showModal).toHaveBeenCalledTimes(1);
  expect([(banner() as HTMLDialogElement).open, closed.mock.calls.length]).toEqual([true, 0]);
  ui.destroy();
  consent.destroy();
});

test('the floating button is in each new body, once; removed with the widget, it does not come back', async () => {
  const config = testConfig();
  config.ui = { floatingButton: 'bottom-left' };
  const consent = createConsent(config, { store: memoryStore(), outbox: memoryOutbox() });
  await consent.ready;
  await consent.rejectAll();
  const ui = mountUi(consent);
  await vi.waitFor(() => expect(document.querySelector('consentry-reopen')).toBeTruthy());
  swap();
  await tick();
  // Before, it went with the first page's body, for the rest of the visit.
  expect(document.querySelectorAll('consentry-reopen')).toHaveLength(1);
  ui.destroy();
  swap();
  await tick();
  expect(document.querySelector('consentry-reopen')).toBeNull();
  consent.destroy();
});

test('a floating button removed before <body> is there (destroyed while the page parses) is not drawn when it comes', async () => {
  const { floatingButton } = await import('./floating-button');
  const consent = createConsent(testConfig(), { store: memoryStore(), outbox: memoryOutbox() });
  await consent.ready;
  const body = document.body;
  body.remove();
  floatingButton(consent, { floatingButton: 'bottom-right' }, () => {}).remove();
  document.documentElement.append(body);
  document.dispatchEvent(new Event('DOMContentLoaded'));
  await tick();
  expect(document.querySelector('consentry-reopen')).toBeNull();
  consent.destroy();
});

test("an opt-out site's choices link and the reload offer are on the next page too; dismissed or destroyed, not", async () => {
  const { consent, ui } = await mounted(optOutConfig());
  await vi.waitFor(() => expect(inWidget('[data-consentry=choices]')).toBeTruthy());
  ui.open('reload');
  await vi.waitFor(() => expect(inWidget('[data-consentry=reload]')).toBeTruthy());
  swap();
  await tick();
  expect([inWidget('[data-consentry=choices]')?.isConnected, inWidget('[data-consentry=reload]')?.isConnected]).toEqual([true, true]);
  inWidget('[data-consentry=reload] button')!.click(); // dismiss
  expect(inWidget('[data-consentry=reload]')).toBeUndefined();
  ui.destroy();
  swap();
  await tick();
  expect(document.querySelector('consentry-widget')).toBeNull();
  consent.destroy();
});
