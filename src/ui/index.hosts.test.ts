// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { createConsent } from '../index';
import { testConfig } from '../core/testing/config-fixture';
import { optOutConfig } from '../core/testing/law-configs';
import type { ConsentryConfig } from '../core/types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { mountUi } from './index';
import { dialogClosesLater, widgetDom } from './testing/widget-dom';

// A view gone leaves no empty <consentry-widget> behind: before, the banner's stayed after a
// choice and the settings added a second one (untidy for a site's DOM and its `consentry-widget + *`).
// jsdom lacks what the widget uses and a <dialog>'s close() (widget-dom.ts).
beforeAll(() => {
  widgetDom();
  dialogClosesLater();
});
// jsdom lays nothing out; focus goes back only to an opener that is on screen.
beforeEach(() => void vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList));
afterEach(() => document.body.replaceChildren());

const hosts = () => [...document.querySelectorAll('consentry-widget')];
const inWidget = (selector: string) => hosts().map((w) => w.shadowRoot?.querySelector<HTMLElement>(selector)).find(Boolean);
const banner = () => inWidget('[data-consentry=banner]');
const dialog = () => inWidget('dialog.prefs');

async function mounted(config: ConsentryConfig = testConfig(), open?: 'none') {
  const consent = createConsent(config, { store: memoryStore(), outbox: memoryOutbox() });
  await consent.ready;
  return { consent, ui: mountUi(consent, { open }) };
}

test('the banner answered takes its host away, and its page spacing; the settings opened three times and closed leave none, focus back on the opener', async () => {
  const { consent, ui } = await mounted();
  await vi.waitFor(() => expect(banner()).toBeTruthy());
  banner()!.querySelector<HTMLElement>('[data-action=reject]')!.click();
  await vi.waitFor(() => expect(consent.state.decided).toBe(true));
  await vi.waitFor(() => expect(hosts()).toHaveLength(0));
  expect(document.adoptedStyleSheets).toEqual([]);

  const opener = document.body.appendChild(document.createElement('a'));
  opener.href = '#';
  for (let i = 0; i < 3; i++) {
    opener.focus();
    ui.open('preferences', opener);
    await vi.waitFor(() => expect(dialog()).toBeTruthy());
    expect(hosts()).toHaveLength(1);
    // Styled as the first one was: the stylesheet is adopted by each new host.
    expect(hosts()[0]!.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
    dialog()!.querySelector<HTMLButtonElement>('.head button.icon')!.click();
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(opener);
  }
  ui.destroy();
  consent.destroy();
});

test('the reload offer dismissed takes its host away; an opt-out site’s choices link keeps its own', async () => {
  const { consent, ui } = await mounted(testConfig(), 'none');
  ui.open('reload');
  await vi.waitFor(() => expect(inWidget('[data-consentry=reload]')).toBeTruthy());
  inWidget('[data-consentry=reload] .s')!.click();
  expect(hosts()).toHaveLength(0);
  expect(document.adoptedStyleSheets).toEqual([]);
  ui.destroy();
  consent.destroy();

  const optOut = await mounted(optOutConfig());
  await vi.waitFor(() => expect(inWidget('[data-consentry=choices]')).toBeTruthy());
  optOut.ui.open('reload');
  await vi.waitFor(() => expect(inWidget('[data-consentry=reload]')).toBeTruthy());
  inWidget('[data-consentry=reload] .s')!.click();
  expect(hosts()).toHaveLength(1);
  expect(inWidget('[data-consentry=choices]')?.isConnected).toBe(true);
  optOut.ui.destroy();
  optOut.consent.destroy();
});
