import { describe, expect, test } from 'vitest';
import { isCurrent, stateFrom } from './choice';
import { choiceMaps, deniedMaps } from './choice-maps';
import type { StoredChoice } from './choice-format';
import type { ResolvedConfig } from './resolved-config';
import { serviceHash } from './service-hash';
import { straddling } from './testing/straddling';
import { testConfig } from './testing/config-fixture';
import type { ConsentryConfig } from './types';
import { validateConfig } from './validate';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

function resolved(edit: (c: ConsentryConfig) => void = () => {}): ResolvedConfig {
  const config = testConfig();
  edit(config);
  const result = validateConfig(config);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
}

function stored(overrides: Partial<StoredChoice> = {}): StoredChoice {
  return {
    consentId: 'AbCdEfGhIjKlMnOpQrStUv',
    revision: '2026-01',
    createdAt: NOW - 2 * DAY,
    updatedAt: NOW - DAY,
    sequence: 1,
    gpcOverride: false,
    categories: { analytics: true, marketing: false },
    services: {},
    ...overrides,
  };
}

describe('isCurrent: when the stored choice still answers the question', () => {
  test('same revision, within its lifetime, every category answered', () => {
    expect(isCurrent(stored(), resolved(), NOW)).toBe(true);
  });

  test('a changed policy revision asks again', () => {
    expect(isCurrent(stored({ revision: '2025-12' }), resolved(), NOW)).toBe(false);
  });

  test('expires after the configured lifetime (default 182 days), counted from the last change', () => {
    const config = resolved();
    expect(isCurrent(stored({ updatedAt: NOW - 182 * DAY }), config, NOW)).toBe(true);
    expect(isCurrent(stored({ updatedAt: NOW - 182 * DAY - 1 }), config, NOW)).toBe(false);
    const short = resolved((c) => (c.cookie = { lifetimeDays: 30 }));
    expect(isCurrent(stored({ updatedAt: NOW - 31 * DAY }), short, NOW)).toBe(false);
  });

  test('a category added since the choice was never answered: ask again', () => {
    const config = resolved((c) => (c.categories.preferences = { title: 'Preferences', description: 'Theme.' }));
    expect(isCurrent(stored(), config, NOW)).toBe(false);
  });

  test('a category removed since the choice does not matter', () => {
    expect(isCurrent(stored({ categories: { analytics: true, marketing: false, old: true } }), resolved(), NOW)).toBe(true);
  });

  describe('a service added since to a granted category (a new recipient) asks again; one added to a refused category does not', () => {
    const withService = (category: string, key = 'new-tool') =>
      resolved((c) => {
        c.services![key] = { title: 'New', provider: 'New Co', purpose: 'Counts visits', country: 'US' };
        c.categories[category]!.services = [...(c.categories[category]!.services ?? []), key];
      });
    /** The choice a decision stores under `config`, as decisions.ts builds it. */
    const decided = (grants: Record<string, boolean>, config = resolved()) => {
      return stored(choiceMaps(config, grants, {}));
    };

    test('added to a granted category: ask again, and nothing optional runs until the visitor answers', () => {
      const choice = decided({ analytics: true, marketing: true });
      expect(isCurrent(choice, resolved(), NOW)).toBe(true);
      const config = withService('analytics');
      expect(isCurrent(choice, config, NOW)).toBe(false);
      const state = stateFrom(choice, config, NOW, false);
      expect([state.decided, state.consentId]).toEqual([false, 'AbCdEfGhIjKlMnOpQrStUv']);
      expect(state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
      expect(state.services).toEqual({ 'stats-tool': false, 'ads-tool': false, 'new-tool': false });
    });

    test('added to a refused category: it stays refused, the choice holds', () => {
      const choice = decided({ analytics: true, marketing: false });
      const config = withService('marketing');
      expect(isCurrent(choice, config, NOW)).toBe(true);
      expect(stateFrom(choice, config, NOW, false).services).toEqual({ 'stats-tool': true, 'ads-tool': false, 'new-tool': false });
    });

    test('moved from a refused category into a granted one: ask again', () => {
      const choice = decided({ analytics: true, marketing: false });
      const config = resolved((c) => {
        c.categories.analytics!.services = ['stats-tool', 'ads-tool'];
        c.categories.marketing!.services = [];
      });
      expect(isCurrent(choice, config, NOW)).toBe(false);
    });

    test('moved between two granted categories: ask again (the service is used for another purpose)', () => {
      const choice = decided({ analytics: true, marketing: true });
      const config = resolved((c) => {
        c.categories.analytics!.services = ['stats-tool', 'ads-tool'];
        c.categories.marketing!.services = [];
      });
      expect(isCurrent(choice, config, NOW)).toBe(false);
    });

    test('removed from a granted category, or listed in another order: the choice holds (fewer recipients than agreed to)', () => {
      const two = withService('analytics');
      const choice = decided({ analytics: true, marketing: false }, two);
      expect(isCurrent(choice, two, NOW)).toBe(true);
      expect(isCurrent(choice, resolved(), NOW)).toBe(true);
      expect(isCurrent(choice, resolved((c) => (c.categories.analytics!.services = [])), NOW)).toBe(true);
      const reordered = resolved((c) => {
        c.services!['new-tool'] = { title: 'New', provider: 'New Co', purpose: 'Counts visits', country: 'US' };
        c.categories.analytics!.services = ['new-tool', 'stats-tool'];
      });
      expect(isCurrent(choice, reordered, NOW)).toBe(true);
    });

    test('a granted category that held no service, given one since: ask again', () => {
      const empty = resolved((c) => (c.categories.analytics!.services = []));
      const choice = decided({ analytics: true, marketing: false }, empty);
      expect(choice.held).toBe('');
      expect(isCurrent(choice, empty, NOW)).toBe(true);
      expect(isCurrent(choice, resolved(), NOW)).toBe(false);
    });

    test('a choice stored before services were held (no hashes: a cookie already on visitors\' devices) holds as it did', () => {
      const choice = stored({ categories: { analytics: true, marketing: true } });
      expect(choice.held).toBeUndefined();
      expect(isCurrent(choice, withService('analytics'), NOW)).toBe(true);
    });

    test('an opt-out site: only refusals count there (grants hold before any choice), so a new service changes nothing', () => {
      const optOut = (edit: (c: ConsentryConfig) => void = () => {}) =>
        resolved((c) => {
          c.policy.laws = ['ccpa'];
          edit(c);
        });
      const choice = decided({ analytics: true, marketing: false }, optOut());
      const config = optOut((c) => {
        c.services!['new-tool'] = { title: 'New', provider: 'New Co', purpose: 'Counts visits', country: 'US' };
        c.categories.analytics!.services = ['stats-tool', 'new-tool'];
      });
      expect(isCurrent(choice, config, NOW)).toBe(true);
      expect(stateFrom(choice, config, NOW, false)).toMatchObject({ decided: true, categories: { analytics: true, marketing: false }, services: { 'new-tool': true } });
    });

    test('an opt-out site under Global Privacy Control: a grant the visitor gave against the signal (an opt-in) is to the services it held then', () => {
      const optOut = (edit: (c: ConsentryConfig) => void = () => {}) =>
        resolved((c) => {
          c.policy.laws = ['ccpa'];
          edit(c);
        });
      const choice = { ...decided({ analytics: true, marketing: true }, optOut()), gpcOverride: true };
      expect(stateFrom(choice, optOut(), NOW, true)).toMatchObject({ decided: true, categories: { marketing: true } });
      const config = optOut((c) => {
        c.services!['new-tool'] = { title: 'New', provider: 'New Co', purpose: 'Ads', country: 'US' };
        c.categories.marketing!.services = ['ads-tool', 'new-tool'];
      });
      // Before, the new marketing service ran at once under GPC on the strength of an opt-in to the old ones.
      expect(stateFrom(choice, config, NOW, true)).toMatchObject({ decided: false, categories: { analytics: true, marketing: false }, services: { 'new-tool': false } });
      // Without the signal, what an opt-out site runs before any choice runs, as it did.
      expect(stateFrom(choice, config, NOW, false)).toMatchObject({ categories: { analytics: true, marketing: true }, services: { 'new-tool': true } });
    });

    test("a new service whose hash is in the kept text only across two hashes (half of each) is not held: ask again", () => {
      const [first, second] = straddling('analytics', serviceHash('analytics', 'new-tool'));
      const listing = (keys: string[]) =>
        resolved((c) => {
          for (const key of keys) c.services![key] = { title: key, provider: 'Co', purpose: 'Counts visits', country: 'US' };
          c.categories.analytics!.services = keys;
        });
      const choice = decided({ analytics: true, marketing: false }, listing([first, second]));
      expect(choice.held).toBe(serviceHash('analytics', first) + serviceHash('analytics', second));
      expect(choice.held!.indexOf(serviceHash('analytics', 'new-tool'))).toBe(3);
      expect(isCurrent(choice, listing([first, second]), NOW)).toBe(true);
      // Before, it was found at character 3 and taken as held: the new recipient ran unasked.
      expect(isCurrent(choice, listing([first, second, 'new-tool']), NOW)).toBe(false);
      // Anywhere but at a hash's start, in any text: 'xxx' + hash + 'yyy' holds no hash of it.
      const held = serviceHash('analytics', 'stats-tool');
      expect(isCurrent(stored({ held: `xxx${held}yyy` }), resolved(), NOW)).toBe(false);
      expect(isCurrent(stored({ held: `xxxyyy${held}` }), resolved(), NOW)).toBe(true);
    });

    test('the hashes are of category:service, so one kept for another category does not answer', () => {
      const choice = stored({ categories: { analytics: true, marketing: false }, held: serviceHash('marketing', 'stats-tool') });
      expect(isCurrent(choice, resolved(), NOW)).toBe(false);
      expect(isCurrent({ ...choice, held: serviceHash('analytics', 'stats-tool') }, resolved(), NOW)).toBe(true);
    });
  });

  test('a category named like an Object.prototype member is not "answered" by the prototype', () => {
    const config = resolved((c) => Object.assign(c.categories, { constructor: { title: 'C', description: 'D' } }));
    expect(isCurrent(stored(), config, NOW)).toBe(false);
  });
});

describe('stateFrom', () => {
  test('no choice: not decided, everything optional refused, necessary on', () => {
    const state = stateFrom(null, resolved(), NOW, false);
    expect(state).toEqual({
      decided: false,
      categories: { necessary: true, analytics: false, marketing: false },
      services: { 'stats-tool': false, 'ads-tool': false },
      consentId: null,
      revision: null,
      updatedAt: null,
      gpc: false,
    });
  });

  test('a current choice: its grants and refusals; services follow their category', () => {
    const state = stateFrom(stored(), resolved(), NOW, true);
    expect(state.decided).toBe(true);
    expect(state.categories).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(state.services).toEqual({ 'stats-tool': true, 'ads-tool': false });
    expect(state.updatedAt).toBe(NOW - DAY);
    expect(state.gpc).toBe(true);
  });

  test('a refused service inside a granted category stays refused', () => {
    expect(stateFrom(stored({ services: { 'stats-tool': false } }), resolved(), NOW, false).services['stats-tool']).toBe(false);
  });

  test('a service grant cannot lift its refused category', () => {
    expect(stateFrom(stored({ services: { 'ads-tool': true } }), resolved(), NOW, false).services['ads-tool']).toBe(false);
  });

  test('an outdated choice keeps its consent id (stable across re-asks) but grants nothing', () => {
    const state = stateFrom(stored({ revision: 'old', categories: { analytics: true, marketing: true } }), resolved(), NOW, false);
    expect(state.decided).toBe(false);
    expect(state.consentId).toBe('AbCdEfGhIjKlMnOpQrStUv');
    expect(state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    expect(state.revision).toBeNull();
  });

  test('an opt-out site: an opt-out outlives a new policy revision or a new category (only its grants lapse); an expired one has lapsed', () => {
    const optOut = resolved((c) => (c.policy.laws = ['ccpa']));
    const refused = stored({ revision: 'old', categories: { analytics: false, marketing: true }, services: { 'ads-tool': false } });
    const state = stateFrom(refused, optOut, NOW, false);
    expect(state.decided).toBe(false);
    expect(state.categories).toEqual({ necessary: true, analytics: false, marketing: true });
    expect(state.services).toEqual({ 'stats-tool': false, 'ads-tool': false });
    // The browser drops an expired cookie: one read past its lifetime is treated the same way.
    expect(stateFrom(stored({ categories: { analytics: false, marketing: false }, updatedAt: NOW - 400 * DAY, createdAt: NOW - 400 * DAY }), optOut, NOW, false).categories.analytics).toBe(true);
    // An opt-in site asks again, as before: nothing runs until then either way.
    expect(stateFrom(refused, resolved(), NOW, false).categories).toEqual({ necessary: true, analytics: false, marketing: false });
  });

  test('a stored grant for "necessary" or refusal of it changes nothing: necessary is always on', () => {
    expect(stateFrom(stored({ categories: { necessary: false, analytics: false, marketing: false } }), resolved(), NOW, false).categories.necessary).toBe(true);
  });
});

describe('choiceMaps and deniedMaps', () => {
  test('only optional categories are stored, each as true or false', () => {
    expect(choiceMaps(resolved(), { analytics: true, necessary: false, unknown: true }, {})).toEqual({
      categories: { analytics: true, marketing: false },
      services: {},
      held: serviceHash('analytics', 'stats-tool'),
    });
  });

  test("the hashes are of every service the granted categories hold, a refused one's too; none of a refused category's", () => {
    const maps = choiceMaps(resolved(), { analytics: true, marketing: true }, { 'stats-tool': false });
    expect(maps.held).toBe(serviceHash('analytics', 'stats-tool') + serviceHash('marketing', 'ads-tool'));
    expect(choiceMaps(resolved(), { analytics: false, marketing: false }, {}).held).toBe('');
  });

  test('only a refusal inside a granted category is stored for a service', () => {
    const maps = choiceMaps(resolved(), { analytics: true, marketing: false }, { 'stats-tool': false, 'ads-tool': false, unknown: false });
    expect(maps.services).toEqual({ 'stats-tool': false });
  });

  test('denied: necessary only', () => {
    expect(deniedMaps(resolved())).toEqual({
      categories: { necessary: true, analytics: false, marketing: false },
      services: { 'stats-tool': false, 'ads-tool': false },
    });
  });
});
