// The 156-FZ consent document, on Infomaximum's own config: every element Art. 9 part 4 asks for,
// and what the policy does not state said so, never invented.
import { describe, expect, it } from 'vitest';
import { demoConfig, resolvedDemo } from '../../ui/testing/demo-configs';
import { russianConfig } from '../testing/law-configs';
import { consentDocument } from './index';
import { wordsFor } from './all-words';
import { buildConsentDocument as build } from './build';
import type { ResolvedConfig } from '../resolved-config';
import { documentHtml, documentText } from './render';

/** With the words of `lang`, as the server and the browser's parts give them. */
const buildConsentDocument = (config: ResolvedConfig, lang: string) => build(config, lang, wordsFor(lang));

const section = (lang: string, heading: string) => buildConsentDocument(resolvedDemo('infomaximum'), lang).sections.find((s) => s.heading === heading)!.lines;

describe('the consent document (Infomaximum, ru)', () => {
  const doc = buildConsentDocument(resolvedDemo('infomaximum'), 'ru');

  it('is titled as a consent, apart from the policy, with every section of Art. 9 part 4', () => {
    expect(doc.title).toBe('Согласие на обработку персональных данных');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Оператор',
      'Цели обработки и персональные данные (согласие даётся отдельно по каждой цели)',
      'Действия с персональными данными',
      'Кто получает персональные данные',
      'Трансграничная передача',
      'Срок действия согласия',
      'Как отозвать согласие',
      'Политика обработки персональных данных',
    ]);
  });

  it('operator by name; an address the policy does not give is said to be missing, with what it gives', () => {
    expect(section('ru', 'Оператор')).toEqual(['ООО «Инфомаксимум»', 'Адрес оператора в Политике не указан.', 'Политика называет только сайт proceset.infomaximum.com и адрес im.help@infomaximum.com.']);
  });

  it('only the purposes the banner asks about, each with its category and data', () => {
    const purposes = section('ru', 'Цели обработки и персональные данные (согласие даётся отдельно по каждой цели)');
    expect(purposes.length).toBeGreaterThan(0);
    for (const p of purposes) expect(p).toMatch(/\(категория «[^»]+»\)\. Персональные данные: .+\.$/);
    expect(purposes.join()).not.toContain('Необходимые');
  });

  it('the actions in the order of Art. 3(3), the methods, recipients by category, and Google in the US as a cross-border transfer', () => {
    expect(section('ru', 'Действия с персональными данными')[0]).toMatch(/^Перечень действий: сбор, запись, систематизация, .*, уничтожение\.$/);
    expect(section('ru', 'Кто получает персональные данные')).toContain('Google LLC (США), для категории «Интернет-статистика».');
    expect(section('ru', 'Трансграничная передача')).toEqual(['Есть: Google LLC (США).']);
    expect(section('ru', 'Срок действия согласия')[0]).toBe('Срок действия согласия в Политике не указан.');
    expect(section('ru', 'Как отозвать согласие')[0]).toMatch(/^В любой момент кнопкой «Отклонить все»/);
  });

  it('in English too, from the same config', () => {
    expect(section('en', 'Cross-border transfer')).toEqual(['Yes: Google LLC (United States).']);
  });

  it('an operator whose country is not stated: the transfer abroad is said to be unknown, not "yes" (Russia, the US) nor "no"', () => {
    const config = resolvedDemo('infomaximum', (c) => (c.policy.operator.country = 'ZZ'));
    const crossBorder = (lang: string, heading: string) => buildConsentDocument(config, lang).sections.find((s) => s.heading === heading)!.lines;
    expect(crossBorder('ru', 'Трансграничная передача')).toEqual(['Страна оператора в Политике не указана, поэтому нельзя сказать, передаются ли данные за рубеж.']);
    expect(crossBorder('en', 'Cross-border transfer')).toEqual(['The privacy policy does not state the operator’s country, so whether the personal data goes abroad cannot be said.']);
  });

  it('text and HTML say the same; HTML escapes every value', () => {
    const text = documentText(doc);
    expect(text.startsWith('Согласие на обработку персональных данных\n\n')).toBe(true);
    const html = documentHtml({ ...doc, title: 'A <b> & "c"' });
    expect(html).toContain('<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>');
    expect(html.startsWith('<article lang="ru">')).toBe(true);
  });
});

// The document lists whom the first layer and the dialog list (core/third-parties.ts): the
// policy's own recipients and the companies behind necessary services too, not only the optional
// categories' (a review found "Cross-border transfer: No." beside a first layer saying "sent abroad").
describe('the consent document\'s recipients', () => {
  const lines = (text: string, heading: string) => text.split('\n\n').find((s) => s.startsWith(heading + '\n'))!.split('\n').slice(1);

  it('names the policy\'s recipients, received whatever the visitor chooses, and a transfer abroad to them', () => {
    const config = russianConfig();
    config.policy.recipients = [{ name: 'Hosting GmbH', country: 'DE', purpose: 'Hosting the site.' }];
    const text = consentDocument(config, { lang: 'en' });
    expect(lines(text, 'Who receives the personal data')).toEqual([
      '— Hosting GmbH (Germany), whatever I choose on the site: Hosting the site.',
      '— Stats Inc (Russia), for category “Statistics”.',
      '— Ads Inc (Russia), for category “Marketing”.',
    ]);
    expect(lines(text, 'Cross-border transfer')).toEqual(['Yes: Hosting GmbH (Germany).']);
    expect(lines(consentDocument(config, { lang: 'ru' }), 'Трансграничная передача')).toEqual(['Есть: Hosting GmbH (Германия).']);
  });

  it('names the company behind a necessary service, received whatever the visitor chooses', () => {
    const config = russianConfig();
    config.categories.necessary!.services = ['stats-tool'];
    config.categories.analytics!.services = [];
    const text = consentDocument(config, { lang: 'en' });
    expect(lines(text, 'Who receives the personal data')).toEqual(['— Stats Inc (Russia), whatever I choose on the site.', '— Ads Inc (Russia), for category “Marketing”.']);
  });

  it('Arcon: its telecom operators, partners, contractors and the authorities, not only RUTUBE', () => {
    const ru = lines(consentDocument(demoConfig('arcon'), { lang: 'ru' }), 'Кто получает персональные данные');
    expect(ru).toEqual([
      '— Уполномоченные государственные органы РФ (Россия), независимо от моего выбора на сайте: По их запросу, только на основаниях и в порядке, установленных законом.',
      '— Операторы связи (страна не указана), независимо от моего выбора на сайте: Только для целей, указанных в разделе «Сбор персональных данных» Политики.',
      '— Стратегические партнёры, которые помогают оператору оказывать или продавать услуги (страна не указана), независимо от моего выбора на сайте: Только минимум, нужный для услуги, и не для их собственного маркетинга.',
      '— Компании-подрядчики (страна не указана), независимо от моего выбора на сайте: Обработка информации, изучение интереса к услугам и опросы клиентов.',
      expect.stringMatching(/^— .*RUTUBE.* \(Россия\), для категории «Внешние материалы»\.$/),
    ]);
    const en = consentDocument(demoConfig('arcon'), { lang: 'en' });
    expect(lines(en, 'Who receives the personal data')[1]).toBe('— Telecommunications operators (country not stated), whatever I choose on the site: Only for the purposes in the Policy\'s "Collection of personal data" section.');
    // Not "No.": a recipient whose country is not stated may be abroad.
    expect(lines(en, 'Cross-border transfer')).toEqual(['The country is not stated for: Telecommunications operators; Strategic partners who help the operator provide or sell its services; Service providers.']);
  });

  it('a language the config does not offer is the config’s default, as the page never shows it; a regional tag is its language', () => {
    const config = demoConfig('arcon');
    const ru = consentDocument(config, { lang: 'ru', format: 'html' });
    expect(consentDocument(config, { lang: 'de', format: 'html' })).toBe(ru);
    expect(consentDocument(config, { lang: 'ru-RU', format: 'html' })).toBe(ru);
    expect(consentDocument(config, { lang: 'EN', format: 'html' })).toBe(consentDocument(config, { lang: 'en', format: 'html' }));
  });

  it('English even where not offered: the widget shows it for a language whose texts are not all given, and its records and links say "en"', () => {
    const config = demoConfig('arcon');
    config.language = { default: 'ru', available: ['ru', 'de'] };
    config.ui = { texts: { de: { acceptAll: 'Alle akzeptieren' } } };
    const en = consentDocument(config, { lang: 'en', format: 'html' });
    expect(en).toMatch(/^<article lang="en"><h1>Consent to the processing of personal data<\/h1>/);
    expect(consentDocument(config, { lang: 'fr', format: 'html' })).toBe(consentDocument(config, { lang: 'ru', format: 'html' }));
  });
});
