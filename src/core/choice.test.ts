import { describe, expect, test } from 'vitest';
import { isCurrent, stateFrom } from './choice';
import { choiceMaps, deniedMaps } from './choice-maps';
import type { StoredChoice } from './choice-format';
import type { ResolvedConfig } from './resolved-config';
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
    });
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
