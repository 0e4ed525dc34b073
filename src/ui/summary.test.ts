import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../core/resolved-config';
import type { ConsentryConfig } from '../core/types';
import { validateConfig } from '../core/validate';
import { testConfig } from '../core/testing/config-fixture';
import { chooseTexts } from './i18n';
import { plain } from './parts';
import { bannerSummary, policySummary, thirdParties } from './summary';
import { arconConfig, cmachinesConfig, infomaximumConfig, shopConfig } from './testing/seed-configs';

function resolve(config: ConsentryConfig): ResolvedConfig {
  const result = validateConfig(config);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
}

function banner(config: ConsentryConfig, lang: string, gpc = false) {
  const summary = bannerSummary({ config: resolve(config), lang, messages: chooseTexts(lang).messages, gpc });
  const lines = Object.fromEntries(summary.lines.map((l) => [l.id, plain(l.parts)]));
  return { ...summary, text: lines };
}

function dialog(config: ConsentryConfig, lang: string, gpc = false) {
  const sections = policySummary({ config: resolve(config), lang, messages: chooseTexts(lang).messages, gpc });
  return Object.fromEntries(sections.map((s) => [s.id, s.items.map((i) => plain(i.parts))]));
}

describe('banner summary (first layer)', () => {
  it('Arcon (152-FZ, ru): who, what for, kept how long, changeable; no transfer abroad', () => {
    const s = banner(arconConfig(), 'ru');
    expect(s.intro).toBe(
      'ООО «Центр высокоточной обработки «Аркон» использует файлы cookie и похожие технологии. Часть из них нужна для работы сайта. Остальные мы используем, только если вы согласны:',
    );
    expect(s.purposes).toEqual([
      'Улучшать сайт и услуги: какие страницы вы смотрите',
      'Присылать новости, акции и приглашения: имя и фамилия и адрес электронной почты',
    ]);
    expect(s.text).toEqual({
      recipients: 'Кто ещё получает данные: Операторы связи (Россия).',
      retention: 'Сколько мы храним данные: пока вы не отзовёте согласие.',
      change: 'Вы можете изменить или отозвать своё согласие в любой момент.',
    });
    expect(s.policy).toEqual({ text: 'Политика конфиденциальности', href: '/policy/' });
  });

  it('the Russian shop (152-FZ, en): a Russian counter is not a transfer abroad; 75 years is said plainly', () => {
    const s = banner(shopConfig(), 'en');
    expect(s.purposes[0]).toBe('Count visitors: IP address and time of visit, pages you view and where you came from, and views of ad banners');
    expect(s.text['recipients-if-agreed']).toBe('If you agree, we also share data with Yandex LLC (Russia).');
    expect(s.text['cross-border']).toBeUndefined();
    expect(s.text.retention).toBe('How long we keep it: up to 75 years from when we receive it.');
  });

  it('Infomaximum (152-FZ) with Google Analytics: warns that accepting sends data to the US', () => {
    const ru = banner(infomaximumConfig(), 'ru');
    expect(ru.text['recipients-if-agreed']).toBe('Если вы согласитесь, данные получат также: ООО «Яндекс» (Россия) и Google LLC (США).');
    expect(ru.text['cross-border']).toBe(
      'Если вы согласитесь, ваши данные будут переданы и за рубеж (трансграничная передача): Google LLC (США).',
    );
    expect(ru.lines.find((l) => l.id === 'cross-border')?.warning).toBe(true);
    const en = banner(infomaximumConfig(), 'en');
    expect(en.text['cross-border']).toBe('If you agree, your data will also be sent abroad (cross-border transfer): Google LLC (United States).');
  });

  it('the same Google Analytics on a GDPR site is a plain note, not the 152-FZ consent wording', () => {
    const config = infomaximumConfig();
    config.policy.laws = ['gdpr'];
    expect(banner(config, 'en').text['cross-border']).toBe('Some of them process data abroad: Google LLC (United States).');
  });

  it('CMachines (DPDP, en): itemised data per purpose, 18+, how to withdraw, the Board, a contact', () => {
    const s = banner(cmachinesConfig(), 'en');
    expect(s.intro.startsWith('CMACHINES INDIA PRIVATE LIMITED uses cookies')).toBe(true);
    expect(s.purposes).toEqual(['Improve our website: pages you visit', 'Send offers about our machines: name, email and mobile number']);
    expect(s.text).toMatchObject({
      recipients: 'We share data with Our group company (Russia).',
      'recipients-if-agreed': 'If you agree, we also share data with Google LLC (United States).',
      'cross-border': 'Some of them process data abroad: Our group company (Russia) and Google LLC (United States).',
      retention: 'How long we keep it: while you use the site, and for 3 years after.',
      age: 'You must be 18 or older to agree. If you are younger, ask a parent or guardian.',
      withdraw: 'To withdraw your consent later: Email info@clever-machines.in, or use “Cookie settings” at the bottom of any page.',
      complain: 'If you are not happy with how we handle your data, you can complain to the Data Protection Board of India.',
      contact: 'Questions: info@clever-machines.in.',
    });
    const contact = s.lines.find((l) => l.id === 'contact')!;
    expect(contact.parts).toContainEqual({ text: 'info@clever-machines.in', href: 'mailto:info@clever-machines.in' });
  });

  it('CMachines in Hindi: the same notice in Hindi', () => {
    const s = banner(cmachinesConfig(), 'hi');
    expect(s.purposes[0]).toBe('अपनी वेबसाइट को बेहतर बनाना: आप कौन-से पेज देखते हैं');
    expect(s.text.complain).toBe('अगर आप हमारे डेटा संभालने के तरीके से संतुष्ट नहीं हैं, तो आप भारतीय डेटा संरक्षण बोर्ड में शिकायत कर सकते हैं।');
    expect(s.text.age).toContain('कम से कम 18 साल');
    expect(s.policy.text).toBe('गोपनीयता नीति');
  });

  it('a complaint authority with a URL becomes a link', () => {
    const config = cmachinesConfig();
    config.policy.complaint = { authority: 'the Data Protection Board of India', url: 'https://board.example/complaints' };
    const line = banner(config, 'en').lines.find((l) => l.id === 'complain')!;
    expect(line.parts).toContainEqual({ text: 'the Data Protection Board of India', href: 'https://board.example/complaints' });
  });

  it('non-DPDP banners leave withdrawal, complaint and contact to the dialog', () => {
    const s = banner(arconConfig(), 'en');
    expect(Object.keys(s.text)).not.toContain('withdraw');
    expect(Object.keys(s.text)).not.toContain('complain');
  });

  it('says GPC is honoured only when the signal is present and a GPC category exists', () => {
    const config = testConfig();
    expect(banner(config, 'en', true).text.gpc).toBe('Your browser sent a Global Privacy Control signal. We respect it: Marketing stays off.');
    expect(banner(testConfig(), 'en', false).text.gpc).toBeUndefined();
    const noMarketing = testConfig({ categories: { necessary: { title: 'Necessary', description: 'x' } } });
    noMarketing.policy.purposes = [{ id: 'service', title: 'Run the site', category: 'necessary' }];
    expect(banner(noMarketing, 'en', true).text.gpc).toBeUndefined();
  });

  it('a site with only necessary cookies says so instead of asking', () => {
    const config = testConfig({ categories: { necessary: { title: 'Necessary', description: 'x' } }, services: {} });
    config.policy.purposes = [{ id: 'service', title: 'Run the site', category: 'necessary' }];
    const s = banner(config, 'en');
    expect(s.intro).toBe('Example Ltd uses only the cookies the site needs to work.');
    expect(s.purposes).toEqual([]);
  });
});

describe('policy summary (dialog)', () => {
  it('CMachines: operator with registration, contact, itemised data and purposes, rights, withdrawal, Board, age', () => {
    const d = dialog(cmachinesConfig(), 'en');
    expect(d.operator).toEqual([
      'CMACHINES INDIA PRIVATE LIMITED (India)',
      'Address: Unit 213, Tower 1, Assotech Business Cresterra, Plot 22, Sector 135, Noida, Uttar Pradesh 201305, India',
      'Registration: CIN U28253UP2023PTC178362',
    ]);
    expect(d.contact).toEqual(['info@clever-machines.in']);
    expect(d.data).toEqual(['Name, email and mobile number', 'What you write in our forms', 'Pages you visit']);
    expect(d.purposes).toEqual([
      'Answer your requests and offers (needed for the site to work; uses: name, email and mobile number and what you write in our forms).',
      'Improve our website (only if you allow “Statistics”; uses: pages you visit).',
      'Send offers about our machines (only if you allow “Offers”; uses: name, email and mobile number).',
    ]);
    expect(d.recipients).toEqual(['Our group company (Russia): Handle your requests', 'Google LLC (United States): Anonymous visit statistics']);
    expect(d.rights).toContain('Complain to the data protection authority');
    expect(d.rights).toContain('Name someone to act for you if you die or cannot act yourself');
    expect(d.withdraw![0]).toBe('Press “Reject all” in these settings at any time.');
    expect(d.complaint).toEqual(['the Data Protection Board of India']);
    expect(d.age).toEqual(['You must be 18 or older to agree. If you are younger, ask a parent or guardian.']);
  });

  it('Arcon in Russian: written withdrawal with the 30-day answer; no complaint section when none is configured', () => {
    const d = dialog(arconConfig(), 'ru');
    expect(d.withdraw).toEqual([
      'В любой момент нажмите «Отклонить все» в этих настройках.',
      'Пришлите письменный запрос на адрес компании. Мы ответим в течение 30 дней.',
    ]);
    expect(d.contact).toEqual(['info@cvm-arcon.ru', '+7 (800) 000-00-00']);
    expect(d.complaint).toBeUndefined();
    expect(d.rights).toEqual(['Узнать, какие данные о вас у нас есть', 'Исправить неверные данные', 'Удалить свои данные', 'Отозвать согласие в любой момент']);
  });

  it('with GPC the dialog starts by saying so', () => {
    const sections = policySummary({ config: resolve(testConfig()), lang: 'en', messages: chooseTexts('en').messages, gpc: true });
    expect(sections[0]!.id).toBe('gpc');
  });
});

describe('third parties', () => {
  it('lists a company once, and as needing consent only if every use of it does', () => {
    const config = infomaximumConfig();
    config.policy.recipients = [{ name: 'Google LLC', country: 'US', purpose: 'Hosting' }];
    const parties = thirdParties({ config: resolve(config), lang: 'en', messages: chooseTexts('en').messages, gpc: false });
    expect(parties.map((p) => [p.name, p.country, p.needsConsent, p.abroad])).toEqual([
      ['Google LLC', 'US', false, true],
      ['Yandex LLC', 'RU', true, false],
    ]);
  });
});

describe('service facts (dialog)', () => {
  it('Google Analytics on a Russian site: company, purpose, country, cookies with lifetimes, a cross-border note', async () => {
    const { serviceFacts } = await import('./service-facts');
    const config = resolve(infomaximumConfig());
    const ru = chooseTexts('ru').messages;
    const ga = serviceFacts(config.services['google-analytics']!, config, 'ru', ru);
    expect(ga.rows).toEqual([
      { label: 'Компания', value: 'Google LLC' },
      { label: 'Зачем', value: 'Анонимная статистика посещений' },
      { label: 'Страна', value: 'США' },
    ]);
    expect(ga.cookies).toEqual([
      { name: '_ga', lifetime: '2 года', purpose: undefined },
      { name: '_ga_*', lifetime: '2 года', purpose: undefined },
    ]);
    expect(ga.crossBorder).toBe('Трансграничная передача: эта компания обрабатывает данные в другой стране.');
    const ym = serviceFacts(config.services['yandex-metrica']!, config, 'ru', ru);
    expect(ym.crossBorder).toBeUndefined();
    expect(ym.storage).toEqual(['_ym*']);
  });
});
