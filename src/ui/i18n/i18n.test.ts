import { describe, expect, it } from 'vitest';
import { chooseTexts, format } from './index';
import { en } from './en';
import { hi } from './hi';
import { ru } from './ru';

describe('texts', () => {
  it('every language has every key, with the same placeholders as English', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const messages of [ru, hi]) {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        expect([key, placeholders(messages[key])]).toEqual([key, placeholders(en[key])]);
      }
    }
  });

  it('picks the exact language, else its primary language; overrides win', () => {
    expect(chooseTexts('ru-RU').messages.acceptAll).toBe('Принять все');
    expect(chooseTexts('ru-RU').lang).toBe('ru-RU');
    expect(chooseTexts('hi', { hi: { acceptAll: 'स्वीकार' } }).messages.acceptAll).toBe('स्वीकार');
  });

  it('a language it does not ship is used only when the site gave every text; else English, and lang says so', () => {
    expect(chooseTexts('de', { de: { acceptAll: 'Alle akzeptieren' } })).toMatchObject({ lang: 'en', messages: { acceptAll: 'Accept all' } });
    const german = Object.fromEntries(Object.keys(en).map((k) => [k, `de:${k}`]));
    expect(chooseTexts('de', { de: german })).toMatchObject({ lang: 'de', messages: { acceptAll: 'de:acceptAll' } });
  });

  it('format fills known placeholders and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
