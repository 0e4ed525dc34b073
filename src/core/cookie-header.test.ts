import fc from 'fast-check';
import Cookies from 'js-cookie';
import { describe, expect, test } from 'vitest';
import { decodeChoice } from './choice-format';
import type { StoredChoice } from './choice-format';
import { cookieValue } from './cookie-header';
import { encodeChoice } from './encode-choice';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const DAY = 864e5;

const stored = (updatedAt: number, analytics: boolean): string =>
  encodeChoice({ consentId: 'AbCdEfGhIjKlMnOpQrStUv', revision: '2026-01', createdAt: NOW - 30 * DAY, updatedAt, sequence: 2, gpcOverride: false, categories: { analytics, marketing: false }, services: {} });
const GRANT = stored(NOW - 1000, true);
const WITHDRAWAL = stored(NOW, false);

/** What js-cookie (the decisions' writer) puts in `document.cookie` for this value: the text a browser sends back. */
function jsCookieWrites(name: string, value: string): string {
  let written = '';
  Object.defineProperty(globalThis, 'document', { value: { set cookie(text: string) { written = text; } }, configurable: true });
  try {
    Cookies.set(name, value);
  } finally {
    delete (globalThis as { document?: unknown }).document;
  }
  return written.split('; ')[0]!;
}

const choice: fc.Arbitrary<StoredChoice> = fc.record({
  consentId: fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
  revision: fc.stringMatching(/^[A-Za-z0-9._-]{1,40}$/),
  createdAt: fc.integer({ min: 0, max: NOW }),
  updatedAt: fc.integer({ min: NOW, max: NOW + DAY }),
  sequence: fc.integer({ min: 1, max: 1e6 }),
  gpcOverride: fc.boolean(),
  categories: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{0,47}$/), fc.boolean(), { maxKeys: 6 }),
  services: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{0,47}$/), fc.boolean(), { maxKeys: 6 }),
});

describe('cookieValue reads the consent cookie as js-cookie wrote it', () => {
  test('every value we write, under every name the config allows, reads back as written (fast-check)', () => {
    fc.assert(
      fc.property(choice, fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), (c, name) => {
        const value = encodeChoice(c);
        expect(decodeChoice(value, NOW)).not.toBeNull();
        expect(cookieValue(`sid=abc; ${jsCookieWrites(name, value)}; theme=dark`, name, NOW)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    ['among others', `sid=abc; consentry=${GRANT}; theme=dark`, GRANT],
    ['"=" inside the value kept', 'consentry=a=1|b=0', 'a=1|b=0'],
    ['none', 'sid=abc', undefined],
    ['a longer name is another cookie', `consentry1=${GRANT}`, undefined],
    ['an empty header', '', undefined],
    ['pairs joined without the space a browser puts are one pair', `sid=abc;consentry=${GRANT}`, undefined],
  ])('%s', (_name, header, expected) => {
    expect(cookieValue(header, 'consentry', NOW)).toBe(expected);
  });
});

describe('of several copies (a changed cookie.domain or cookie.path), the last decision, in any order', () => {
  test.each([
    ['a withdrawal after the grant, listed after it (the older first, as browsers list one path)', `consentry=${GRANT}; consentry=${WITHDRAWAL}`, WITHDRAWAL],
    ['the same, listed before it (a longer path first)', `consentry=${WITHDRAWAL}; consentry=${GRANT}`, WITHDRAWAL],
    ['a grant after a withdrawal, listed after it', `consentry=${stored(NOW - 1000, false)}; consentry=${stored(NOW, true)}`, stored(NOW, true)],
    ['an undecodable copy before a decision', `consentry=junk; consentry=${GRANT}`, GRANT],
    ['an undecodable copy after a decision', `consentry=${GRANT}; consentry=junk`, GRANT],
    ['a forged copy from the future before a decision', `consentry=${stored(NOW + 2 * DAY, false)}; consentry=${GRANT}`, GRANT],
    ['a broken %-escape before a decision', `consentry=%E0%A4%A; consentry=${GRANT}`, GRANT],
    ['none decodes: the first', 'consentry=one; consentry=two', 'one'],
    ['two equal decisions: the first', `consentry=${GRANT}; consentry=${GRANT.replace('analytics=1', 'analytics=0')}`, GRANT],
  ])('%s', (_name, header, expected) => {
    expect(cookieValue(header, 'consentry', NOW)).toBe(expected);
  });
});

describe('taken as it is, as the page reads it: what js-cookie would unescape is not ours', () => {
  test.each([
    ['a %-escape in the value (%7C for "|")', `consentry=${GRANT.replace('|', '%7C')}`],
    ['a %-escape of a plain character (%7E for "~")', `consentry=${GRANT.replace('~', '%7E')}`],
    ['surrounding double quotes', `consentry="${GRANT}"`],
  ])('%s: read as sent, so it does not decode (not decided)', (_name, header) => {
    const value = cookieValue(header, 'consentry', NOW);
    expect(value).toBe(header.slice('consentry='.length));
    expect(decodeChoice(value, NOW)).toBeNull();
  });

  test('an escaped name (consent%72y) is another cookie; an escaped copy does not hide a decision', () => {
    expect(cookieValue(`consent%72y=${GRANT}`, 'consentry', NOW)).toBeUndefined();
    expect(cookieValue(`consentry=${stored(NOW, true).replace('|', '%7C')}; consentry=${stored(NOW - 1, false)}`, 'consentry', NOW)).toMatch(/analytics=0/);
  });
});
