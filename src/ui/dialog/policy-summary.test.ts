import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../core/resolved-config';
import { BANNER_PACKS, DIALOG_PACKS } from '../i18n/packs';
import { plain } from '../parts';
import { DEMO_SITES, resolvedDemo } from '../testing/demo-configs';
import { policySummary } from './policy-summary';
import { serviceFacts } from './service-facts';

type Lang = keyof typeof BANNER_PACKS;

/** The page the dialog is on (`document.baseURI`). */
const BASE = 'https://arcon.test/sites/arcon/';
const texts = (lang: Lang) => ({ ...BANNER_PACKS[lang], ...DIALOG_PACKS[lang], base: BASE });

function dialog(config: ResolvedConfig, lang: Lang, gpc = false): Record<string, string[]> {
  const sections = policySummary({ ...texts(lang), config, lang, gpc: gpc ? config.gpc.categories : [] });
  return Object.fromEntries(sections.map((s) => [s.id, s.items.map((i) => plain(i.parts))]));
}

describe('the dialog’s policy summary', () => {
  for (const site of DEMO_SITES) {
    for (const lang of site.langs) {
      it(`${site.id} (${lang}): no double punctuation, each company once, every placeholder filled`, () => {
        const d = dialog(resolvedDemo(site.id), lang);
        const all = Object.values(d).flat();
        for (const line of all) {
          expect(line).not.toMatch(/[.:;।]\s*[.:।]/);
          expect(line).not.toContain('{');
        }
        const names = d.recipients!.map((r) => r.split(' (')[0]);
        expect(new Set(names).size).toBe(names.length);
      });
    }
  }

  // A review found Arcon's dialog saying "How to reach us: /sites/arcon/#contacts": a path names no site.
  it('a relative contact URL is shown resolved against the page, linking as written; an absolute one without "https://"', () => {
    expect(dialog(resolvedDemo('arcon'), 'en').contact).toEqual(['arcon.test/sites/arcon/#contacts']);
    const link = policySummary({ ...texts('ru'), config: resolvedDemo('arcon'), lang: 'ru', gpc: [] }).find((s) => s.id === 'contact')!.items[0]!.parts[0];
    expect(link).toEqual({ text: 'arcon.test/sites/arcon/#contacts', href: '/sites/arcon/#contacts' });
    expect(dialog(resolvedDemo('infomaximum'), 'en').contact).toEqual(['im.help@infomaximum.com', 'proceset.infomaximum.com']);
    // DPDP: the grievance contact too.
    const cmachines = resolvedDemo('cmachines', (c) => (c.policy.grievance!.url = '/grievance'));
    expect(dialog(cmachines, 'en').complaint![0]).toBe('First to us: info@clever-machines.in, arcon.test/grievance');
  });

  it('Russian: a category’s title keeps its nominative, after «категорию» (not «разрешите «Аналитика»»)', () => {
    const d = dialog(resolvedDemo('shop'), 'ru');
    const counters = d.purposes!.find((p) => p.startsWith('Анализ посещаемости'))!;
    expect(counters).toContain('Только если вы разрешите категорию «Аналитика».');
    expect(counters).not.toMatch(/разрешите «/);
  });

  it('a purpose whose title has a colon does not get a second one: title, basis and data are sentences of their own', () => {
    const config = resolvedDemo('infomaximum', (c) => (c.policy.purposes[2]!.title = { ru: 'Информирование по электронной почте: новые продукты', en: 'Email: new products' }));
    const line = dialog(config, 'ru').purposes!.find((p) => p.startsWith('Информирование по электронной почте: новые'))!;
    expect(line).toBe('Информирование по электронной почте: новые продукты. Только если вы разрешите категорию «Рассылка». Данные: имя и адрес электронной почты. Отказаться можно письмом на im.help@infomaximum.com с пометкой «Отказ от уведомлений о новых продуктах, услугах и специальных предложениях».');
    for (const sentence of line.split(/(?<=\.)\s/)) expect(sentence.split(':').length - 1).toBeLessThanOrEqual(1);
  });

  it('no capital after a colon: data after «Данные:» start in lower case; the config’s own sentences stand alone', () => {
    const d = dialog(resolvedDemo('arcon'), 'ru');
    expect(d.purposes![0]).toContain('Данные: имя, фамилия, номер телефона и адрес электронной почты.');
    expect(d.retention![0]!.startsWith('Столько, сколько нужно')).toBe(true); // its own paragraph, not "…: Столько"
    for (const line of d.purposes!) expect(line).not.toMatch(/: [А-ЯЁ][а-яё]/); // names may follow a colon; data and sentences do not
  });

  it('data items that hold "и" are separated by semicolons (no «имя и фамилия и адрес»)', () => {
    const config = resolvedDemo('arcon', (c) => (c.policy.data[0]!.name = { ru: 'Имя и фамилия', en: 'First and last name' }));
    const line = dialog(config, 'ru').purposes![0]!;
    expect(line).toContain('Данные: имя и фамилия; фамилия; номер телефона; адрес электронной почты.');
  });

  it('Hindi sentences end with the danda, not a full stop', () => {
    const d = dialog(resolvedDemo('cmachines'), 'hi');
    for (const line of d.purposes!) expect(line).not.toMatch(/[^\s]\.\s/);
    expect(d.purposes![0]).toMatch(/^फ़ीडबैक फ़ॉर्म के ज़रिए भेजे गए आपके अनुरोधों पर कार्रवाई करना। यह यहाँ आपकी पसंद पर निर्भर नहीं है। डेटा: /);
  });

  it('a recipient whose country is not stated is said so, and is not marked as a transfer abroad', () => {
    const sections = policySummary({ ...texts('en'), config: resolvedDemo('arcon'), lang: 'en', gpc: [] });
    const items = sections.find((s) => s.id === 'recipients')!.items;
    const providers = items.find((i) => plain(i.parts).startsWith('Service providers'))!;
    expect(plain(providers.parts)).toBe('Service providers (country not stated): processing information, studying interest in the services and surveying customers.');
    expect(providers.warn).toBeUndefined();
  });

  it('the company behind an optional service is named with its condition, once', () => {
    const d = dialog(resolvedDemo('infomaximum'), 'en');
    expect(d.recipients).toEqual([
      'Third parties, in cases related to the law in force (Russia): only in these cases (Policy, 6.2).',
      'Yandex LLC (Russia), only if you allow “Internet statistics”: Yandex Metrica.',
      'Google LLC (United States), only if you allow “Internet statistics”: Google Analytics.',
      'RUTUBE (Russia), only if you allow “Embedded content”: RUTUBE video.',
    ]);
  });

  it('a company behind services in two categories gets both as its condition, each with its services (the shop: Metrica in “Analytics”, Maps in “Embedded content”)', () => {
    // Allowing only "Embedded content" sends data to Yandex too: "only if you allow “Analytics”" was untrue.
    expect(dialog(resolvedDemo('shop'), 'en').recipients).toContain('Yandex LLC (Russia), only if you allow “Analytics” (Yandex Metrica) or “Embedded content” (Yandex Maps).');
    expect(dialog(resolvedDemo('shop'), 'ru').recipients).toContain('ООО «Яндекс» (Россия), только если вы разрешите категорию «Аналитика» (Яндекс Метрика) или «Внешние материалы» (Яндекс Карты).');
  });

  it('three categories: "A (…), B (…) or C (…)"; a company in one category keeps the one condition; Hindi reads "… या … की अनुमति दें"', () => {
    const shop = resolvedDemo('shop', (c) => {
      c.services!['yandex-forms'] = { title: { ru: 'Яндекс Формы', en: 'Yandex Forms' }, provider: { ru: 'ООО «Яндекс»', en: 'yandex llc ' }, purpose: { ru: 'Подписка', en: 'Sign-up' }, country: 'RU' };
      c.categories.marketing!.services = ['yandex-forms'];
    });
    expect(dialog(shop, 'en').recipients).toContain('Yandex LLC (Russia), only if you allow “Analytics” (Yandex Metrica), “Promotions” (Yandex Forms) or “Embedded content” (Yandex Maps).');
    expect(dialog(shop, 'ru').recipients).toContain('ООО «Яндекс» (Россия), только если вы разрешите категорию «Аналитика» (Яндекс Метрика), «Акции и скидки» (Яндекс Формы) или «Внешние материалы» (Яндекс Карты).');
    const cmachines = resolvedDemo('cmachines', (c) => {
      c.services!['rutube-live'] = { title: { en: 'RUTUBE live', hi: 'RUTUBE लाइव' }, provider: { en: 'RUTUBE', hi: 'RUTUBE' }, purpose: { en: 'Live streams', hi: 'लाइव प्रसारण' }, country: 'RU' };
      c.categories.marketing!.services = ['rutube-live'];
    });
    expect(dialog(cmachines, 'hi').recipients).toContain('RUTUBE (रूस), सिर्फ़ तभी जब आप “प्रचार संदेश” (RUTUBE लाइव) या “बाहरी सामग्री” (RUTUBE वीडियो) की अनुमति दें।');
    expect(dialog(resolvedDemo('cmachines'), 'hi').recipients).toContain('RUTUBE (रूस), सिर्फ़ तभी जब आप “बाहरी सामग्री” की अनुमति दें: RUTUBE वीडियो।');
  });

  it('the Board, rights, withdrawal and age on CMachines', () => {
    const d = dialog(resolvedDemo('cmachines'), 'en');
    // DPDP s.13(3): the operator's grievance redressal first, then the Board; what the policy does not state is said so.
    expect(d.complaint).toEqual([
      'First to us: info@clever-machines.in',
      'Grievance officer: Not stated in the policy. The policy names no grievance officer; for questions and requests it gives its user support address, info@clever-machines.in.',
      'Then, if that does not resolve it: Data Protection Board of India.',
    ]);
    expect(d.withdraw![0]).toBe('Press “Reject all” in these settings at any time.');
    expect(d.age).toEqual(['You must be 18 or older to agree.']);
    expect(d.rights).toContain('Complain to the data protection authority');
  });

  it('opt-out site (US): a purpose or a company of an optional category runs until the visitor turns it off, not "only if you allow"', () => {
    const shop = resolvedDemo('shop', (c) => (c.policy.laws = ['ccpa']));
    const en = dialog(shop, 'en');
    const counters = en.purposes!.find((p) => p.startsWith('Traffic analysis'))!;
    expect(counters).toContain('On unless you turn off “Analytics”.');
    expect(Object.values(en).flat().join(' ')).not.toContain('Only if you allow');
    expect(en.recipients).toContain('Yandex LLC (Russia), unless you turn off “Analytics” (Yandex Metrica) and “Embedded content” (Yandex Maps).');
    const ru = dialog(shop, 'ru');
    expect(ru.purposes!.find((p) => p.startsWith('Анализ посещаемости'))).toContain('Включено, пока вы не выключите категорию «Аналитика».');
    expect(ru.recipients).toContain('ООО «Яндекс» (Россия), пока вы не выключите категории «Аналитика» (Яндекс Метрика) и «Внешние материалы» (Яндекс Карты).');
    const hi = dialog(resolvedDemo('cmachines', (c) => (c.policy.laws = ['ccpa'])), 'hi');
    expect(hi.recipients).toContain('RUTUBE (रूस), जब तक आप “बाहरी सामग्री” बंद न करें: RUTUBE वीडियो।');
    expect(hi.purposes!.find((p) => p.startsWith('रूसी सेवा RUTUBE'))).toContain('जब तक आप “बाहरी सामग्री” बंद न करें, यह चालू रहता है।');
  });

  it('opt-out site under Global Privacy Control: what the signal keeps off runs only if the visitor allows it; the rest until turned off', () => {
    const d = dialog(resolvedDemo('shop', (c) => (c.policy.laws = ['ccpa'])), 'en', true);
    expect(d.purposes!.find((p) => p.startsWith('Telling you about promotions'))).toContain('Only if you allow “Promotions”.');
    expect(d.purposes!.find((p) => p.startsWith('Traffic analysis'))).toContain('On unless you turn off “Analytics”.');
  });

  it('with GPC the dialog starts by saying so', () => {
    expect(Object.keys(dialog(resolvedDemo('infomaximum'), 'en', true))[0]).toBe('gpc');
  });
});

describe('service facts', () => {
  it('Google Analytics on a Russian site, in Russian: the built-in words, a cross-border note; Metrica has none', () => {
    const config = resolvedDemo('infomaximum');
    const ga = serviceFacts(config.services['google-analytics']!, config, 'ru', texts('ru'));
    expect(ga.title).toBe('Google Analytics');
    expect(ga.rows).toEqual([
      { label: 'Компания', value: 'Google LLC' },
      { label: 'Зачем', value: 'Статистика использования сайта: страницы, визиты, устройство и примерное местоположение' },
      { label: 'Страна', value: 'США' },
    ]);
    expect(ga.cookies[0]).toEqual({ name: '_ga', lifetime: '2 года', purpose: 'Различает посетителей' });
    expect(ga.crossBorder).toBe('Трансграничная передача: эта компания обрабатывает данные в другой стране.');
    expect(ga.policyUrl).toBe('https://policies.google.com/privacy');
    const ym = serviceFacts(config.services['yandex-metrica']!, config, 'ru', texts('ru'));
    expect([ym.title, ym.rows[0]!.value, ym.crossBorder]).toEqual(['Яндекс Метрика', 'ООО «Яндекс»', undefined]);
    expect(ym.storage).toEqual(['_ym*']);
  });

  it('an operator whose country is not stated: no service and no recipient is marked as a transfer abroad', () => {
    const config = resolvedDemo('infomaximum', (c) => (c.policy.operator.country = 'ZZ'));
    expect(serviceFacts(config.services['google-analytics']!, config, 'en', texts('en')).crossBorder).toBeUndefined();
    const recipients = policySummary({ ...texts('ru'), config, lang: 'ru', gpc: [] }).find((s) => s.id === 'recipients')!.items;
    expect(recipients.filter((i) => i.warn)).toEqual([]);
  });

  it('a service whose country is not stated has no cross-border note', () => {
    const config = resolvedDemo('arcon', (c) => (c.services!.rutube!.country = 'ZZ'));
    const rutube = serviceFacts(config.services.rutube!, config, 'en', texts('en'));
    expect([rutube.rows.find((r) => r.label === 'Country')!.value, rutube.crossBorder]).toEqual(['country not stated', undefined]);
  });
});
