import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../core/resolved-config';
import { BANNER_PACKS } from '../i18n/packs';
import { DEMO_SITES, resolvedDemo } from '../testing/demo-configs';
import { firstLayer } from './first-layer';

type Lang = keyof typeof BANNER_PACKS;

function layer(config: ResolvedConfig, lang: Lang, gpc = false) {
  const pack = BANNER_PACKS[lang];
  const lines = firstLayer({ config, lang, t: pack.t, countries: pack.countries, providers: pack.providers, gpc });
  return { lines, text: Object.fromEntries(lines.map((l) => [l.id, l.text])), all: lines.map((l) => l.text).join(' ') };
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const sentences = (s: string) => s.split(/(?<=[.।])\s+/);

describe('first layer, on the demo sites’ own configs', () => {
  for (const site of DEMO_SITES) {
    for (const lang of site.langs) {
      it(`${site.id} (${lang}): short, one colon a sentence at most, each company once`, () => {
        const { lines, all } = layer(resolvedDemo(site.id), lang);
        expect(words(all) + words(BANNER_PACKS[lang].t.policyLink)).toBeLessThanOrEqual(70); // issue 10: at most 70 words of body text
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
      necessary: 'Необходимые работают всегда.',
      recipients: 'Кто ещё получит данные, если вы согласитесь: ООО «Яндекс» и RUTUBE.',
      'cross-border': 'С вашего согласия данные уйдут и за рубеж (трансграничная передача): Google LLC (США).',
      change: 'Изменить выбор можно в любой момент в настройках cookie.',
    });
    expect(lines.find((l) => l.id === 'cross-border')!.warn).toBe(true);
  });

  it('the shop: Yandex (Metrica and Maps) is named once, with one condition; no cross-border warning for Russian services', () => {
    const { text, all } = layer(resolvedDemo('shop'), 'ru');
    expect(text.recipients).toBe('Кто ещё получит данные, если вы согласитесь: ООО «Яндекс».');
    expect(all.match(/Яндекс/g)).toHaveLength(1);
    expect(text['cross-border']).toBeUndefined();
  });

  it('a company that receives data in any case is not also listed "if you agree"', () => {
    const config = resolvedDemo('shop', (c) => c.policy.recipients!.push({ name: { ru: 'ООО «Яндекс»', en: 'Yandex LLC' }, country: 'RU', purpose: { ru: 'Хостинг', en: 'Hosting' } }));
    expect(layer(config, 'en').text.recipients).toBeUndefined();
  });

  it('an unknown country ("ZZ") is not abroad: no cross-border warning, the country said to be not stated', () => {
    const config = resolvedDemo('arcon', (c) => {
      c.policy.recipients!.push({ name: { ru: 'Подрядчики', en: 'Service providers' }, country: 'ZZ', purpose: { ru: 'Опросы', en: 'Surveys' } });
      c.services!.rutube!.country = 'ZZ';
    });
    const ru = layer(config, 'ru');
    expect(ru.text['cross-border']).toBeUndefined();
    expect(ru.text['cross-border-always']).toBeUndefined();
    expect(ru.text.recipients).toBe('Кто ещё получит данные, если вы согласитесь: RUTUBE (страна не указана).');
  });

  it('a recipient abroad that always receives data is warned about under 152-FZ, without "if you agree"', () => {
    const config = resolvedDemo('arcon', (c) => c.policy.recipients!.push({ name: 'Hosting GmbH', country: 'DE', purpose: { ru: 'Хостинг', en: 'Hosting' } }));
    expect(layer(config, 'ru').text['cross-border-always']).toBe('Данные передаются и за рубеж (трансграничная передача): Hosting GmbH (Германия).');
  });

  it('CMachines (DPDP, en): withdrawal, the Board (with "the"), contact and age; no config sentence glued after a colon', () => {
    const { text, all } = layer(resolvedDemo('cmachines'), 'en');
    expect(text).toEqual({
      intro: 'CMACHINES INDIA PRIVATE LIMITED uses cookies and similar technologies.',
      optional: 'Only with your consent: promotional messages and embedded content.',
      necessary: 'Essential cookies are always on.',
      recipients: 'If you agree, data also goes to RUTUBE (Russia).',
      age: 'You must be 18 or older to agree.',
      withdraw: 'Withdraw at any time in the cookie settings, as easily as you agreed.',
      complain: 'Complaints: to us first, then to the Data Protection Board of India.',
      contact: 'Contact: info@clever-machines.in, +91-8826682769.',
    });
    expect(all).not.toContain('Cookie settings" at the bottom'); // the config's withdrawal sentence is the dialog's
  });

  it('CMachines in Hindi: Hindi sentences ending in the danda', () => {
    const { lines } = layer(resolvedDemo('cmachines'), 'hi');
    for (const l of lines) expect(l.text, l.id).toMatch(/।$/);
    expect(lines.find((l) => l.id === 'complain')!.text).toBe('शिकायत पहले हमसे करें, फिर भारतीय डेटा संरक्षण बोर्ड से।');
  });

  it('"the" goes before a many-word body only, and only in English', () => {
    const board = (authority: string, lang: Lang) => layer(resolvedDemo('cmachines', (c) => (c.policy.complaint = { authority })), lang).text.complain;
    expect(board('Roskomnadzor', 'en')).toBe('Complaints: to us first, then to Roskomnadzor.');
    expect(board('The Data Protection Board of India', 'en')).toBe('Complaints: to us first, then to The Data Protection Board of India.');
    expect(board('Data Protection Board of India', 'hi')).toBe('शिकायत पहले हमसे करें, फिर Data Protection Board of India से।');
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
    const always = { en: /^Essential cookies are always on\.$/, ru: /^Необходимые работают всегда\.$/, hi: /^ज़रूरी कुकीज़ हमेशा चालू रहती हैं।$/ };
    for (const site of DEMO_SITES) {
      for (const lang of site.langs) {
        const { lines } = layer(resolvedDemo(site.id), lang);
        // Right after what needs consent, so "only with your consent" is never read as covering them.
        expect(lines.map((l) => l.id).slice(0, 3), `${site.id} ${lang}`).toEqual(['intro', 'optional', 'necessary']);
        expect(lines[2]!.text, `${site.id} ${lang}`).toMatch(always[lang]);
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
      change: 'You can change your choice at any time in the cookie settings.',
    });
  });
});
