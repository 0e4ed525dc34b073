// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import type { Consent, ConsentRecord } from '../core/types';
import type { LauncherOptions } from './launcher';
import { startLauncher } from './launcher';

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

/** The launcher on a page: what it told the console once the visitor chose in `layers`, in that order. */
function told({ options = {}, page = '', optOut = false, layers = ['banner'] as Array<ConsentRecord['layer']>, destroyed = false }: { options?: LauncherOptions; page?: string; optOut?: boolean; layers?: Array<ConsentRecord['layer']>; destroyed?: boolean } = {}) {
  document.body.innerHTML = page;
  const { consent, record } = instance(optOut);
  const say = vi.fn();
  const launcher = startLauncher(consent, options, vi.fn(), button, say);
  if (destroyed) launcher.destroy();
  for (const layer of layers) record(layer);
  launcher.destroy();
  return say.mock.calls;
}

// GDPR Art. 7(3): the banner tells the visitor they can change their choice later in the cookie settings.
test('a choice made in the widget on a page with no way back to the settings: the developer is told, once', () => {
  expect(told({ layers: ['banner', 'preferences'] })).toEqual([['warn', 'noWayBack']]);
  expect(told({ layers: ['preferences'] })).toEqual([['warn', 'noWayBack']]);
});

test('not for a decision the page made (api) or a signal (GPC at the start, the page maybe not all there): it waits for the visitor’s', () => {
  expect(told({ layers: ['signal', 'api'] })).toEqual([]);
  expect(told({ layers: ['signal', 'api', 'banner'] })).toEqual([['warn', 'noWayBack']]);
});

test('nothing said where there is a way back: the floating button, a [data-consentry-open] element anywhere, an opt-out site’s choices link; nor once destroyed', () => {
  expect(told({ options: { floatingButton: 'bottom-left' } })).toEqual([]);
  expect(told({ page: '<footer><button type="button" data-consentry-open>Cookie settings</button></footer>' })).toEqual([]);
  expect(told({ page: '<button type="button" data-consentry-link>Cookie settings</button>' })).toEqual([]); // the adapters' <ConsentSettingsLink>
  expect(told({ optOut: true })).toEqual([]);
  expect(told({ destroyed: true })).toEqual([]);
});

test('not on a live site (only on localhost, *.localhost or a file): there every visitor who chose would download the words for a console nobody reads', () => {
  vi.stubGlobal('location', { protocol: 'https:', hostname: 'shop.example' });
  try {
    expect(told()).toEqual([]);
  } finally {
    vi.unstubAllGlobals();
  }
  expect(told()).toEqual([['warn', 'noWayBack']]);
});
