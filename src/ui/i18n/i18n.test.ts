import { describe, expect, it, vi } from 'vitest';
import { chooseTexts } from './pack';
import { BANNER_PACKS, DIALOG_PACKS } from './packs';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('texts', () => {
  it('every language has every key, with the same placeholders as English (banner and dialog)', () => {
    for (const [en, others] of [
      [BANNER_PACKS.en.t, [BANNER_PACKS.ru.t, BANNER_PACKS.hi.t]],
      [DIALOG_PACKS.en.d, [DIALOG_PACKS.ru.d, DIALOG_PACKS.hi.d]],
    ] as const) {
      for (const texts of others) {
        expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort());
        for (const key of Object.keys(en) as Array<keyof typeof en>) expect([key, placeholders((texts as typeof en)[key])]).toEqual([key, placeholders(en[key])]);
      }
    }
  });

  // DPDP Act s.14: the nominee acts on the visitor's death or incapacity. The Russian text named
  // only the second, so a Russian reader was told of less than the English and Hindi ones.
  it('the right to nominate names both of its cases, death and incapacity, in every language', () => {
    const cases = { en: [/\bdie\b/, /cannot act/], ru: [/умрёте/, /не сможете/], hi: [/मृत्यु/, /असमर्थता/] } as const;
    for (const [lang, [death, incapacity]] of Object.entries(cases)) {
      const text = DIALOG_PACKS[lang as keyof typeof cases].d.right_nominate;
      expect([lang, text]).toEqual([lang, expect.stringMatching(death)]);
      expect([lang, text]).toEqual([lang, expect.stringMatching(incapacity)]);
    }
  });

  it('the site’s overrides win; a language not shipped is used only with every text given, else English', () => {
    const en = BANNER_PACKS.en.t;
    expect(chooseTexts('ru-RU', 'ru', BANNER_PACKS.ru.t, { ru: { acceptAll: 'Принять всё' } })).toMatchObject({ lang: 'ru-RU', t: { acceptAll: 'Принять всё', rejectAll: 'Отклонить все' } });
    expect(chooseTexts('de', 'en', en, { de: { acceptAll: 'Alle akzeptieren' } })).toMatchObject({ lang: 'en', t: { acceptAll: 'Accept all' } });
    const german = Object.fromEntries(Object.entries(en).map(([k, v]) => [k, `de:${v}`])); // with their placeholders
    expect(chooseTexts('de', 'en', en, { de: german })).toMatchObject({ lang: 'de', t: { acceptAll: 'de:Accept all' } });
  });
});

describe('overrides whose placeholders are not the text’s', () => {
  it('are left out, so the shipped text shows; a language not shipped with one of them is not complete, so English', () => {
    const en = BANNER_PACKS.en.t;
    expect(chooseTexts('en', 'en', en, { en: { minimumAge: 'Only {years}+.', acceptAll: 'OK' } }).t).toMatchObject({ minimumAge: en.minimumAge, acceptAll: 'OK' });
    const german = { ...Object.fromEntries(Object.keys(en).map((k) => [k, `de:${k}`])) };
    expect(chooseTexts('de', 'en', en, { de: german }).lang).toBe('en'); // "de:intro" drops {operator}
  });

  it('each one left out is told through `say`, with the language key it is under (a regional tag\'s primary one), its key, its value and the text shown instead', () => {
    const ru = BANNER_PACKS.ru.t;
    const say = vi.fn();
    const { t } = chooseTexts('ru-RU', 'ru', ru, { ru: { minimumAge: 'Только {years}+.', acceptAll: 'Да' } }, say);
    expect(t).toMatchObject({ minimumAge: ru.minimumAge, acceptAll: 'Да' });
    expect(say.mock.calls).toEqual([['warn', 'textPlaceholders', 'ru', 'minimumAge', 'Только {years}+.', ru.minimumAge]]);
  });

  // The banner draws its texts again on each language switch and the dialog on each opening, each
  // through chooseTexts: the same warning came on every draw.
  it('is told once a page (one `say`) per language and key, however often the banner and the dialog are drawn', () => {
    const en = BANNER_PACKS.en.t;
    const overrides = { en: { minimumAge: 'Only {years}+.', intro: 'Hello.' } };
    const say = vi.fn();
    for (let draw = 0; draw < 3; draw++) chooseTexts('en', 'en', en, overrides, say); // the banner
    chooseTexts('en', 'en', { ...en, ...DIALOG_PACKS.en.d }, overrides, say); // the dialog shows the first layer's texts too
    expect(say.mock.calls.map((call) => call[3])).toEqual(['minimumAge', 'intro']);
    const another = vi.fn(); // another page
    chooseTexts('en', 'en', en, overrides, another);
    expect(another).toHaveBeenCalledTimes(2);
  });
});

describe('an override given as undefined (a variable not set)', () => {
  it('is none: the shipped text shows, and a language not shipped with one is not complete, so English', () => {
    const en = BANNER_PACKS.en.t;
    expect(chooseTexts('en', 'en', en, { en: { acceptAll: undefined, rejectAll: 'No' } }).t).toMatchObject({ acceptAll: en.acceptAll, rejectAll: 'No' });
    const german = { ...Object.fromEntries(Object.entries(en).map(([k, v]) => [k, `de:${v}`])), acceptAll: undefined };
    expect(chooseTexts('de', 'en', en, { de: german })).toMatchObject({ lang: 'en', t: { acceptAll: en.acceptAll } });
  });
});
