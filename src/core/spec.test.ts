import { describe, expect, test } from 'vitest';
import type { Finding } from './spec';
import { BOOL, TEXT, alt, arr, check, get, int, keysOf, map, obj, oneOf, opt, ref, str } from './spec';

const codes = (findings: Finding[]) => findings.map((f) => `${f.path.join('/')}:${f.code}`);

describe('leaves', () => {
  test('a string is non-blank, or matches its pattern', () => {
    expect(check(str(), 'x')).toEqual([]);
    expect(codes(check(str(), ' \n'))).toEqual([':str']);
    expect(codes(check(str(), 1))).toEqual([':str']);
    expect(codes(check(str(/^a+$/, 'id'), 'ab'))).toEqual([':id']);
  });

  test('a string may be refused though its pattern allows it', () => {
    const name = str(/^\w+$/, 'cookieName', { not: { of: ['constructor'], code: 'proto' } });
    expect(codes(check(name, 'constructor'))).toEqual([':proto']);
    expect(check(name, 'consentry')).toEqual([]);
  });

  test('whole numbers in a range, with the bounds for the message', () => {
    expect(check(int(1, 3), 2)).toEqual([]);
    for (const bad of [0, 4, 1.5, '2', NaN]) expect(check(int(1, 3), bad)).toEqual([{ path: [], code: 'int', args: [1, 3] }]);
    expect(check(int(1), 1e9)).toEqual([]);
  });

  test('booleans and enums', () => {
    expect(codes(check(BOOL, 'yes'))).toEqual([':bool']);
    expect(check(oneOf(['a', false]), false)).toEqual([]);
    expect(check(oneOf(['a', 'b']), 'c')).toEqual([{ path: [], code: 'enum', args: [['a', 'b']] }]);
  });

  test('alternatives: one finding with their code when none passes', () => {
    const id = alt('ymId', int(1), str(/^\d+$/));
    expect(check(id, 5)).toEqual([]);
    expect(check(id, '5')).toEqual([]);
    expect(check(id, 0)).toEqual([{ path: [], code: 'ymId', args: undefined }]);
  });
});

describe('texts', () => {
  test('a string, or texts by language that include the default language', () => {
    expect(check(TEXT, 'Hi')).toEqual([]);
    expect(codes(check(TEXT, ' '))).toEqual([':textEmpty']);
    expect(codes(check(TEXT, {}))).toEqual([':text']);
    expect(codes(check(TEXT, 3))).toEqual([':text']);
    expect(codes(check(TEXT, { English: 'Hi', ru: 2 }))).toEqual(['English:textKey', 'ru:str']);
    expect(check(TEXT, { en: 'Hi' })).toEqual([]);
    expect(codes(check(TEXT, { ru: 'Привет' }))).toEqual([':textLang']);
  });

  test('the default language is the first one collected into "lang"', () => {
    const spec = obj({ lang: str(/^[a-z]+$/, 'lang', { set: 'lang' }), title: TEXT });
    expect(check(spec, { lang: 'ru', title: { ru: 'Привет' } })).toEqual([]);
    expect(codes(check(spec, { lang: 'ru', title: { en: 'Hi' } }))).toEqual(['title:textLang']);
  });
});

describe('objects', () => {
  const point = obj({ x: int(0, 9), y: opt(int(0, 9)), label: opt(str(), 'origin') });

  test('unknown keys are reported with the known ones; required keys are checked even when missing', () => {
    expect(check(point, { x: 1, z: 2 })).toEqual([{ path: ['z'], code: 'key', args: [['x', 'y', 'label']] }]);
    expect(codes(check(point, {}))).toEqual(['x:int']);
    expect(codes(check(point, []))).toEqual([':obj']);
    expect(codes(check(point, null))).toEqual([':obj']);
  });

  test('a key left out is checked with its fallback', () => {
    const spec = obj({ lang: opt(str(/^[a-z]+$/, 'lang', { set: 'lang' }), 'en'), title: TEXT });
    expect(check(spec, { title: { en: 'Hi' } })).toEqual([]);
    expect(codes(check(spec, { title: { ru: 'Hi' } }))).toEqual(['title:textLang']);
  });

  test('own keys only: "__proto__" and "constructor" are unknown keys like any other', () => {
    const parsed = JSON.parse('{"x":1,"__proto__":{"y":1},"constructor":2}');
    expect(codes(check(point, parsed))).toEqual(['__proto__:key', 'constructor:key']);
  });

  test('maps check each key and each entry, and may require a key', () => {
    const categories = map(str(/^[a-z]+$/, 'idKey', { set: 'category' }), obj({ title: TEXT }), {
      code: 'categories',
      rules: [{ when: { necessary: undefined }, at: 'necessary', code: 'necessary' }],
    });
    expect(check(categories, { necessary: { title: 'N' } })).toEqual([]);
    expect(codes(check(categories, { Ads: { title: 1 } }))).toEqual(['Ads:idKey', 'Ads/title:text', 'necessary:necessary']);
    expect(codes(check(categories, 'x'))).toEqual([':categories']);
  });

  test('rules: a forbidden combination, or one of several keys required', () => {
    const cookie = obj({ sameSite: opt(oneOf(['Lax', 'None'])), secure: opt(BOOL) }, { rules: [{ when: { sameSite: 'None', secure: false }, at: 'secure', code: 'sameSiteSecure' }] });
    expect(codes(check(cookie, { sameSite: 'None', secure: false }))).toEqual(['secure:sameSiteSecure']);
    expect(check(cookie, { sameSite: 'None' })).toEqual([]);
    const contact = obj({ email: opt(str()), phone: opt(str()) }, { rules: [{ when: { email: undefined, phone: undefined }, code: 'contact' }] });
    expect(codes(check(contact, {}))).toEqual([':contact']);
    expect(check(contact, { phone: '1' })).toEqual([]);
  });

  test('needs: what a listed value requires, down lists (`*`), as data', () => {
    const policy = obj(
      { laws: arr(str()), complaint: opt(str()), purposes: arr(obj({ data: opt(arr(str())) })) },
      {
        needs: [
          { if: 'laws', has: 'dpdp', at: ['complaint'], code: 'dpdpComplaint' },
          { if: 'laws', has: 'dpdp', at: ['purposes', '*', 'data'], code: 'dpdpAge' },
        ],
      },
    );
    expect(check(policy, { laws: ['gdpr'], purposes: [{}] })).toEqual([]);
    expect(codes(check(policy, { laws: ['dpdp'], purposes: [{ data: ['x'] }, {}] }))).toEqual(['complaint:dpdpComplaint', 'purposes/1/data:dpdpAge']);
  });

  test('keysOf: every key optional, one node for all', () => {
    const texts = keysOf(['a', 'b'], str(), { code: 'textsObj', unknown: 'textName' });
    expect(check(texts, { a: 'x' })).toEqual([]);
    expect(codes(check(texts, { c: 'x', b: '' }))).toEqual(['c:textName', 'b:str']);
    expect(codes(check(texts, 1))).toEqual([':textsObj']);
  });
});

describe('lists', () => {
  test('a minimum length, each item checked', () => {
    expect(check(arr(int(0, 1), 1), [])).toEqual([{ path: [], code: 'arr', args: [1] }]);
    expect(codes(check(arr(int(0, 1)), [0, 5, 1, 7]))).toEqual(['1:int', '3:int']);
  });

  test('`includes`: the list must hold the default language', () => {
    const language = obj({ default: opt(str(/^[a-z]+$/, 'lang', { set: 'lang' }), 'en'), available: opt(arr(str(/^[a-z]+$/, 'lang', { set: 'lang' }), 1, 'availDefault')) });
    expect(check(language, { available: ['en', 'ru'] })).toEqual([]);
    expect(codes(check(language, { default: 'ru', available: ['en'] }))).toEqual(['available:availDefault']);
  });
});

describe('references, checked once everything was walked', () => {
  const config = obj({
    purposes: arr(obj({ category: ref('category') })),
    categories: map(str(/^[a-z]+$/, 'idKey', { set: 'category' }), obj({ services: arr(ref('service', 'service', { once: 'listedTwice' })) })),
    gpc: opt(arr(ref('category', 'ref', { except: 'necessary' }))),
  });

  test('a reference to a value collected later in the walk', () => {
    expect(check(config, { purposes: [{ category: 'ads' }], categories: { ads: { services: [] } } })).toEqual([]);
    expect(check(config, { purposes: [{ category: 'stats' }], categories: { ads: { services: [] } } })).toEqual([
      { path: ['purposes', 0, 'category'], code: 'ref', args: [['ads']] },
    ]);
  });

  test('seeds, `once` (with where it was first) and `except`', () => {
    const value = { purposes: [], categories: { necessary: { services: ['a'] }, ads: { services: ['a', 'b'] } }, gpc: ['necessary'] };
    expect(check(config, value, { service: ['a'] })).toEqual([
      { path: ['categories', 'ads', 'services', 0], code: 'listedTwice', args: [['categories', 'necessary', 'services', 0]] },
      { path: ['categories', 'ads', 'services', 1], code: 'service', args: [['a']] },
      { path: ['gpc', 0], code: 'ref', args: [['ads']] },
    ]);
  });

  test('a reference into a part that is missing is not reported twice', () => {
    expect(codes(check(config, { purposes: [{ category: 'ads' }] }))).toEqual(['categories:obj']);
  });

  test('a shape is checked first', () => {
    const signal = obj({ signal: ref('category', 'signal', { shape: str(/^[a-z]+$/, 'signalKey') }), categories: map(str(undefined, 'idKey', { set: 'category' }), BOOL) });
    expect(codes(check(signal, { signal: 'Ads', categories: { ads: true } }))).toEqual(['signal:signalKey']);
    expect(codes(check(signal, { signal: 'stats', categories: { ads: true } }))).toEqual(['signal:signal']);
  });
});

test('each check starts afresh: nothing leaks from one config to the next', () => {
  const spec = obj({ ids: arr(str(undefined, 'id', { set: 'ids', once: 'dupData' })), pick: ref('ids') });
  expect(check(spec, { ids: ['a'], pick: 'a' })).toEqual([]);
  expect(codes(check(spec, { ids: ['b'], pick: 'a' }))).toEqual(['pick:ref']);
  expect(codes(check(spec, { ids: ['b', 'b'], pick: 'b' }))).toEqual(['ids/1:dupData']);
});

test('get: own keys only', () => {
  const value = JSON.parse('{"a":[{"b":1}],"__proto__":{"c":2}}');
  expect(get(value, ['a', 0, 'b'])).toBe(1);
  expect(get(value, ['__proto__', 'c'])).toBe(2);
  expect(get(value, ['constructor'])).toBeUndefined();
  expect(get(value, ['a', 'length', 'x'])).toBeUndefined();
});
