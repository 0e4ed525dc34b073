import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../core/resolved-config';
import { chooseTexts } from '../i18n/pack';
import { BANNER_PACKS } from '../i18n/packs';
import { DEMO_SITES, resolvedDemo } from '../testing/demo-configs';
import { firstLayer } from './first-layer';

type Lang = keyof typeof BANNER_PACKS;

const BASE = 'https://site.test/sites/demo/page.html';

function layer(config: ResolvedConfig, lang: Lang, gpc = false) {
  const pack = BANNER_PACKS[lang];
  const lines = firstLayer({ config, lang, t: pack.t, countries: pack.countries, providers: pack.providers, gpc, base: BASE });
  return { lines, text: Object.fromEntries(lines.map((l) => [l.id, l.text])), all: lines.map((l) => l.text).join(' ') };
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const sentences = (s: string) => s.split(/(?<=[.।])\s+/);

describe('first layer, on the demo sites’ own configs', () => {
  for (const site of DEMO_SITES) {
    for (const lang of site.langs) {
      it(`${site.id} (${lang}): short, one colon a sentence at most, each company once`, () => {
        const { lines, all } = layer(resolvedDemo(site.id), lang);
        expect(words(all)).toBeLessThanOrEqual(70); // issue 10: at most 70 words, the links (policy, consent document) and the under-age button included
        for (const s of sentences(all)) expect(s.split(':').length - 1, s).toBeLessThanOrEqual(1);
        expect(all).not.toMatch(/[.:]\s*[.:]/); // no ".." or ": ." from a config text ending in its own stop
        for (const l of lines) expect(l.text).not.toContain('{');
      });
    }
  }

  it('Infomaximum (152-FZ, ru): Google LLC is named once, in the cross-border warning; Yandex and RUTUBE once, if you agree', () => {
    const { text, lines } = layer(resolvedDemo('infomaximum'), 'ru');
    expect(text).toEqual({
      intro: 'ООО «Инфомаксимум» использует cookie и похожие технологии.',
      optional: 'Только с вашего согласия: интернет-статистика, рассылка и внешние материалы.',
      necessary: 'Необходимые (всегда включены): запоминают ваш выбор о cookie.',
      recipients: 'С вашего согласия данные получат также: ООО «Яндекс» и RUTUBE.',
      'cross-border': 'С вашего согласия — трансграничная передача данных: Google LLC (США).',
      change: 'Выбор можно изменить в настройках cookie.',
      policy: 'Политика конфиденциальности',
      consent: 'Согласие на обработку персональных данных',
    });
    expect(lines.find((l) => l.id === 'cross-border')!.warn).toBe(true);
    // 156-FZ: the consent is its own document, linked as its own item after the policy.
    expect(lines.find((l) => l.id === 'consent')!.href).toBe('/sites/infomaximum/consent?lang=ru');
    expect(lines.find((l) => l.id === 'policy')!.href).toBe(resolvedDemo('infomaximum').policy.url);
  });

  it('the shop: Yandex (Metrica and Maps) is named once, with one condition; no cross-border warning for Russian services', () => {
    const { text, all } = layer(resolvedDemo('shop'), 'ru');
    expect(text.recipients).toBe('С вашего согласия данные получат также: ООО «Яндекс».');
    expect(all.match(/Яндекс/g)).toHaveLength(1);
    expect(text['cross-border']).toBeUndefined();
  });

  it('a company that receives data in any case is not also listed "if you agree"', () => {
    const config = resolvedDemo('shop', (c) => (c.policy.recipients = [...c.policy.recipients!, { name: { ru: 'ООО «Яндекс»', en: 'Yandex LLC' }, country: 'RU', purpose: { ru: 'Хостинг', en: 'Hosting' } }]));
    expect(layer(config, 'en').text.recipients).toBeUndefined();
  });

  it('an unknown country ("ZZ") is not abroad: no cross-border warning, the country said to be not stated', () => {
    const config = resolvedDemo('arcon', (c) => {
      c.policy.recipients = [...c.policy.recipients!, { name: { ru: 'Подрядчики', en: 'Service providers' }, country: 'ZZ', purpose: { ru: 'Опросы', en: 'Surveys' } }];
      c.services!.rutube!.country = 'ZZ';
    });
    const ru = layer(config, 'ru');
    expect(ru.text['cross-border']).toBeUndefined();
    expect(ru.text['cross-border-always']).toBeUndefined();
    expect(ru.text.recipients).toBe('С вашего согласия данные получат также: RUTUBE (страна не указана).');
  });

  it('an operator whose country is not stated ("ZZ"): no company is called abroad, the shop’s Russian ones included; the first layer reads as it does for the shop in Russia', () => {
    for (const lang of ['ru', 'en'] as const) {
      const unknown = layer(resolvedDemo('shop', (c) => (c.policy.operator.country = 'ZZ')), lang);
      expect(unknown.lines.filter((l) => l.warn)).toEqual([]);
      expect(unknown.text).toEqual(layer(resolvedDemo('shop'), lang).text);
    }
    expect(layer(resolvedDemo('shop', (c) => (c.policy.operator.country = 'ZZ')), 'ru').text.recipients).toBe('С вашего согласия данные получат также: ООО «Яндекс».');
  });

  it('a recipient abroad that always receives data is warned about under 152-FZ, without "if you agree"', () => {
    const config = resolvedDemo('arcon', (c) => (c.policy.recipients = [...c.policy.recipients!, { name: 'Hosting GmbH', country: 'DE', purpose: { ru: 'Хостинг', en: 'Hosting' } }]));
    expect(layer(config, 'ru').text['cross-border-always']).toBe('Данные передаются и за рубеж (трансграничная передача): Hosting GmbH (Германия).');
  });

  it('CMachines (DPDP, en): withdrawal, the two-step complaint with the grievance contact, age and the under-18 path; no config sentence glued after a colon', () => {
    const { text, lines, all } = layer(resolvedDemo('cmachines'), 'en');
    expect(text).toEqual({
      intro: 'CMACHINES INDIA PRIVATE LIMITED uses cookies and similar technologies.',
      necessary: 'Necessary (always on): remember your cookie choice.',
      optional: 'Only with your consent: promotional messages and embedded content.',
      recipients: 'If you agree, data also goes to RUTUBE (Russia).',
      age: 'You must be 18 or older to agree.',
      'under-age': 'I’m under 18',
      withdraw: 'Withdraw any time in the cookie settings, just as easily.',
      // DPDP s.13: the operator's grievance redressal first (its contact), then the Board.
      complain: 'Complaints: to us first (info@clever-machines.in), then to the Data Protection Board of India.',
      policy: 'Privacy policy',
    });
    expect(lines.find((l) => l.id === 'under-age')!.action).toBe('under-age');
    // The links and buttons last (the banner puts a dot between them), not a label glued to the next sentence.
    expect(lines.map((l) => l.id).slice(-2)).toEqual(['policy', 'under-age']);
    expect(all).not.toContain('Cookie settings" at the bottom'); // the config's withdrawal sentence is the dialog's
  });

  it('CMachines in Hindi: Hindi sentences ending in the danda', () => {
    const { lines } = layer(resolvedDemo('cmachines'), 'hi');
    // Sentences, not the labels of links and buttons.
    for (const l of lines.filter((l) => !l.href && !l.action)) expect(l.text, l.id).toMatch(/।$/);
    expect(lines.find((l) => l.id === 'complain')!.text).toBe('शिकायत पहले हमसे (info@clever-machines.in), फिर भारतीय डेटा संरक्षण बोर्ड से।');
  });

  it('"the" goes before a many-word body only, and only in English', () => {
    const board = (authority: string, lang: Lang) => layer(resolvedDemo('cmachines', (c) => (c.policy.complaint = { authority })), lang).text.complain;
    expect(board('Roskomnadzor', 'en')).toBe('Complaints: to us first (info@clever-machines.in), then to Roskomnadzor.');
    expect(board('The Data Protection Board of India', 'en')).toBe('Complaints: to us first (info@clever-machines.in), then to The Data Protection Board of India.');
    expect(board('Data Protection Board of India', 'hi')).toBe('शिकायत पहले हमसे (info@clever-machines.in), फिर Data Protection Board of India से।');
  });

  // A review found a contact shown as a bare path: "/sites/…/#contacts" names no site to reach.
  it('a relative grievance URL is shown resolved against the page; an absolute one as written, without "https://"', () => {
    const complain = (url: string) => layer(resolvedDemo('cmachines', (c) => (c.policy.grievance!.url = url)), 'en').text.complain;
    expect(complain('/contact#grievance')).toBe('Complaints: to us first (info@clever-machines.in, site.test/contact#grievance), then to the Data Protection Board of India.');
    expect(complain('//grievance.test/form')).toContain('(info@clever-machines.in, grievance.test/form)');
    expect(complain('https://cmachines.example/grievance')).toContain('(info@clever-machines.in, cmachines.example/grievance)');
  });

  it('category titles go in lower case after the colon, acronyms stay', () => {
    const config = resolvedDemo('infomaximum', (c) => (c.categories.marketing!.title = { ru: 'Рассылка', en: 'SMS' }));
    expect(layer(config, 'en').text.optional).toBe('Only with your consent: internet statistics, SMS, and embedded content.');
    expect(layer(config, 'ru').text.optional).toMatch(/: интернет-статистика, /);
  });

  it('a list whose item holds "and" is separated by semicolons, not "name and surname and email"', () => {
    const config = resolvedDemo('infomaximum', (c) => (c.categories.marketing!.title = { ru: 'Акции и скидки', en: 'Offers and discounts' }));
    expect(layer(config, 'ru').text.optional).toBe('Только с вашего согласия: интернет-статистика; акции и скидки; внешние материалы.');
  });

  it('GPC: says which categories stay off, each as quoted', () => {
    const config = resolvedDemo('infomaximum');
    expect(layer(config, 'en', true).text.gpc).toBe('Your browser sent a Global Privacy Control signal, so we keep “Newsletter” off.');
    expect(layer(config, 'ru', true).text.gpc).toBe('Ваш браузер передал сигнал Global Privacy Control, поэтому мы не включаем: «Рассылка».');
    expect(layer(config, 'en', false).text.gpc).toBeUndefined();
  });

  it('"necessary" is shown as always on, and why, on every demo site in every language', () => {
    // The category's own title, "always on", and its own description as the reason.
    const always = { en: / \(always on\): \S/, ru: / \(всегда включены\): \S/, hi: / \(हमेशा चालू\): \S/ };
    for (const site of DEMO_SITES) {
      for (const lang of site.langs) {
        const { lines } = layer(resolvedDemo(site.id), lang);
        // Before what needs consent, so "only with your consent" is read as the rest.
        expect(lines.map((l) => l.id).slice(0, 3), `${site.id} ${lang}`).toEqual(['intro', 'necessary', 'optional']);
        expect(lines[1]!.text, `${site.id} ${lang}`).toMatch(always[lang]);
      }
    }
  });

  it('a site with only necessary cookies says so instead of asking', () => {
    const config = resolvedDemo('arcon', (c) => {
      c.categories = { necessary: c.categories.necessary! };
      c.policy.purposes = c.policy.purposes.filter((p) => p.category === 'necessary');
    });
    expect(layer(config, 'en').text).toEqual({
      intro: '"Arcon" High-precision Machining Center LLC uses only the cookies the site needs to work.',
      change: 'Change your choice any time in the cookie settings.',
      policy: 'Privacy policy',
    });
  });

  it('a DPDP site with only necessary cookies asks nothing: no age limit "to agree", no consent to withdraw; the complaint route stays', () => {
    const config = resolvedDemo('cmachines', (c) => {
      c.categories = { necessary: c.categories.necessary! };
      c.policy.purposes = c.policy.purposes.filter((p) => p.category === 'necessary');
    });
    expect(layer(config, 'en').text).toEqual({
      intro: 'CMACHINES INDIA PRIVATE LIMITED uses only the cookies the site needs to work.',
      change: 'Change your choice any time in the cookie settings.',
      complain: 'Complaints: to us first (info@clever-machines.in), then to the Data Protection Board of India.',
      policy: 'Privacy policy',
    });
    expect(Object.keys(layer(config, 'hi').text)).toEqual(['intro', 'change', 'complain', 'policy']);
  });
});

describe('first layer, with the site’s text overrides (ui.texts)', () => {
  const draw = (texts: Record<string, string>) => {
    const config = resolvedDemo('infomaximum');
    const { t } = chooseTexts('en', 'en', BANNER_PACKS.en.t, { en: texts });
    const pack = BANNER_PACKS.en;
    return Object.fromEntries(firstLayer({ config, lang: 'en', t, countries: pack.countries, providers: pack.providers, gpc: false, base: BASE }).map((l) => [l.id, l.text]));
  };

  it('an override with placeholders its text lacks: the shipped line, never "undefined" (152-FZ names the recipients abroad)', () => {
    const text = draw({ crossBorderConsent: 'If you agree, data goes abroad: {companies}.', whoElse: 'Data also goes elsewhere.' });
    expect(text['cross-border']).toBe('If you agree, data also goes abroad (a cross-border transfer): Google LLC (United States).');
    expect(text.recipients).toMatch(/^If you agree, data also goes to .*Yandex/);
    expect(Object.values(text).join(' ')).not.toContain('undefined');
  });

  it('an override with the same placeholders, or of a text without any, is used as given', () => {
    const text = draw({ crossBorderConsent: 'Abroad, if you agree: {recipients}.', change: 'Change your mind in the cookie settings, whenever you like.' });
    expect(text['cross-border']).toBe('Abroad, if you agree: Google LLC (United States).');
    expect(text.change).toBe('Change your mind in the cookie settings, whenever you like.');
  });
});
