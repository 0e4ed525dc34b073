import { describe, expect, test } from 'vitest';
import { EXPECTED, explain, formatIssues, issueOf, show } from './explain';
import type { Code } from './spec';
import { check, int, obj, str } from './spec';

describe('explain', () => {
  test('reads the value found at the finding’s path, and says what was expected', () => {
    const config = { cookie: { lifetimeDays: 400 } };
    expect(explain([{ path: ['cookie', 'lifetimeDays'], code: 'int', args: [1, 395] }], config)).toEqual([
      { path: 'cookie.lifetimeDays', value: '400', expected: 'a whole number from 1 to 395' },
    ]);
  });

  test('array indices, missing values, and the whole config', () => {
    const config = { categories: { analytics: { services: ['ga'] } } };
    expect(explain([{ path: ['categories', 'analytics', 'services', 0], code: 'service', args: [[]] }], config)[0]).toEqual({
      path: 'categories.analytics.services[0]',
      value: '"ga"',
      expected: 'a service defined in "services" or by an integration',
    });
    expect(explain([{ path: ['categories', 'necessary'], code: 'necessary' }], config)[0]?.value).toBe('undefined (missing)');
    expect(explain([{ path: [], code: 'obj' }], null)).toEqual([{ path: 'config', value: 'null', expected: 'an object' }]);
  });

  test('an integration’s service listed without it says where it comes from: on npm a config’s "integrations" bring none', () => {
    const config = { categories: { analytics: { services: ['yandex-metrica', 'google-analytics'] } }, integrations: { yandexMetrica: { id: 1 } } };
    const [metrica, ga] = explain(
      [0, 1].map((i) => ({ path: ['categories', 'analytics', 'services', i], code: 'service' as const, args: [['yandex-maps']] })),
      config,
    );
    expect(metrica?.expected).toBe(
      'a known service: one of "yandex-maps"; "yandex-metrica" comes with its integration: "integrations": { "yandexMetrica": { id } } for the script tag, the yandexMetrica({ id }) plugin on npm (a config\'s "integrations" bring no services there)',
    );
    expect(ga?.expected).toContain('the google({ measurementId }) plugin on npm');
  });

  test('a key that breaks its pattern is shown itself', () => {
    expect(explain([{ path: ['services', 'GA'], code: 'idKey' }], { services: { GA: {} } })[0]?.value).toBe('"GA"');
    expect(explain([{ path: ['ui', 'texts', 'EN'], code: 'textKey' }], { ui: { texts: { EN: { acceptAll: 'OK' } } } })[0]?.value).toBe('"EN"');
  });

  test('texts are named in the config’s default language, as the checker has it', () => {
    const finding = { path: ['title'], code: 'textLang' as const };
    expect(explain([finding], { title: { en: 'x' }, language: { default: 'ru' } })[0]?.expected).toBe('a text for the default language "ru" too');
    expect(explain([finding], { title: { ru: 'x' }, language: { default: 'Russian' } })[0]?.expected).toBe('a text for the default language "en" too');
    // A wrong default: the checker asks for the first of the available languages, and says so.
    expect(explain([finding], { title: { en: 'x' }, language: { default: 'EN', available: ['RU', 'ru', 'en'] } })[0]?.expected).toBe('a text for the default language "ru" too');
    expect(explain([finding], { title: { ru: 'x' }, language: { available: ['ru', 'en'] } })[0]?.expected).toBe('a text for the default language "en" too');
  });

  test('every code has words, and none leaves a value out', () => {
    const args: Partial<Record<Code, unknown[]>> = { listedTwice: [['categories', 'analytics', 'services', 0]], notStated: ['ruAddress'], ruAbroad: ['US'], textsIncomplete: [[], ['dialogTitle']], tagManagerSignals: [['ad_storage'], ['marketing'], 'analytics'] };
    for (const [code, words] of Object.entries(EXPECTED) as Array<[Code, (a: unknown[], lang: string, value: unknown) => string]>) {
      const text = words(args[code] ?? [['a', 'b'], 2], 'en', 'x');
      expect(text, code).toMatch(/\w/);
      expect(text, code).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});

test('issueOf: a spec’s finding in words, its path from the checked value (npm plugins\' options)', () => {
  const spec = obj({ waitForUpdate: int(0, 10_000), nonce: str() });
  const words = (value: unknown) => check(spec, value).map((f) => issueOf(f, value));
  expect(words({ waitForUpdate: -1, nonce: 'n' })).toEqual([{ path: 'waitForUpdate', value: '-1', expected: 'a whole number from 0 to 10000' }]);
  expect(words('G-1')).toEqual([{ path: '', value: '"G-1"', expected: 'an object' }]);
});

test('formatIssues: one line per issue, "config.<path>: got …; expected …"', () => {
  expect(
    formatIssues([
      { path: 'config', value: 'null', expected: 'an object' },
      { path: 'cookie.name', value: '"a b"', expected: 'a cookie name' },
    ]),
  ).toBe('invalid config, so nothing optional will run (failing closed). 2 problem(s):\n  config: got null; expected an object\n  config.cookie.name: got "a b"; expected a cookie name');
});

test('show: JSON cut short, functions and undefined named, cycles survive', () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  expect(show('x'.repeat(100))).toHaveLength(78);
  expect(show(() => 1)).toBe('a function');
  expect(show(undefined)).toBe('undefined (missing)');
  expect(show(cycle)).toBe('[object Object]');
});
