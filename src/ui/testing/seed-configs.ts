/**
 * Configs modelled on the seed customers' real policies (/work/shared/seeds), for the
 * summary's unit tests and the screenshots. Each call returns a fresh object.
 */
import type { ConsentryConfig, ServiceConfig } from '../../core/types';

const yandexMetrica = (): ServiceConfig => ({
  title: { ru: 'Яндекс Метрика', en: 'Yandex Metrica' },
  provider: { ru: 'ООО «Яндекс»', en: 'Yandex LLC' },
  purpose: { ru: 'Считает посещения и показывает, какие страницы интересны', en: 'Counts visits and shows which pages people find useful' },
  country: 'RU',
  cookies: [
    { name: '_ym_uid', lifetime: { ru: '1 год', en: '1 year' } },
    { name: '_ym_d', lifetime: { ru: '1 год', en: '1 year' } },
    { name: '_ym_isad', lifetime: { ru: '2 дня', en: '2 days' } },
  ],
  storage: ['_ym*'],
  policyUrl: 'https://yandex.ru/legal/confidential/',
});

const googleAnalytics = (lang: 'ru' | 'hi'): ServiceConfig => ({
  title: 'Google Analytics',
  provider: 'Google LLC',
  purpose:
    lang === 'ru'
      ? { ru: 'Анонимная статистика посещений', en: 'Anonymous visit statistics' }
      : { en: 'Anonymous visit statistics', hi: 'विज़िट के गुमनाम आँकड़े' },
  country: 'US',
  cookies: [
    { name: '_ga', lifetime: lang === 'ru' ? { ru: '2 года', en: '2 years' } : { en: '2 years', hi: '2 साल' } },
    { name: '_ga_*', lifetime: lang === 'ru' ? { ru: '2 года', en: '2 years' } : { en: '2 years', hi: '2 साल' } },
  ],
  policyUrl: 'https://policies.google.com/privacy',
});

/** 000: Arcon machining centre, 152-FZ: name, phone, email; mailing list; written withdrawal, reply in 30 days. */
export function arconConfig(): ConsentryConfig {
  return {
    policy: {
      revision: '2024-01',
      url: '/policy/',
      laws: ['152-fz'],
      // The 152-FZ pack's values, which these fixtures' policies do not give: said so, never invented.
      processing: { actions: { notStated: true }, methods: { notStated: true } },
      consentTerm: { notStated: true },
      operator: {
        name: { ru: 'ООО «Центр высокоточной обработки «Аркон»', en: '“Arcon” High-precision Machining Center LLC' },
        country: 'RU',
        address: { notStated: true },
      },
      contact: { email: 'info@cvm-arcon.ru', phone: '+7 (800) 000-00-00' },
      data: [
        { id: 'name', name: { ru: 'Имя и фамилия', en: 'First and last name' } },
        { id: 'phone', name: { ru: 'Номер телефона', en: 'Phone number' } },
        { id: 'email', name: { ru: 'Адрес электронной почты', en: 'Email address' } },
        { id: 'interests', name: { ru: 'Какие страницы вы смотрите', en: 'Which pages you look at' } },
      ],
      purposes: [
        { id: 'requests', title: { ru: 'Отвечать на ваши обращения', en: 'Answer your requests' }, data: ['name', 'phone', 'email'], category: 'necessary' },
        { id: 'improve', title: { ru: 'Улучшать сайт и услуги', en: 'Improve the site and our services' }, data: ['interests'], category: 'analytics' },
        { id: 'mailing', title: { ru: 'Присылать новости, акции и приглашения', en: 'Send news, offers and invitations' }, data: ['name', 'email'], category: 'marketing' },
      ],
      retention: { ru: 'пока вы не отзовёте согласие', en: 'until you withdraw your consent' },
      recipients: [
        { name: { ru: 'Операторы связи', en: 'Telecom operators' }, country: 'RU', purpose: { ru: 'Доставка звонков и сообщений', en: 'Deliver calls and messages' } },
      ],
      rights: ['access', 'correct', 'delete', 'withdraw'],
      withdrawal: {
        ru: 'Пришлите письменный запрос на адрес компании. Мы ответим в течение 30 дней.',
        en: 'Send a written request to our postal address. We reply within 30 days.',
      },
    },
    categories: {
      necessary: { title: { ru: 'Необходимые', en: 'Necessary' }, description: { ru: 'Запоминают ваш выбор и защищают формы.', en: 'Remember your choice and protect the forms.' } },
      analytics: { title: { ru: 'Статистика', en: 'Statistics' }, description: { ru: 'Помогают понять, какие страницы полезны.', en: 'Help us see which pages are useful.' } },
      marketing: { title: { ru: 'Рассылка', en: 'Mailing list' }, description: { ru: 'Письма о новинках, акциях и событиях.', en: 'Emails about new products, offers and events.' } },
    },
    language: { default: 'ru', available: ['ru', 'en'] },
  };
}

/** 001: a Russian online shop: technical data, visitor counters, promotions by email and SMS, up to 75 years. */
export function shopConfig(): ConsentryConfig {
  return {
    policy: {
      revision: '2024-03',
      url: '/privacy',
      laws: ['152-fz'],
      // The 152-FZ pack's values, which these fixtures' policies do not give: said so, never invented.
      processing: { actions: { notStated: true }, methods: { notStated: true } },
      consentTerm: { notStated: true },
      operator: { name: { ru: 'Интернет-магазин «Пример»', en: 'The “Primer” online shop' }, country: 'RU', address: { notStated: true } },
      contact: { email: 'privacy@shop.example', url: 'https://shop.example/contacts' },
      data: [
        { id: 'tech', name: { ru: 'IP-адрес и время визита', en: 'IP address and time of visit' } },
        { id: 'pages', name: { ru: 'Просмотренные страницы и откуда вы пришли', en: 'Pages you view and where you came from' } },
        { id: 'ads', name: { ru: 'Просмотры рекламных баннеров', en: 'Views of ad banners' } },
        { id: 'contact', name: { ru: 'Имя, телефон, e-mail и адрес доставки', en: 'Name, phone, email and delivery address' } },
        { id: 'orders', name: { ru: 'Заказы и платежи', en: 'Orders and payments' } },
      ],
      purposes: [
        { id: 'sell', title: { ru: 'Продавать и доставлять товары', en: 'Sell and deliver goods' }, data: ['contact', 'orders'], category: 'necessary' },
        { id: 'count', title: { ru: 'Считать посетителей', en: 'Count visitors' }, data: ['tech', 'pages', 'ads'], category: 'analytics' },
        { id: 'promo', title: { ru: 'Сообщать об акциях и скидках по e-mail и SMS', en: 'Tell you about offers and discounts by email and SMS' }, data: ['contact'], category: 'marketing' },
      ],
      retention: { ru: 'до 75 лет с момента получения', en: 'up to 75 years from when we receive it' },
      recipients: [{ name: { ru: 'Службы доставки', en: 'Delivery services' }, country: 'RU', purpose: { ru: 'Доставка заказов', en: 'Deliver orders' } }],
      withdrawal: { ru: 'Напишите нам на privacy@shop.example.', en: 'Write to privacy@shop.example.' },
    },
    categories: {
      necessary: { title: { ru: 'Необходимые', en: 'Necessary' }, description: { ru: 'Корзина, вход в личный кабинет, ваш выбор.', en: 'Your cart, signing in, your choice.' } },
      analytics: { title: { ru: 'Счётчики посещений', en: 'Visit counters' }, description: { ru: 'Обезличенная статистика посещений.', en: 'Anonymous visit statistics.' }, services: ['yandex-metrica'] },
      marketing: { title: { ru: 'Акции и скидки', en: 'Offers and discounts' }, description: { ru: 'Рассылки по e-mail и SMS.', en: 'Email and SMS newsletters.' } },
    },
    services: { 'yandex-metrica': yandexMetrica() },
    language: { default: 'ru', available: ['ru', 'en'] },
  };
}

/** 002: Infomaximum, 152-FZ: Yandex Metrica and Google Analytics (a transfer to the US), email notifications. */
export function infomaximumConfig(): ConsentryConfig {
  return {
    policy: {
      revision: '2023-11',
      url: 'https://proceset.infomaximum.com/privacy-policy.en.pdf',
      laws: ['152-fz'],
      // The 152-FZ pack's values, which these fixtures' policies do not give: said so, never invented.
      processing: { actions: { notStated: true }, methods: { notStated: true } },
      consentTerm: { notStated: true },
      operator: { name: { ru: 'ООО «Инфомаксимум»', en: 'Infomaximum LLC' }, country: 'RU', address: { notStated: true } },
      contact: { email: 'im.help@infomaximum.com' },
      data: [
        { id: 'name', name: { ru: 'Имя', en: 'Name' } },
        { id: 'email', name: { ru: 'Адрес электронной почты', en: 'Email address' } },
        { id: 'phone', name: { ru: 'Номер телефона', en: 'Phone number' } },
        { id: 'visits', name: { ru: 'Обезличенные данные о посещениях (cookie)', en: 'Anonymous visit data (cookies)' } },
      ],
      purposes: [
        { id: 'stats', title: { ru: 'Улучшать сайт', en: 'Improve the site' }, data: ['visits'], category: 'analytics' },
        { id: 'news', title: { ru: 'Присылать письма о новых продуктах и событиях', en: 'Email you about new products and events' }, data: ['name', 'email'], category: 'marketing' },
      ],
      retention: { ru: 'пока вы не отзовёте согласие', en: 'until you withdraw your consent' },
      withdrawal: {
        ru: 'Напишите на im.help@infomaximum.com с темой «Отзыв согласия на обработку персональных данных».',
        en: 'Email im.help@infomaximum.com with the subject “Revocation of consent to the processing of personal data”.',
      },
    },
    categories: {
      necessary: { title: { ru: 'Необходимые', en: 'Necessary' }, description: { ru: 'Нужны для работы сайта.', en: 'Needed for the site to work.' } },
      analytics: {
        title: { ru: 'Статистика', en: 'Statistics' },
        description: { ru: 'Обезличенная статистика посещений.', en: 'Anonymous visit statistics.' },
        services: ['yandex-metrica', 'google-analytics'],
      },
      marketing: { title: { ru: 'Рассылка', en: 'Newsletter' }, description: { ru: 'Письма о новых продуктах и событиях.', en: 'Emails about new products and events.' } },
    },
    services: { 'yandex-metrica': yandexMetrica(), 'google-analytics': googleAnalytics('ru') },
    language: { default: 'ru', available: ['ru', 'en'] },
  };
}

/** 004: CMachines India, DPDP: 18+, 3 years, access/correct/delete, transfer to Russia, the Data Protection Board. */
export function cmachinesConfig(): ConsentryConfig {
  return {
    policy: {
      revision: '2023-01-09',
      url: '/privacy-policy',
      laws: ['dpdp'],
      operator: {
        name: 'CMACHINES INDIA PRIVATE LIMITED',
        country: 'IN',
        address: 'Unit 213, Tower 1, Assotech Business Cresterra, Plot 22, Sector 135, Noida, Uttar Pradesh 201305, India',
        registration: 'CIN U28253UP2023PTC178362',
      },
      contact: { email: 'info@clever-machines.in' },
      data: [
        { id: 'contact', name: { en: 'Name, email and mobile number', hi: 'नाम, ईमेल और मोबाइल नंबर' } },
        { id: 'request', name: { en: 'What you write in our forms', hi: 'हमारे फ़ॉर्म में आप जो लिखते हैं' } },
        { id: 'usage', name: { en: 'Pages you visit', hi: 'आप कौन-से पेज देखते हैं' } },
      ],
      purposes: [
        { id: 'answer', title: { en: 'Answer your requests and offers', hi: 'आपके अनुरोधों और प्रस्तावों का जवाब देना' }, data: ['contact', 'request'], category: 'necessary' },
        { id: 'improve', title: { en: 'Improve our website', hi: 'अपनी वेबसाइट को बेहतर बनाना' }, data: ['usage'], category: 'analytics' },
        { id: 'promote', title: { en: 'Send offers about our machines', hi: 'हमारी मशीनों के बारे में ऑफ़र भेजना' }, data: ['contact'], category: 'marketing' },
      ],
      retention: { en: 'while you use the site, and for 3 years after', hi: 'जब तक आप साइट इस्तेमाल करते हैं, और उसके बाद 3 साल तक' },
      recipients: [{ name: { en: 'Our group company', hi: 'हमारे समूह की कंपनी' }, country: 'RU', purpose: { en: 'Handle your requests', hi: 'आपके अनुरोधों पर काम करना' } }],
      rights: ['access', 'correct', 'delete', 'withdraw', 'complain', 'nominate'],
      withdrawal: {
        en: 'Email info@clever-machines.in, or use “Cookie settings” at the bottom of any page.',
        hi: 'info@clever-machines.in पर ईमेल करें, या किसी भी पेज के नीचे “कुकी सेटिंग्स” इस्तेमाल करें।',
      },
      complaint: { authority: { en: 'the Data Protection Board of India', hi: 'भारतीय डेटा संरक्षण बोर्ड' } },
      grievance: { officer: { notStated: true }, email: 'info@clever-machines.in' },
      minimumAge: 18,
    },
    categories: {
      necessary: { title: { en: 'Necessary', hi: 'ज़रूरी' }, description: { en: 'Keep the site and its forms working.', hi: 'साइट और उसके फ़ॉर्म चलाने के लिए।' } },
      analytics: { title: { en: 'Statistics', hi: 'आँकड़े' }, description: { en: 'Show us which pages are useful.', hi: 'हमें बताते हैं कि कौन-से पेज काम के हैं।' }, services: ['google-analytics'] },
      marketing: { title: { en: 'Offers', hi: 'ऑफ़र' }, description: { en: 'Emails about our machines.', hi: 'हमारी मशीनों के बारे में ईमेल।' } },
    },
    services: { 'google-analytics': googleAnalytics('hi') },
    language: { default: 'en', available: ['en', 'hi'] },
  };
}
