import type { ServiceTexts } from './disclosures';

const GOOGLE = 'https://policies.google.com/privacy';
const YANDEX = 'https://yandex.ru/legal/confidential/';
const GA_COOKIES = [
  ['_ga', '2 года', 'Различает посетителей'],
  ['_ga_*', '2 года', 'Хранит состояние визита'],
  ['_gid', '24 часа', 'Различает посетителей'],
  ['_gat*', '1 минута', 'Ограничивает частоту запросов'],
] as const;

export const services: Record<string, ServiceTexts> = {
  'google-analytics': {
    title: 'Google Analytics',
    purpose: 'Статистика использования сайта: страницы, визиты, устройство и примерное местоположение',
    cookies: GA_COOKIES,
    policyUrl: GOOGLE,
  },
  'google-tag-manager': {
    title: 'Google Tag Manager',
    purpose: 'Загружает теги Google на сайте (статистика, реклама); перечисленные cookie ставят эти теги',
    cookies: [...GA_COOKIES, ['_gcl_*', '90 дней', 'Связывает клики по рекламе с покупками (конверсии Google Ads)']],
    policyUrl: GOOGLE,
  },
  'yandex-metrica': {
    title: 'Яндекс Метрика',
    purpose: 'Статистика использования сайта: страницы, визиты, клики, устройство и примерное местоположение',
    cookies: [
      ['_ym_uid', '1 год', 'Различает посетителей'],
      ['_ym_d', '1 год', 'Дата первого визита'],
      ['_ym_isad', '20 часов', 'Определяет блокировщики рекламы'],
      ['_ym_*', 'до 1 года', 'Прочее техническое состояние счётчика'],
    ],
    policyUrl: YANDEX,
  },
  'yandex-webvisor': {
    title: 'Вебвизор Яндекс Метрики (запись сеансов)',
    purpose: 'Записывает движения, прокрутку и клики на страницах, чтобы воспроизвести визит; текст в полях скрывается',
    cookies: [['_ym_visorc', '30 минут', 'Записывается ли этот визит']],
    policyUrl: YANDEX,
  },
};
