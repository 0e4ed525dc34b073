// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../core/resolve';
import { testConfig } from '../core/testing/config-fixture';
import type { Consent, ConsentState } from '../core/types';
import { cleanup } from './cleanup';

// Two services that share a cookie, as Google Analytics and Tag Manager share `_ga`.
const config = resolveConfig(
  testConfig({
    categories: {
      necessary: { title: 'Necessary', description: 'Keeps the site working.' },
      analytics: { title: 'Statistics', description: 'Counts visits.', services: ['stats-tool'] },
      marketing: { title: 'Marketing', description: 'Ads.', services: ['tag-tool'] },
    },
    services: {
      'stats-tool': { title: 'Stats', provider: 'Stats Inc', purpose: 'Counts visits', country: 'US', cookies: [{ name: '_st', lifetime: '1 year' }] },
      'tag-tool': { title: 'Tags', provider: 'Stats Inc', purpose: 'Loads tags', country: 'US', cookies: [{ name: '_st', lifetime: '1 year' }, { name: '_ad*', lifetime: '90 days' }] },
    },
  }),
);
const consent = { config } as unknown as Consent;
const state = (services: Record<string, boolean>): ConsentState => ({ decided: true, categories: {}, services, consentId: null, revision: null, updatedAt: null, gpc: false });
const cookies = () => document.cookie.split('; ').filter(Boolean).map((pair) => pair.split('=')[0]).sort();

afterEach(() => {
  for (const name of cookies()) document.cookie = `${name}=; max-age=0; path=/`;
});

describe('cleanup: a cookie a service still allowed lists is left alone', () => {
  it('on a page load: the refused one goes without taking the allowed one\'s', () => {
    document.cookie = '_st=1; path=/';
    document.cookie = '_ad_x=1; path=/';
    cleanup(consent, {} as never, null, state({ 'stats-tool': true, 'tag-tool': false }), window);
    expect(cookies()).toEqual(['_st']);
  });

  it('on a withdrawal: what the withdrawn service shares with one still allowed stays', () => {
    document.cookie = '_st=1; path=/';
    document.cookie = '_ad_x=1; path=/';
    cleanup(consent, {} as never, state({ 'stats-tool': true, 'tag-tool': true }), state({ 'stats-tool': false, 'tag-tool': true }), window);
    expect(cookies()).toEqual(['_ad_x', '_st']);
    cleanup(consent, {} as never, state({ 'stats-tool': false, 'tag-tool': true }), state({ 'stats-tool': false, 'tag-tool': false }), window);
    expect(cookies()).toEqual([]);
  });
});
