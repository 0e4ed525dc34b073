// @vitest-environment jsdom
import { beforeAll, beforeEach, expect, it, onTestFinished, vi } from 'vitest';
import { testConfig } from '../core/testing/config-fixture';
import { LOCALE_EVENT } from '../core/locale-event';
import { WAY_BACK_GRACE } from '../ui/launcher';
import { widgetDom } from '../ui/testing/widget-dom';
import { bootPage, chunks, freshBrowser, settle } from './testing/page';

vi.mock('./part-loader', async () => (await import('./testing/page')).fakePartLoader);

beforeAll(widgetDom);
beforeEach(freshBrowser);

const invalid = () => ({ ...testConfig(), categories: 'none' }) as never;

// A first visit's file checks the config; the core, fetched at once for a call of the page's,
// starts from what that check found instead of checking it a second time.
for (const order of ['the core first', 'the check first'] as const) {
  it(`a first visit with an invalid config and a call at once (${order}): one consentry:ready, one console error, closed`, async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const core = chunks.hold('core');
    const first = chunks.hold('first');
    const { consent, readies } = await bootPage(invalid());
    void consent.acceptAll();
    (order === 'the core first' ? core : first).open();
    await settle();
    (order === 'the core first' ? first : core).open();
    await settle();
    expect([readies.length, errors.mock.calls.length, consent.ok, await consent.ready, consent.issues.length]).toEqual([1, 1, false, false, 1]);
  });
}

it("a first visit whose banner file failed while the core was on its way: closed, and the core draws no banner for an instance the page cannot reach", async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const first = chunks.hold('first');
  const core = chunks.hold('core');
  const { consent, readies } = await bootPage(testConfig());
  consent.showPreferences();
  first.fail();
  await settle();
  chunks.gates.delete('first'); // a second try would find it
  core.open();
  await settle();
  expect([readies.length, consent.ok, await consent.ready]).toEqual([1, false, false]);
  expect(document.querySelector('consentry-widget')).toBeNull();
  expect(document.cookie).toBe('');
});

it('a first visit whose page asks for the settings at once, the core before the banner file: one check, the instance starts from it', async () => {
  const core = chunks.hold('core');
  const first = chunks.hold('first');
  const { consent, readies } = await bootPage(testConfig());
  consent.showPreferences();
  core.open();
  await settle();
  first.open();
  await settle();
  expect([readies.length, consent.ok, await consent.ready, consent.config?.cookie.name]).toEqual([1, true, true, 'consentry']);
  expect(chunks.asked.filter((part) => part === 'validate')).toHaveLength(1);
  await consent.acceptAll();
  expect(consent.allowed('analytics')).toBe(true);
});

it("a first visit: a change listener added once ready hears no change when the core comes (the visitor reaches for the banner), as with createConsent; a decision, once", async () => {
  const { consent } = await bootPage(testConfig());
  expect(await consent.ready).toBe(true);
  await settle();
  const before = consent.state;
  const heard = vi.fn();
  consent.on('change', heard);
  consent.showPreferences(); // fetches the core, as a pointer on the banner does
  await settle();
  expect(chunks.asked).toContain('core');
  expect(heard).not.toHaveBeenCalled();
  expect(consent.state).toEqual(before);
  await consent.acceptAll();
  expect(heard).toHaveBeenCalledTimes(1);
  expect(heard.mock.calls[0]![0]).toMatchObject({ previous: before, action: 'accept_all' });
});

it("a first visit: another tab's choice, made before the core came, is read by the instance and heard once", async () => {
  const other = await bootPage(testConfig());
  await settle();
  await other.consent.set({ analytics: true });
  const cookie = document.cookie;
  other.consent.destroy();
  other.done();
  freshBrowser();
  const { consent } = await bootPage(testConfig());
  await settle();
  const heard = vi.fn();
  consent.on('change', heard);
  document.cookie = `${cookie}; path=/`; // the other tab decides
  window.dispatchEvent(new Event('focus')); // this one looks: the core comes to read it
  await settle();
  expect(chunks.asked).toContain('core');
  expect([consent.state.decided, consent.allowed('analytics'), consent.allowed('marketing')]).toEqual([true, true, false]);
  expect(heard).toHaveBeenCalledTimes(1);
  expect(heard.mock.calls[0]![0]).toMatchObject({ previous: { decided: false }, state: { decided: true }, action: null });
});

it('a first visit destroyed while its config is checked: a call the page made before settles', async () => {
  const first = chunks.hold('first');
  const { consent } = await bootPage(testConfig());
  let settled = false;
  void consent.acceptAll().then(() => (settled = true));
  await settle();
  consent.destroy();
  first.open();
  await settle();
  expect([settled, await consent.ready, document.cookie]).toEqual([true, false, '']);
});

it("a returning visit after a service was added to a granted category: the kept plan is for another config text, so the core comes, asks again and grants nothing until then", async () => {
  const first = await bootPage(testConfig());
  await settle();
  await first.consent.set({ analytics: true });
  await settle();
  first.consent.destroy();
  first.done();
  // The same config: the boot file applies the plan alone.
  chunks.asked.length = 0;
  const same = await bootPage(testConfig());
  await settle();
  expect([chunks.asked.includes('core'), same.consent.state.decided, same.consent.allowed('analytics')]).toEqual([false, true, true]);
  same.consent.destroy();
  same.done();
  chunks.asked.length = 0;
  const config = testConfig();
  config.services!['other-stats'] = { title: 'Other stats', provider: 'Other Co', purpose: 'Counts visits', country: 'US' };
  config.categories.analytics!.services = ['stats-tool', 'other-stats'];
  const { consent } = await bootPage(config);
  await settle();
  expect(chunks.asked).toContain('core');
  expect(consent.state).toMatchObject({ decided: false, categories: { analytics: false, marketing: false }, services: { 'stats-tool': false, 'other-stats': false } });
  expect(document.querySelector('consentry-widget')?.shadowRoot?.querySelector('[data-consentry=banner]')).not.toBeNull();
  await consent.set({ analytics: true });
  expect(consent.state).toMatchObject({ decided: true, services: { 'stats-tool': true, 'other-stats': true } });
});

it('a returning visit on a page restored from Turbo’s cache (an empty copy of the floating button’s host before the live one): the floating button that fetched the core is the settings’ opener', async () => {
  const config = testConfig({ ui: { floatingButton: 'bottom-right' } });
  const first = await bootPage(config);
  await settle();
  await first.consent.set({ analytics: true });
  await settle();
  first.done();
  chunks.asked.length = 0;
  const { consent, done } = await bootPage(config);
  await settle();
  expect(chunks.asked).not.toContain('core'); // the plan, applied by the boot file alone
  document.body.prepend(document.createElement('consentry-reopen')); // the copy's: a shadow root is not cloned
  const live = () => [...document.querySelectorAll('consentry-reopen')].find((host) => host.shadowRoot)!;
  const focused: Element[] = [];
  const focus = vi.spyOn(HTMLElement.prototype, 'focus').mockImplementation(function (this: HTMLElement) {
    focused.push(this);
  });
  live().shadowRoot!.querySelector('button')!.click();
  await settle();
  focus.mockRestore();
  // Before, the empty copy was taken for the floating button: nothing was focused for the settings,
  // which took the page's focus (<body>) for their opener and gave it back there, not to the button.
  expect(focused[0]).toBe(live().shadowRoot!.querySelector('button'));
  consent.destroy();
  await settle();
  done();
});

it("a language offered that the widget has no texts in (language.force 'fr', no ui.texts.fr): the banner before the core, the record and the next page's plan all say English, as shown", async () => {
  const config = testConfig({ language: { default: 'en', available: ['en', 'fr'], force: 'fr' } });
  const first = await bootPage(config);
  await settle();
  expect(chunks.asked).not.toContain('core');
  const banner = document.querySelector('consentry-widget')!.shadowRoot!.querySelector('[data-consentry=banner]')!;
  expect((banner.closest('[lang]') as HTMLElement).lang).toBe('en');
  // Before, "fr" here and in the record, beside an English banner.
  expect(first.consent.locale).toBe('en');
  const locales: string[] = [];
  first.consent.on('record', (record) => void locales.push(record.locale));
  await first.consent.acceptAll();
  await settle();
  expect([first.consent.locale, locales]).toEqual(['en', ['en']]);
  first.consent.destroy();
  first.done();
  // The next page: the boot file alone, from the plan kept.
  chunks.asked.length = 0;
  const next = await bootPage(config);
  await settle();
  expect([chunks.asked.includes('core'), next.consent.state.decided, next.consent.locale]).toEqual([false, true, 'en']);
  next.done();
});

it("a returning visit whose page switches its language (window.consentry.setLocale): the core comes for it, and the views on screen are told when it changed, not when it did not", async () => {
  const config = testConfig({ language: { default: 'en', available: ['en', 'ru'] } });
  const first = await bootPage(config);
  await first.consent.acceptAll();
  await settle();
  first.consent.destroy();
  first.done();
  chunks.asked.length = 0;
  const told = vi.fn();
  window.addEventListener(LOCALE_EVENT, told);
  const next = await bootPage(config);
  await settle();
  expect(chunks.asked).not.toContain('core');
  next.consent.setLocale('ru');
  await settle();
  expect([chunks.asked.includes('core'), next.consent.locale, told.mock.calls.length]).toEqual([true, 'ru', 1]);
  next.consent.setLocale('ru-RU'); // the same language: nothing to redraw
  next.consent.setLocale('en');
  expect([next.consent.locale, told.mock.calls.length]).toEqual(['en', 2]);
  window.removeEventListener(LOCALE_EVENT, told);
  next.done();
});

it("a returning visit on a clock set back: within a day of the choice, the kept plan runs; further back, the core decides (it reads such a choice as forged)", async () => {
  const first = await bootPage(testConfig());
  await first.consent.acceptAll();
  await settle();
  first.consent.destroy();
  first.done();
  const now = Date.now();
  for (const [back, fetched] of [[12 * 36e5, false], [50 * 36e5, true]] as const) {
    chunks.asked.length = 0;
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now - back);
    const next = await bootPage(testConfig());
    expect(chunks.asked.includes('core')).toBe(fetched);
    clock.mockRestore();
    next.consent.destroy();
    await settle();
    next.done();
  }
});

// A record a firewall refuses alone (outbox.ts) waits hours between tries: the boot file does not
// fetch the core for it (records-due.ts), nor the core, started for something else, the decisions.
for (const [waiting, fetched] of [
  ['a record refused alone, not due yet', false],
  ['a record refused alone and due', true],
  ['a record that failed PAGE_LOAD_RETRIES times, not due yet (its retry is timed on this page)', true],
] as const) {
  it(`a returning visit on a page whose config changed (the core starts), ${waiting} waiting: the decisions ${fetched ? 'come to send it' : 'are not fetched'}`, async () => {
    window.consentryOptions = { onRecord: () => true };
    onTestFinished(() => void delete window.consentryOptions);
    const first = await bootPage(testConfig());
    await first.consent.acceptAll();
    await settle();
    first.consent.destroy();
    first.done();
    const refusedAlone = waiting.includes('refused alone') ? ['callback'] : undefined;
    const record = { recordId: 'waiting-1', consentId: 'CcCcCcCcCcCcCcCcCcCcCc', sequence: 1, timestamp: new Date().toISOString() };
    localStorage.setItem('consentry.outbox.waiting-1', JSON.stringify({ record, pending: ['callback'], attempts: 5, nextAttemptAt: waiting.includes('and due') ? 0 : Date.now() + 3_600_000, refusedAlone }));
    chunks.asked.length = 0;
    const { consent, done } = await bootPage(testConfig({ ui: { floatingButton: 'bottom-right' } }));
    await settle();
    // Before, any record waiting fetched them.
    expect([chunks.asked.includes('core'), consent.state.decided, chunks.asked.includes('decisions')]).toEqual([true, true, fetched]);
    if (!fetched) {
      // Back online (or the page's flush()): the outbox tries every record, this one too.
      window.dispatchEvent(new Event('online'));
      await settle();
      expect(chunks.asked).toContain('decisions');
    }
    consent.destroy();
    await settle();
    done();
  });
}

it('a returning visit with an unreadable outbox entry: the core fetches the decisions, whose outbox drops it, saying so', async () => {
  window.consentryOptions = { onRecord: () => true };
  onTestFinished(() => void delete window.consentryOptions);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const first = await bootPage(testConfig());
  await first.consent.acceptAll();
  await settle();
  first.consent.destroy();
  first.done();
  localStorage.setItem('consentry.outbox.bad', '{"record":');
  chunks.asked.length = 0;
  const { consent, done } = await bootPage(testConfig());
  await settle();
  expect(chunks.asked).toContain('decisions');
  expect(localStorage.getItem('consentry.outbox.bad')).toBeNull();
  expect(warn.mock.calls.some((call) => String(call[0]).includes('unreadable'))).toBe(true);
  consent.destroy();
  await settle();
  done();
});

// GDPR Art. 7(3): the banner says the choice can be changed later in the cookie settings.
for (const [page, body, warned] of [
  ['neither way back', '', true],
  ['a [data-consentry-open] link', '<a href="#" data-consentry-open>Cookie settings</a>', false],
] as const) {
  it(`a first visit's choice in the banner, on a page with ${page}: ${warned ? 'the console tells the developer what to add' : 'nothing said'}`, async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { consent, done } = await bootPage(testConfig());
    document.body.insertAdjacentHTML('beforeend', body);
    await settle();
    // The page is looked at WAY_BACK_GRACE after the choice: that time, faked (it moves on by itself for `settle`).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    document.querySelector('consentry-widget')!.shadowRoot!.querySelector<HTMLElement>('[data-consentry=banner] [data-action=accept]')!.click();
    await settle();
    await vi.advanceTimersByTimeAsync(WAY_BACK_GRACE);
    await settle();
    vi.useRealTimers();
    expect(consent.state.decided).toBe(true);
    const said = warn.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('no way there'));
    expect(said).toEqual(warned ? [expect.stringMatching(/^\[consentry\] .*"floatingButton".*data-consentry-open/)] : []);
    consent.destroy();
    await settle();
    done();
  });
}
