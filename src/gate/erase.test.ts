import { describe, expect, it } from 'vitest';
import { googleServices } from '../integrations/google-services';
import { cookieDomains } from './cookie-domains';
import { cookiePaths, erase } from './erase';
import { fakeJar } from './testing/fake-jar';
import { wildcard, wildcardSource } from './wildcard';

function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => Array.from(map.keys())[i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

describe('erase', () => {
  it('erases matching cookies on the host and every parent domain and path, and nothing else', () => {
    const host = 'www.shop.co.uk';
    const jar = fakeJar(host, { path: '/shop/cart' });
    jar.set('_ga', '1', 'shop.co.uk');
    jar.set('_ga_ABC123', '1', 'shop.co.uk');
    jar.set('_ga', '2', null); // the same name, host-only
    jar.set('_ym_uid', '1', 'www.shop.co.uk', '/shop');
    jar.set('_gid', '1', null, '/shop/cart');
    jar.set('session', 'keep', null);
    jar.set('_gallery', 'keep', null); // not `_ga` nor `_ga_*`
    const storage = memoryStorage({ _ym_uid: '1', _ymBRC: '1', _ym_retryReqs: '[]', cart: 'keep' });
    const erased = erase(
      { cookies: ['_ga', '_ga_*', '_gid', '_ym_*'], storage: ['_ym*'] },
      { jar, domains: () => cookieDomains(host, jar), paths: cookiePaths('/shop/cart'), secure: false, storages: [storage, null] },
    );
    expect(new Set(erased)).toEqual(new Set(['_ga', '_ga_ABC123', '_ym_uid', '_gid']));
    expect(jar.read().split('; ').sort()).toEqual(['_gallery=keep', 'session=keep']);
    expect(storage.length).toBe(1);
    expect(storage.getItem('cart')).toBe('keep');
  });

  it("erases what Google's tags set, but what a service still allowed lists: GA4's own under Analytics, the ads ones under Tag Manager", () => {
    const host = 'www.shop.test';
    const jar = fakeJar(host);
    const ga4 = ['_ga', '_ga_ABC123'];
    const set = [...ga4, '_gcl_au', '_gcl_aw', '_gcl_dc', '_gcl_gb', '_gac_gb_G-ABC123'];
    const scope = { jar, domains: () => cookieDomains(host, jar), paths: ['/'], secure: false, storages: [] };
    const { 'google-analytics': analytics, 'google-tag-manager': tagManager } = googleServices({ measurementId: 'G-ABC123', containerId: 'GTM-ABC123' });
    const alone = googleServices({ containerId: 'GTM-ABC123' })['google-tag-manager']!;
    const setAll = () => {
      for (const name of set) jar.set(name, '1', 'shop.test');
    };
    setAll();
    jar.set('session', 'keep', null);
    // A container alone: its GA4 tags' cookies are its own.
    expect(new Set(erase({ cookies: alone.cookies!, storage: [] }, scope))).toEqual(new Set(set));
    expect(jar.read()).toBe('session=keep');
    setAll();
    expect(new Set(erase({ cookies: analytics!.cookies!, storage: [] }, scope))).toEqual(new Set(ga4));
    // Analytics refused, Tag Manager allowed: analytics_storage is denied, no tag of the container
    // writes _ga then, and kept it would carry the visitor's id past their withdrawal. The ads ones stay.
    setAll();
    expect(new Set(erase({ cookies: analytics!.cookies!, storage: [], spared: { cookies: tagManager!.cookies!, storage: [] } }, scope))).toEqual(new Set(ga4));
    setAll();
    // Tag Manager refused, Analytics allowed: the ads ones go, GA4's stay (erased, each page would count a new visitor).
    expect(new Set(erase({ cookies: tagManager!.cookies!, storage: [], spared: { cookies: analytics!.cookies!, storage: [] } }, scope))).toEqual(new Set(set.filter((n) => !ga4.includes(n))));
    expect(jar.read().split('; ').sort()).toEqual([...ga4.map((n) => `${n}=1`), 'session=keep'].sort());
  });

  it('does not probe domains when nothing matches', () => {
    const jar = fakeJar('www.shop.test');
    jar.set('session', '1', null);
    let probed = false;
    erase({ cookies: ['_ga'], storage: [] }, { jar, domains: () => ((probed = true), []), paths: ['/'], secure: false, storages: [] });
    expect(probed).toBe(false);
  });
});

describe('cookiePaths', () => {
  it('is "/", each directory of the page, then the configured path', () => {
    expect(cookiePaths('/a/b/c.html', '/shop')).toEqual(['/', '/a', '/a/b', '/a/b/c.html', '/shop']);
    expect(cookiePaths('/', '/')).toEqual(['/']);
  });
});

describe('wildcard', () => {
  it('matches whole names, "*" as any run of characters, other characters literally', () => {
    const match = wildcard(['_ga', '_ga_*', '_gat*', 'a.b']);
    expect(['_ga', '_ga_X1', '_gat', '_gat_UA1', 'a.b'].every(match)).toBe(true);
    expect(['_gax', 'x_ga', 'aXb', '_g'].some(match)).toBe(false);
    expect(wildcard([])('_ga')).toBe(false);
  });

  it("gives its source for a plan: none is '', which the boot reads as nothing to look for", () => {
    expect(wildcardSource([])).toBe('');
    expect(new RegExp(wildcardSource(['_ym*', 'a.b'])).test('aXb')).toBe(false);
    expect(new RegExp(wildcardSource(['_ym*', 'a.b'])).test('_ym_uid')).toBe(true);
  });
});
