// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '../core/testing/config-fixture';
import { resolveConfig } from '../core/resolve';
import type { ConsentState } from '../core/types';
import { present } from './present';
import { sharedCookieConfig } from './testing/shared-cookie';

const config = resolveConfig(
  testConfig({
    services: {
      'stats-tool': { title: 'Stats', provider: 'Stats Inc', purpose: 'Counts visits', country: 'US', cookies: [{ name: '_st*', lifetime: '1 year' }] },
      'ads-tool': { title: 'Ads', provider: 'Ads Inc', purpose: 'Shows ads', country: 'US', storage: ['ads.*'] },
    },
  }),
);
const state = (services: Record<string, boolean>): ConsentState => ({ decided: true, categories: {}, services, consentId: null, revision: null, updatedAt: null, gpc: false });

afterEach(() => {
  document.cookie = '_st_1=; max-age=0';
  localStorage.clear();
});

describe('present: whether a refused service left something behind', () => {
  it('does not read the cookie jar when nothing is refused', () => {
    const read = vi.spyOn(document, 'cookie', 'get');
    expect(present(config, state({ 'stats-tool': true, 'ads-tool': true }), window)).toBe(false);
    expect(read).not.toHaveBeenCalled();
  });

  it("finds a refused service's cookie by its wildcard", () => {
    document.cookie = '_st_1=x';
    expect(present(config, state({ 'stats-tool': false, 'ads-tool': true }), window)).toBe(true);
    // The same cookie is no leftover while its service is granted.
    expect(present(config, state({ 'stats-tool': true, 'ads-tool': true }), window)).toBe(false);
  });

  it("finds a refused service's storage key", () => {
    localStorage.setItem('ads.last', '1');
    expect(present(config, state({ 'stats-tool': true, 'ads-tool': false }), window)).toBe(true);
  });

  it('reads no storage key as a leftover when no refused service keeps one (the plan itself is in localStorage)', () => {
    localStorage.setItem('consentry.plan', '[]');
    // stats-tool (cookies only) is refused; ads-tool (storage) is granted: nothing to look for in storage.
    expect(present(config, state({ 'stats-tool': false, 'ads-tool': true }), window)).toBe(false);
  });

  it("does not count a refused service's cookie that a service still allowed lists too: it is that one's", () => {
    const shared = sharedCookieConfig();
    document.cookie = '_st=x';
    expect(present(shared, state({ 'stats-tool': false, 'tag-tool': true }), window)).toBe(false);
    expect(present(shared, state({ 'stats-tool': false, 'tag-tool': false }), window)).toBe(true);
    document.cookie = 'only_stats=x';
    expect(present(shared, state({ 'stats-tool': false, 'tag-tool': true }), window)).toBe(true);
    document.cookie = 'only_stats=; max-age=0';
    document.cookie = '_st=; max-age=0';
  });

  it("finds a refused service's key in sessionStorage, also when localStorage throws (blocked site data)", () => {
    sessionStorage.setItem('ads.session', '1');
    const blocked = {
      document,
      sessionStorage,
      get localStorage(): Storage {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as Window;
    expect(present(config, state({ 'stats-tool': true, 'ads-tool': false }), blocked)).toBe(true);
    expect(present(config, state({ 'stats-tool': true, 'ads-tool': true }), blocked)).toBe(false);
    sessionStorage.clear();
    expect(present(config, state({ 'stats-tool': true, 'ads-tool': false }), blocked)).toBe(false);
  });

  it('says no when a refused service left nothing', () => {
    document.cookie = 'other=1';
    localStorage.setItem('unrelated', '1');
    expect(present(config, state({ 'stats-tool': false, 'ads-tool': false }), window)).toBe(false);
  });
});
