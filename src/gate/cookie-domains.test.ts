import { describe, expect, it } from 'vitest';
import { cookieDomains, registrableDomain } from './cookie-domains';
import { fakeJar } from './testing/fake-jar';

describe('registrableDomain: probing upward with a test cookie, no Public Suffix List shipped', () => {
  it.each([
    ['www.shop.test', 'shop.test'],
    ['shop.test', 'shop.test'],
    ['www.shop.co.uk', 'shop.co.uk'],
    ['a.b.shop.co.uk', 'shop.co.uk'],
    ['www.shop.com.ru', 'shop.com.ru'],
    ['shop.msk.ru', 'shop.msk.ru'],
    ['m.shop.msk.ru', 'shop.msk.ru'],
  ])('%s -> %s (never "the last two labels")', (host, expected) => {
    const jar = fakeJar(host);
    expect(registrableDomain(host, jar)).toBe(expected);
    expect(jar.cookies).toEqual([]); // the probe cleans up after itself
  });

  it.each(['localhost', '127.0.0.1', '[::1]', '::1'])('%s has no parent domain', (host) => {
    expect(registrableDomain(host, fakeJar(host))).toBeNull();
  });

  it('is null when cookies are refused altogether', () => {
    expect(registrableDomain('www.shop.test', fakeJar('www.shop.test', { refuseAll: true }))).toBeNull();
  });

  it('leaves an existing cookie of the same name alone when the probe is refused', () => {
    const jar = fakeJar('www.shop.co.uk');
    jar.set('consentry_probe', 'site', null);
    expect(registrableDomain('www.shop.co.uk', jar)).toBe('shop.co.uk');
    expect(jar.read()).toBe('consentry_probe=site');
  });
});

describe('cookieDomains', () => {
  it('lists the host and every parent up to the registrable domain, host first', () => {
    expect(cookieDomains('a.b.shop.co.uk', fakeJar('a.b.shop.co.uk'))).toEqual(['a.b.shop.co.uk', 'b.shop.co.uk', 'shop.co.uk']);
    expect(cookieDomains('www.shop.test', fakeJar('www.shop.test'))).toEqual(['www.shop.test', 'shop.test']);
  });

  it('honours the configured cookie domain even when probing finds nothing', () => {
    expect(cookieDomains('www.shop.test', fakeJar('www.shop.test', { refuseAll: true }), '.shop.test')).toEqual(['www.shop.test', 'shop.test']);
  });

  it('ignores a configured domain that is not a parent of the host', () => {
    expect(cookieDomains('www.shop.test', fakeJar('www.shop.test'), 'other.test')).toEqual(['www.shop.test', 'shop.test']);
  });

  it('is the host alone for an IP address', () => {
    expect(cookieDomains('127.0.0.1', fakeJar('127.0.0.1'))).toEqual(['127.0.0.1']);
  });
});
