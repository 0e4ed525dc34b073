// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/products?id=1"}
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cookieStore, otherPlaces } from './cookie-store';
import { readCookie } from './read-cookie';
import { memoryOutbox } from './memory-store';
import { createConsent } from '../core/testing/create-consent';
import { testConfig } from '../core/testing/config-fixture';
import { fakeEnv } from '../core/testing/fake-env';
import type { ChangeEvent, ConsentryConfig } from '../core/types';

const DAY = 24 * 60 * 60 * 1000;

/** Every string written to document.cookie, attributes included (reading shows only name=value). */
function cookieWrites(): string[] {
  const writes: string[] = [];
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
    writes.push(value);
    descriptor.set!.call(document, value);
  });
  return writes;
}

function clearCookies(): void {
  for (const pair of document.cookie.split('; ').filter(Boolean)) {
    const name = pair.split('=')[0];
    document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  clearCookies();
});

/** A page in this jsdom window, on the real cookie jar. */
function page(config: ConsentryConfig = testConfig(), now?: () => number) {
  const fake = fakeEnv({ origin: 'https://shop.test', secure: true });
  const consent = createConsent(config, { outbox: memoryOutbox(), env: fake.env, ...(now ? { now } : {}) });
  const changes: ChangeEvent[] = [];
  consent.on('change', (e) => changes.push(e));
  return { consent, fake, changes };
}

describe('cookieStore', () => {
  test('write, read and remove one first-party cookie', () => {
    const store = cookieStore({ name: 'consentry', path: '/', sameSite: 'Lax', secure: true }, () => readCookie('consentry'));
    expect(store.read()).toBeUndefined();
    store.write('2~abc', 182);
    expect(store.read()).toBe('2~abc');
    expect(document.cookie).toBe('consentry=2~abc');
    store.remove();
    expect(store.read()).toBeUndefined();
  });

  test('written with the configured path, SameSite, Secure and an expiry of lifetimeDays', () => {
    const writes = cookieWrites();
    const store = cookieStore({ name: 'consentry', path: '/', sameSite: 'Strict', secure: true }, () => readCookie('consentry'));
    const before = Date.now();
    store.write('2~abc', 30);
    expect(writes).toHaveLength(1);
    const attributes = writes[0]!.split('; ');
    expect(attributes[0]).toBe('consentry=2~abc');
    expect(attributes).toContain('path=/');
    expect(attributes).toContain('sameSite=Strict');
    expect(attributes).toContain('secure');
    const expires = Date.parse(attributes.find((a) => a.startsWith('expires='))!.slice('expires='.length));
    expect(Math.abs(expires - (before + 30 * DAY))).toBeLessThan(2000);
  });

  test('the domain is set only when configured; remove uses the same attributes as write', () => {
    const writes = cookieWrites();
    cookieStore({ name: 'c', path: '/shop', sameSite: 'Lax', secure: false }, () => readCookie('c')).write('v', 1);
    expect(writes[0]).not.toContain('domain=');
    expect(writes[0]).not.toContain('secure');
    const shared = cookieStore({ name: 'c', path: '/', domain: 'shop.test', sameSite: 'Lax', secure: true }, () => readCookie('c'));
    shared.write('v', 1);
    shared.remove();
    expect(writes[1]).toContain('domain=shop.test');
    // The copies a former domain or path could have left go first, then ours.
    expect(writes.at(-1)).toContain('domain=shop.test');
    expect(writes.at(-1)).toContain('path=/');
  });

  test('a cookie with broken %-escapes reads as missing, never a throw', () => {
    document.cookie = 'consentry=%E0%A4%A; path=/';
    const store = cookieStore({ name: 'consentry', path: '/', sameSite: 'Lax', secure: true }, () => readCookie('consentry'));
    expect(() => store.read()).not.toThrow();
  });
});

describe('the consent cookie in a real page', () => {
  test('a decision is written to the cookie and read back by the next page', () => {
    page().consent.acceptAll();
    expect(document.cookie).toMatch(/^consentry=2~[A-Za-z0-9_-]{22}~2026-01~/);
    const next = page();
    expect(next.consent.state.decided).toBe(true);
    expect(next.consent.allowed('marketing')).toBe(true);
  });

  test('a configured cookie name', () => {
    page(testConfig({ cookie: { name: 'site_consent' } })).consent.rejectAll();
    expect(document.cookie).toMatch(/^site_consent=2~/);
    expect(page(testConfig({ cookie: { name: 'site_consent' } })).consent.state.decided).toBe(true);
    expect(page().consent.state.decided).toBe(false);
  });

  test('two tabs on one cookie jar: a choice made in one is seen by the other on its next check', () => {
    const a = page();
    const b = page();
    a.consent.set({ analytics: true });
    expect(b.consent.allowed('analytics')).toBe(true);
    expect(b.changes).toHaveLength(1);
    expect(b.changes[0]!.action).toBeNull();
    b.consent.withdraw();
    expect(a.consent.allowed('analytics')).toBe(false);
    expect(a.changes.at(-1)!.action).toBeNull();
  });

  test.each([
    ['empty', ''],
    ['junk', 'hello'],
    ['URI-encoded junk', '%E0%A4%A'],
    ['a forged choice from the future', `2~AbCdEfGhIjKlMnOpQrStUv~2026-01~${(Date.now() + 5 * DAY).toString(36)}~${(Date.now() + 5 * DAY).toString(36)}~1~-~analytics=1|marketing=1~`],
    ['an oversized value', `2~${'a'.repeat(3500)}`],
    ['a v9 cookie', '9~whatever'],
  ])('a bad cookie (%s) means not decided, never a throw', (_name, value) => {
    document.cookie = `consentry=${value}; path=/`;
    const { consent } = page();
    expect(consent.ok).toBe(true);
    expect(consent.state.decided).toBe(false);
    expect(consent.allowed('analytics')).toBe(false);
    consent.acceptAll();
    expect(page().consent.allowed('analytics')).toBe(true);
  });

  test('a choice another tab writes while this page is open replaces a bad one', () => {
    document.cookie = 'consentry=junk; path=/';
    const { consent } = page();
    page().consent.acceptAll();
    expect(consent.allowed('analytics')).toBe(true);
  });

  test('cookies that cannot be written (a foreign domain): warned, the choice holds for this page', () => {
    const { consent, fake } = page(testConfig({ cookie: { domain: 'other.test' } }));
    consent.acceptAll();
    expect(document.cookie).toBe('');
    expect(fake.warnings.join('\n')).toContain('could not be stored');
    expect(consent.allowed('analytics')).toBe(true);
    expect(page().consent.state.decided).toBe(false);
  });
});

describe('copies a former cookie.domain or cookie.path left', () => {
  test('otherPlaces: host-only and each parent domain but the top one, each path up to the page, not where we write', () => {
    const page = { hostname: 'www.shop.test', pathname: '/products/list' };
    expect(otherPlaces(page, 'shop.test', '/')).toEqual([
      [undefined, '/'],
      [undefined, '/products'],
      [undefined, '/products/list'],
      ['www.shop.test', '/'],
      ['www.shop.test', '/products'],
      ['www.shop.test', '/products/list'],
      ['shop.test', '/products'],
      ['shop.test', '/products/list'],
    ]);
    expect(otherPlaces({ hostname: 'shop.test', pathname: '/' }, '.SHOP.test', '/')).toEqual([[undefined, '/']]);
    expect(otherPlaces({ hostname: 'localhost', pathname: '/' }, undefined, '/')).toEqual([]);
    expect(otherPlaces({ hostname: '127.0.0.1', pathname: '/a/' }, undefined, '/a')).toEqual([[undefined, '/'], [undefined, '/a/']]);
  });

  test('a config that gained cookie.domain: the decision under it is read back, and the old host-only copy is gone', () => {
    page().consent.acceptAll();
    const shared = testConfig({ cookie: { domain: 'shop.test' } });
    // Before a decision under the new settings, the old choice still holds.
    const before = page(shared);
    expect(before.consent.allowed('analytics')).toBe(true);
    const writes = cookieWrites();
    before.consent.withdraw();
    expect(writes.some((w) => w.startsWith('consentry=;') && !w.includes('domain='))).toBe(true);
    expect(document.cookie.match(/consentry=/g)).toHaveLength(1);
    expect(before.fake.warnings.join('\n')).not.toContain('could not be stored');
    expect(page(shared).consent.allowed('analytics')).toBe(false);
    expect(page().consent.allowed('analytics')).toBe(false);
  });

  test('two copies read as the later decision, whichever the browser lists first', () => {
    const store = cookieStore({ name: 'consentry', path: '/', sameSite: 'Lax', secure: true }, () => readCookie('consentry'));
    const older = `2~AbCdEfGhIjKlMnOpQrStUv~2026-01~${(1e12).toString(36)}~${(1e12).toString(36)}~1~-~analytics=1~`;
    const newer = `2~AbCdEfGhIjKlMnOpQrStUv~2026-01~${(1e12).toString(36)}~${(1e12 + 1).toString(36)}~2~-~analytics=0~`;
    for (const [first, second] of [[older, newer], [newer, older]]) {
      vi.spyOn(document, 'cookie', 'get').mockReturnValue(`other=1; consentry=${first}; consentryX=3; consentry=${second}`);
      expect(store.read()).toBe(newer);
      expect(readCookie('consentry')).toBe(newer);
    }
    // A copy that is not a choice loses to one that is.
    vi.spyOn(document, 'cookie', 'get').mockReturnValue(`consentry=junk; consentry=${older}`);
    expect(readCookie('consentry')).toBe(older);
    vi.spyOn(document, 'cookie', 'get').mockReturnValue('consentryX=1');
    expect(readCookie('consentry')).toBeUndefined();
  });
});
