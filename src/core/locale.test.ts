import { describe, expect, test } from 'vitest';
import { matchLocale, resolveLocale } from './locale';

const env = (documentLang: string | null, languages: string[] = []) => ({ documentLang: () => documentLang, browserLanguages: () => languages });

describe('matchLocale', () => {
  test.each([
    ['ru-RU', ['en', 'ru'], 'ru'],
    ['ru-RU', ['en', 'ru', 'ru-RU'], 'ru-RU'],
    ['RU', ['en', 'ru'], 'ru'],
    [' hi ', ['en', 'hi'], 'hi'],
    ['en', ['en-GB', 'ru'], 'en-GB'],
    ['en-US', ['en-GB', 'ru'], 'en-GB'],
    ['de', ['en', 'ru'], undefined],
    ['', ['en'], undefined],
  ])('%j in %j: %j', (tag, available, expected) => {
    expect(matchLocale(tag, available)).toBe(expected);
  });
});

describe('resolveLocale', () => {
  const settings = { default: 'en', available: ['en', 'ru', 'hi'] };

  test('force wins over everything', () => {
    expect(resolveLocale({ ...settings, force: 'hi' }, env('ru', ['ru']))).toBe('hi');
  });

  test('<html lang> before the browser languages', () => {
    expect(resolveLocale(settings, env('ru-RU', ['hi']))).toBe('ru');
  });

  test('the first browser language the site offers', () => {
    expect(resolveLocale(settings, env('de', ['fr', 'hi-IN', 'ru']))).toBe('hi');
  });

  test('the default when nothing matches', () => {
    expect(resolveLocale(settings, env(null, ['de']))).toBe('en');
    expect(resolveLocale(settings, env('', []))).toBe('en');
  });
});
