// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import type { Consent, ConsentRecord } from '../core/types';
import type { LauncherOptions } from './launcher';
import { MESSAGES } from '../core/message-words';
import { startLauncher, WAY_BACK_GRACE } from './launcher';

afterEach(() => document.body.replaceChildren());

/** A started instance that only keeps listeners: `record` says a choice was recorded in that layer. */
function instance(optOut = false) {
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  const consent = {
    config: { optOut },
    on: (event: string, listener: (e: unknown) => void) => {
      const set = listeners.get(event) ?? listeners.set(event, new Set()).get(event)!;
      set.add(listener);
      return () => void set.delete(listener);
    },
  } as unknown as Consent;
  const record = (layer: ConsentRecord['layer']) => listeners.get('record')?.forEach((l) => l({ layer }));
  return { consent, record };
}

const button = () => ({ setHidden() {}, remove() {} });

/**
 * The launcher on a page: what it told the console once the visitor chose in `layers`, in that
 * order, and `wait` went by (the grace, unless told). `drawn`: markup the page adds once a choice
 * is made, a microtask later, as React and Vue render after the instance's change, or `drawnAfter`
 * ms later (a footer an SPA renders once a fetch has come).
 */
async function told({
  options = {},
  page = '',
  drawn = '',
  drawnAfter = 0,
  wait = WAY_BACK_GRACE,
  optOut = false,
  layers = ['banner'] as Array<ConsentRecord['layer']>,
  destroyed = false,
}: { options?: LauncherOptions; page?: string; drawn?: string; drawnAfter?: number; wait?: number; optOut?: boolean; layers?: Array<ConsentRecord['layer']>; destroyed?: boolean } = {}) {
  vi.useFakeTimers();
  try {
    document.body.innerHTML = page;
    const { consent, record } = instance(optOut);
    const say = vi.fn();
    const launcher = startLauncher(consent, options, vi.fn(), button, say);
    const draw = () => document.body.insertAdjacentHTML('beforeend', drawn);
    consent.on('record', () => (drawnAfter ? setTimeout(draw, drawnAfter) : queueMicrotask(draw)));
    if (destroyed) launcher.destroy();
    for (const layer of layers) record(layer);
    await vi.advanceTimersByTimeAsync(wait);
    launcher.destroy();
    return say.mock.calls;
  } finally {
    vi.useRealTimers();
  }
}

// GDPR Art. 7(3): the banner tells the visitor they can change their choice later in the cookie settings.
test('a choice made in the widget on a page with no way back to the settings: the developer is told, once', async () => {
  expect(await told({ layers: ['banner', 'preferences'] })).toEqual([['warn', 'noWayBack']]);
  expect(await told({ layers: ['preferences'] })).toEqual([['warn', 'noWayBack']]);
});

test('not for a decision the page made (api) or a signal (GPC at the start, the page maybe not all there): it waits for the visitor’s', async () => {
  expect(await told({ layers: ['signal', 'api'] })).toEqual([]);
  expect(await told({ layers: ['signal', 'api', 'banner'] })).toEqual([['warn', 'noWayBack']]);
});

test('nothing said where there is a way back: the floating button, a [data-consentry-open] element anywhere, an opt-out site’s choices link; nor once destroyed', async () => {
  expect(await told({ options: { floatingButton: 'bottom-left' } })).toEqual([]);
  expect(await told({ page: '<footer><button type="button" data-consentry-open>Cookie settings</button></footer>' })).toEqual([]);
  expect(await told({ page: '<button type="button" data-consentry-link>Cookie settings</button>' })).toEqual([]); // the adapters' <ConsentSettingsLink>
  expect(await told({ optOut: true })).toEqual([]);
  expect(await told({ destroyed: true })).toEqual([]);
});

test('not on a live site (only on localhost, *.localhost or a file): there every visitor who chose would download the words for a console nobody reads', async () => {
  vi.stubGlobal('location', { protocol: 'https:', hostname: 'shop.example' });
  try {
    expect(await told()).toEqual([]);
  } finally {
    vi.unstubAllGlobals();
  }
  expect(await told()).toEqual([['warn', 'noWayBack']]);
});

// `{state.decided && <ConsentSettingsLink />}`, a `v-if`, a footer link a page shows once there is a choice to change.
test('nothing said where the page draws its way back once the visitor has chosen, as a framework renders after the change', async () => {
  expect(await told({ drawn: '<button type="button" data-consentry-link>Cookie settings</button>' })).toEqual([]);
  expect(await told({ drawn: '<a href="#" data-consentry-open>Cookie settings</a>' })).toEqual([]);
  expect(await told({ drawn: '<p>Thanks</p>' })).toEqual([['warn', 'noWayBack']]);
});

// A footer an SPA renders from its API, a consent-aware layout: drawn once a fetch has come. Before,
// the page was looked at a task after the choice and its developer warned falsely.
test('nothing said where the page draws its way back 2 s after the choice (a fetch first); said where it has none once the grace is over, and not before', async () => {
  expect(WAY_BACK_GRACE).toBeGreaterThanOrEqual(2000);
  expect(await told({ drawn: '<footer><a href="#" data-consentry-open>Cookie settings</a></footer>', drawnAfter: 2000 })).toEqual([]);
  expect(await told({ drawn: '<footer><p>© Shop</p></footer>', drawnAfter: 2000 })).toEqual([['warn', 'noWayBack']]);
  expect(await told({ wait: WAY_BACK_GRACE - 1 })).toEqual([]);
  expect(await told({ wait: WAY_BACK_GRACE })).toEqual([['warn', 'noWayBack']]);
});

test('the words say how long the page was given', () => {
  expect(MESSAGES.noWayBack()).toContain(`${WAY_BACK_GRACE / 1000} seconds after the choice`);
});
