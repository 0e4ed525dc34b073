import fc from 'fast-check';
import Cookies from 'js-cookie';
import { afterEach, describe, expect, test } from 'vitest';
import { cookieValue } from './cookie-header';

/** What js-cookie reads from `document.cookie` when it holds `header` (a browser sends the same text as its Cookie header). */
function jsCookieGet(header: string, name: string): unknown {
  Object.defineProperty(globalThis, 'document', { value: { cookie: header }, configurable: true });
  try {
    return Cookies.get(name);
  } finally {
    delete (globalThis as { document?: unknown }).document;
  }
}

afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
});

// No Object.prototype member such as `constructor`: js-cookie's jar is a plain object, and the validator refuses those names.
const NAMES = ['consentry', 'site_consent', 'a', 'Consentry', 'consentry%31', 'consentry1'];
const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('=', '"', '%', '%2', '%7E', '%E0%A4%A', '%41', ';', ' ', '2~AbCdEfGhIjKlMnOp~2026-01~', 'analytics=1|marketing=0'),
);
const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const pair = fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...NAMES), weight: 4 }, text), text).map(([name, value]) => `${name}=${value}`);
const header = fc.oneof({ arbitrary: fc.array(fc.oneof({ arbitrary: pair, weight: 4 }, text), { maxLength: 6 }).map((pairs) => pairs.join('; ')), weight: 4 }, text);

describe('cookieValue reads a Cookie header as js-cookie reads document.cookie', () => {
  test('for arbitrary headers and names (fast-check)', () => {
    fc.assert(
      fc.property(header, fc.constantFrom(...NAMES), (h, name) => {
        expect(cookieValue(h, name)).toBe(jsCookieGet(h, name));
      }),
      { numRuns: 1000 },
    );
  });

  test.each([
    ['the first of two', 'consentry=one; consentry=two', 'one'],
    ['among others', 'sid=abc; consentry=2~x~y; theme=dark', '2~x~y'],
    ['quotes dropped', 'consentry="2~x"', '2~x'],
    ['%-escapes decoded', 'consentry=2%7Ex', '2~x'],
    ['an undecodable first value skipped for the next', 'consentry=%E0%A4%A; consentry=good', 'good'],
    ['an escaped name', 'consent%72y=v', 'v'],
    ['"=" inside the value kept', 'consentry=a=1|b=0', 'a=1|b=0'],
    ['none', 'sid=abc', undefined],
    ['no header', undefined, undefined],
    ['an empty header', '', undefined],
    ['pairs joined without the space a browser puts are one pair', 'sid=abc;consentry=v', undefined],
  ])('%s', (_name, h, expected) => {
    expect(cookieValue(h, 'consentry')).toBe(expected);
    if (h !== undefined) expect(jsCookieGet(h, 'consentry')).toBe(expected);
  });
});
