// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { testConfig } from '../core/testing/config-fixture';
import { FLOATING_CSS, ICON } from '../ui/floating-button';
import { widgetDom } from '../ui/testing/widget-dom';
import { applyPlan } from './apply-plan';
import { gateNames } from './gate-names';
import type { Handoff } from './handoff';
import { memoOf } from './memo-of';
import type { Applied } from './plan';

// A returning visit's boot file on a site that swaps <body> for the next page's instead of loading
// it (Turbo Drive, htmx's hx-boost, pjax): the Back button brings a copy of a page back (Turbo's cache).
widgetDom();
const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.replaceChildren();
});

/** Applies a plan that grants analytics and refuses marketing, with the floating button. */
function apply(config = testConfig(), withButton = true) {
  const memo = memoOf(config, {});
  const plan: Applied = { memo, ops: [], gate: [['necessary ', 'analytics ', 'marketing '], ['necessary ', 'analytics ']], traces: ['', ''], button: withButton ? [FLOATING_CSS, `<button>${ICON}</button>`] : undefined };
  const handoff = {
    nonce: undefined,
    core: vi.fn(),
    load: (name: string) => (name === 'placeholder' ? import('./parts/placeholder') : Promise.reject(new Error(name))),
    stop: () => {},
    facade: { consent: { config: memo.config, locale: 'en' } },
  } as unknown as Handoff;
  stops.push(applyPlan(plan, handoff, () => true));
  return handoff;
}
/** The next page's body, or a copy of one, in place of this one. */
const swap = (body: HTMLElement = Object.assign(document.createElement('body'), { innerHTML: '<main>the next page</main>' })) => document.body.replaceWith(body);
const tick = () => new Promise((done) => setTimeout(done, 20));

it('the floating button is in each new body, once (a copy of a page restored has an empty copy of it, which shows nothing)', async () => {
  const handoff = apply();
  expect(document.querySelectorAll('consentry-reopen')).toHaveLength(1);
  const snapshot = document.body.cloneNode(true) as HTMLElement;
  swap();
  await tick();
  // Before, it went with the first page's body, for the rest of the visit.
  const live = () => [...document.querySelectorAll('consentry-reopen')].filter((host) => host.shadowRoot);
  expect(live()).toHaveLength(1);
  swap(snapshot);
  await tick();
  expect(live()).toHaveLength(1);
  live()[0]!.shadowRoot!.querySelector('button')!.click();
  expect(handoff.core).toHaveBeenCalledTimes(1);
});

it('a frame loaded once, on a copy of its page restored: behind its placeholder again, not loaded, and one placeholder', async () => {
  document.body.innerHTML = '<iframe data-category="marketing" data-src="https://maps.test/embed"></iframe>';
  apply();
  await vi.waitFor(() => expect(document.querySelector('.consentry-embed button')).not.toBeNull());
  document.querySelector<HTMLElement>('.consentry-embed button')!.click(); // Load it once
  expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://maps.test/embed');
  const loaded = document.body.cloneNode(true) as HTMLElement;
  swap();
  swap(loaded);
  await vi.waitFor(() => expect(document.querySelector('.consentry-embed button')).not.toBeNull());
  const frame = document.querySelector('iframe')!;
  expect([frame.getAttribute('src'), frame.hidden]).toEqual(['about:blank', true]);
  const held = document.body.cloneNode(true) as HTMLElement;
  swap();
  swap(held);
  await tick();
  await vi.waitFor(() => expect(document.querySelector('.consentry-embed button')).not.toBeNull());
  expect(document.querySelectorAll('.consentry-embed')).toHaveLength(1);
});

it("a frame an app takes off the page (its route changed) takes its placeholder with it", async () => {
  document.body.innerHTML = '<main><iframe data-category="marketing" data-src="https://maps.test/embed"></iframe></main>';
  apply();
  await vi.waitFor(() => expect(document.querySelector('.consentry-embed')).not.toBeNull());
  document.querySelector('iframe')!.remove();
  await tick();
  expect(document.querySelector('.consentry-embed')).toBeNull();
});

it('destroy() before the core: no observer of the boot file’s is left watching the page (held frames’ too)', async () => {
  const live = new Set<MutationObserver>();
  const observe = vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(function (this: MutationObserver) {
    live.add(this);
  });
  const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect').mockImplementation(function (this: MutationObserver) {
    live.delete(this);
  });
  try {
    document.body.innerHTML = '<iframe data-category="marketing" data-src="https://maps.test/embed"></iframe>';
    const handoff = apply();
    handoff.stop = stops.pop()!; // as boot.ts has it: destroy() calls handoff.stop(true)
    await vi.waitFor(() => expect(document.querySelector('.consentry-embed')).not.toBeNull());
    expect(live.size).toBeGreaterThan(0);
    handoff.stop(true);
    expect(document.querySelector('.consentry-embed')).toBeNull();
    // Before, the held frames' observer stayed for the rest of the visit, after destroy().
    expect(live.size).toBe(0);
  } finally {
    observe.mockRestore();
    disconnect.mockRestore();
  }
});

it('a frame an app takes off the page and puts back (a kept view shown again): behind a placeholder again', async () => {
  document.body.innerHTML = '<main><section><iframe data-category="marketing" data-src="https://maps.test/embed"></iframe></section></main>';
  const view = document.querySelector('section')!;
  const iframe = document.querySelector('iframe')!;
  apply();
  await vi.waitFor(() => expect(document.querySelector('.consentry-embed')).not.toBeNull());
  view.remove(); // the view kept aside (Vue's <KeepAlive>), its placeholder in it
  await tick();
  document.querySelector('main')!.append(view);
  // Before, the boot file had seen it: it stayed on the page shown, blank, with nothing to load it.
  await vi.waitFor(() => expect(document.querySelector('.consentry-embed')).not.toBeNull());
  expect([document.querySelectorAll('.consentry-embed').length, iframe.hidden, iframe.getAttribute('src')]).toEqual([1, true, null]);
  document.querySelector<HTMLElement>('.consentry-embed button')!.click(); // Load it once
  expect([iframe.hidden, iframe.getAttribute('src')]).toEqual([false, 'https://maps.test/embed']);
});

it('gating.observe false and no floating button: nothing watches the page (every mutation of an app would be queued for nothing)', () => {
  const observe = vi.spyOn(MutationObserver.prototype, 'observe');
  try {
    apply(testConfig({ gating: { observe: false } }), false);
    // Before, since 283124c, it observed the whole document, only to keep a button there is not.
    expect(observe).not.toHaveBeenCalled();
    apply(testConfig({ gating: { observe: false } }));
    expect(observe).toHaveBeenCalledTimes(1); // the floating button is kept in a swapped <body>
  } finally {
    observe.mockRestore();
  }
});

it('finds what an element names as the core writes it (gate-names.ts): a category alone, an empty data-service too, or a service of it; a name the config does not know asks for the core', () => {
  const config = testConfig();
  const memo = memoOf(config, {});
  const state = { decided: true, categories: { necessary: true, analytics: true, marketing: false }, services: { 'stats-tool': true, 'ads-tool': false }, consentId: 'c', revision: '1', updatedAt: 1, gpc: false };
  const frame = (category: string, service?: string) => `<iframe data-category="${category}"${service === undefined ? '' : ` data-service="${service}"`} data-src="https://x.test/${category}-${service}"></iframe>`;
  document.body.innerHTML = [frame('analytics'), frame('analytics', ''), frame('analytics', 'stats-tool'), frame('analytics', 'unknown-tool'), frame('analytic s'), frame(' analytics')].join('');
  const core = vi.fn();
  const handoff = { nonce: undefined, core, load: () => new Promise(() => {}), stop: () => {} } as unknown as Handoff;
  stops.push(applyPlan({ memo, ops: [], gate: gateNames(memo.config, state), traces: ['', ''] }, handoff, () => true));
  expect([...document.querySelectorAll('iframe')].map((el) => el.getAttribute('src'))).toEqual(['https://x.test/analytics-undefined', 'https://x.test/analytics-', 'https://x.test/analytics-stats-tool', null, null, null]);
  expect(core).toHaveBeenCalledTimes(3); // each name it does not know: the core warns
});

it('a click in a [data-consentry-open] link asks for the core with the link as the opener; a click whose target is no element (a text node, the document) does nothing', () => {
  document.body.innerHTML = '<a href="#settings" data-consentry-open><span>Cookie settings</span></a> plain text';
  const handoff = apply(testConfig(), false);
  const text = document.body.lastChild!;
  text.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  document.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  expect(handoff.core).not.toHaveBeenCalled();
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  document.querySelector('span')!.dispatchEvent(click);
  expect(handoff.core).toHaveBeenCalledWith(document.querySelector('a'));
  expect(click.defaultPrevented).toBe(true);
});
