// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';
import { testConfig } from '../core/testing/config-fixture';


it('in a frame sandboxed without allow-same-origin (document.cookie throws): fails closed, the page keeps working', async () => {
  document.body.innerHTML = '<script type="application/json" id="consentry-config">{"policy":{},"integrations":{"yandexMetrica":{"id":123}}}</script>';
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get() {
      throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
    },
  });
  const ready = vi.fn();
  window.addEventListener('consentry:ready', ready);
  await import('./boot'); // throws to the page without the guard
  expect(window.consentry?.ok).toBe(false);
  expect((window as unknown as Record<string, unknown>).disableYaCounter123).toBe(true); // a counter the site added stays off
  expect(ready).toHaveBeenCalledTimes(1);
  expect(document.querySelector('script[src*="core"]')).toBeNull(); // nothing optional is fetched
});

it('a config that is JSON null: fails closed saying what is wrong, as createConsent(null) does', async () => {
  vi.doMock('./part-loader', async () => (await import('./testing/page')).fakePartLoader);
  const { bootPage, freshBrowser, settle } = await import('./testing/page');
  delete (document as { cookie?: string }).cookie; // the sandboxed frame's above: back to jsdom's
  freshBrowser();
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { consent, readies } = await bootPage('null');
  await settle();
  expect([consent.ok, await consent.ready, readies.length]).toEqual([false, false, 1]);
  expect(consent.issues).toEqual([{ path: 'config', value: 'null', expected: 'an object' }]);
  expect(error.mock.calls.map(String)).toEqual([expect.stringContaining('config: got null; expected an object')]);
});

it("a first visit whose page calls the API at once while the core cannot load: the banner's file still checks the config and shows the banner, as when the call comes later", async () => {
  vi.doMock('./part-loader', async () => (await import('./testing/page')).fakePartLoader);
  const { bootPage, chunks, freshBrowser, settle } = await import('./testing/page');
  const { widgetDom } = await import('../ui/testing/widget-dom');
  widgetDom();
  freshBrowser();
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const first = chunks.hold('first');
  const core = chunks.hold('core');
  const { consent, readies } = await bootPage(testConfig({ language: { default: 'en', available: ['en', 'ru'] } }));
  consent.setLocale('ru'); // fetches the core
  core.fail();
  await settle();
  first.open();
  await settle();
  expect([consent.ok, await consent.ready, readies.length, consent.issues]).toEqual([true, true, 1, []]);
  expect(document.querySelector('consentry-widget')).not.toBeNull();
  expect(error.mock.calls.map(String)).toEqual([expect.stringContaining('could not load')]);
});

it('a first visit on a site that swaps <body> for the next page’s (Turbo Drive, hx-boost): the banner is in the new body, and nothing more is fetched for it', async () => {
  vi.doMock('./part-loader', async () => (await import('./testing/page')).fakePartLoader);
  const { bootPage, chunks, freshBrowser, settle } = await import('./testing/page');
  const { widgetDom } = await import('../ui/testing/widget-dom');
  widgetDom();
  freshBrowser();
  window.consentry?.destroy(); // an earlier test's banner would come back into this page's body
  const { consent } = await bootPage(testConfig());
  await settle();
  const banner = () => document.querySelector('consentry-widget')?.shadowRoot?.querySelector('[data-consentry=banner]');
  expect(banner()).toBeTruthy();
  const asked = [...chunks.asked];
  document.body.replaceWith(Object.assign(document.createElement('body'), { innerHTML: '<main>the next page</main>' }));
  await settle();
  // Before, it went with the first page's body: no way to choose on any later page of the visit but a site's own links.
  expect(banner()?.isConnected).toBe(true);
  expect(chunks.asked).toEqual(asked);
  consent.destroy();
});

it('the blocking layout closed by the browser while a choice is held, then the body swapped: back in the new body, not modal (the page stays usable), and the choice is still made', async () => {
  vi.doMock('./part-loader', async () => (await import('./testing/page')).fakePartLoader);
  const { bootPage, chunks, freshBrowser, settle } = await import('./testing/page');
  const { widgetDom } = await import('../ui/testing/widget-dom');
  widgetDom();
  freshBrowser();
  window.consentry?.destroy();
  const { consent } = await bootPage(testConfig({ ui: { layout: 'modal' } }));
  await settle();
  const banner = () => document.querySelector('consentry-widget')?.shadowRoot?.querySelector<HTMLDialogElement>('[data-consentry=banner]');
  const decide = chunks.hold('decide');
  banner()!.querySelector<HTMLElement>('[data-action=reject]')!.click(); // held: the decisions are on their way
  await settle();
  banner()!.open = false; // the browser closes it (a second Escape)
  banner()!.dispatchEvent(new Event('close'));
  const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
  document.body.replaceWith(Object.assign(document.createElement('body'), { innerHTML: '<main>the next page</main>' }));
  await settle();
  expect([banner()?.isConnected, banner()?.open, showModal.mock.calls.length]).toEqual([true, false, 0]);
  decide.open();
  await settle();
  expect(consent.state.decided).toBe(true);
  expect(banner()).toBeFalsy();
});

it("a text override the banner drops for its placeholders: the console says so as `consentry check` does (key, value, expected), its words from the messages chunk, fetched only then", async () => {
  vi.doMock('./part-loader', async () => (await import('./testing/page')).fakePartLoader);
  const { bootPage, chunks, freshBrowser, settle } = await import('./testing/page');
  const { widgetDom } = await import('../ui/testing/widget-dom');
  const { validateConfig } = await import('../validate');
  widgetDom();
  freshBrowser();
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const good = testConfig({ ui: { texts: { en: { acceptAll: 'OK, all' } } } });
  await bootPage(good);
  await settle();
  expect(document.querySelector('consentry-widget')).not.toBeNull();
  expect([warn.mock.calls, chunks.asked.includes('messages')]).toEqual([[], false]);

  freshBrowser();
  const config = testConfig({ ui: { texts: { en: { minimumAge: 'Only {years}+.', acceptAll: 'OK, all' } } } });
  config.policy.minimumAge = 16; // the line with {age} is drawn
  await bootPage(config);
  await settle();
  const [said] = validateConfig(config).warnings;
  expect(warn.mock.calls).toEqual([[`[consentry] config.${said!.path}: got ${said!.value}; expected ${said!.expected}`]]);
  expect(said!.path).toBe('ui.texts.en.minimumAge');
});
