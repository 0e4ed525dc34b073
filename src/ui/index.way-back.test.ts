// @vitest-environment jsdom
// @vitest-environment-options {"url": "http://localhost:5173/"}
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { createConsent } from '../index';
import { testConfig } from '../core/testing/config-fixture';
import { memoryOutbox } from '../storage/memory-store';
import { mountUi } from './index';
import { WAY_BACK_GRACE } from './launcher';
import { widgetDom } from './testing/widget-dom';

beforeAll(widgetDom);
afterEach(() => document.body.replaceChildren());

// GDPR Art. 7(3): the banner tells the visitor they can change their choice later in the cookie settings.
test("mountUi, on a developer's page (localhost): a choice in the banner on a page with no way back to the settings tells the developer what to add, in words", async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const consent = createConsent(testConfig(), { outbox: memoryOutbox() });
  await consent.ready;
  const ui = mountUi(consent);
  const accept = () => document.querySelector('consentry-widget')?.shadowRoot?.querySelector<HTMLElement>('[data-consentry=banner] [data-action=accept]');
  await vi.waitFor(() => expect(accept()).toBeTruthy());
  // The page is looked at WAY_BACK_GRACE after the choice is recorded: that time, faked.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  const recorded = new Promise((done) => consent.on('record', done));
  accept()!.click();
  await recorded;
  await vi.advanceTimersByTimeAsync(WAY_BACK_GRACE);
  vi.useRealTimers();
  await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[consentry\] .*no way there.*"floatingButton".*data-consentry-open/)));
  ui.destroy();
  consent.destroy();
});
