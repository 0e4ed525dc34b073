import type { ServiceConfig } from '../core/types';
import { YANDEX_METRICA, YANDEX_WEBVISOR } from './yandex-services';

const PROVIDER = { en: 'Yandex LLC', ru: 'ООО «Яндекс»', hi: 'Yandex LLC' };
const POLICY = 'https://yandex.ru/legal/confidential/';
const ONE_YEAR = { en: '1 year', ru: '1 год', hi: '1 वर्ष' };

/** What visitors read about Yandex's services, in English, Russian and Hindi. */
export function yandexDisclosures(): Record<string, ServiceConfig> {
  const out: Record<string, ServiceConfig> = {
    [YANDEX_METRICA]: {
      title: { en: 'Yandex Metrica', ru: 'Яндекс Метрика', hi: 'Yandex Metrica' },
      provider: PROVIDER,
      purpose: {
        en: 'Statistics on how visitors use the site: pages, visits, clicks, device and rough location',
        ru: 'Статистика использования сайта: страницы, визиты, клики, устройство и примерное местоположение',
        hi: 'साइट के उपयोग के आँकड़े: पेज, विज़िट, क्लिक, डिवाइस और अनुमानित स्थान',
      },
      country: 'RU',
      cookies: [
        { name: '_ym_uid', lifetime: ONE_YEAR, purpose: { en: 'Tells visitors apart', ru: 'Различает посетителей', hi: 'आगंतुकों को अलग पहचानता है' } },
        { name: '_ym_d', lifetime: ONE_YEAR, purpose: { en: 'Date of the first visit', ru: 'Дата первого визита', hi: 'पहली विज़िट की तारीख' } },
        { name: '_ym_isad', lifetime: { en: '20 hours', ru: '20 часов', hi: '20 घंटे' }, purpose: { en: 'Detects ad blockers', ru: 'Определяет блокировщики рекламы', hi: 'विज्ञापन अवरोधकों का पता लगाता है' } },
        { name: '_ym_*', lifetime: { en: 'up to 1 year', ru: 'до 1 года', hi: '1 वर्ष तक' }, purpose: { en: 'Other technical state of the counter', ru: 'Прочее техническое состояние счётчика', hi: 'काउंटर की अन्य तकनीकी स्थिति' } },
      ],
      storage: ['_ym*'],
      policyUrl: POLICY,
    },
  };
  {
    out[YANDEX_WEBVISOR] = {
      title: { en: 'Yandex Metrica Webvisor (session replay)', ru: 'Вебвизор Яндекс Метрики (запись сеансов)', hi: 'Yandex Metrica Webvisor (सत्र रिकॉर्डिंग)' },
      provider: PROVIDER,
      purpose: {
        en: 'Records how you move, scroll and click on our pages, to replay the visit; text typed in fields is masked',
        ru: 'Записывает движения, прокрутку и клики на страницах, чтобы воспроизвести визит; текст в полях скрывается',
        hi: 'विज़िट को दोबारा देखने के लिए पेज पर आपकी गतिविधि, स्क्रॉल और क्लिक रिकॉर्ड करता है; फ़ील्ड में टाइप किया गया पाठ छिपाया जाता है',
      },
      country: 'RU',
      cookies: [{ name: '_ym_visorc', lifetime: { en: '30 minutes', ru: '30 минут', hi: '30 मिनट' }, purpose: { en: 'Whether this visit is recorded', ru: 'Записывается ли этот визит', hi: 'क्या यह विज़िट रिकॉर्ड हो रही है' } }],
      storage: [],
      policyUrl: POLICY,
    };
  }
  return out;
}
