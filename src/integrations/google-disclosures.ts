import type { CookieDisclosure, ServiceConfig } from '../core/types';
import { GOOGLE_ANALYTICS, GOOGLE_TAG_MANAGER } from './google-services';

const PROVIDER = { en: 'Google LLC', ru: 'Google LLC', hi: 'Google LLC' };
const POLICY = 'https://policies.google.com/privacy';
const TWO_YEARS = { en: '2 years', ru: '2 года', hi: '2 वर्ष' };

const ANALYTICS_COOKIES: CookieDisclosure[] = [
  { name: '_ga', lifetime: TWO_YEARS, purpose: { en: 'Tells visitors apart', ru: 'Различает посетителей', hi: 'आगंतुकों को अलग पहचानता है' } },
  { name: '_ga_*', lifetime: TWO_YEARS, purpose: { en: 'Keeps the state of the visit', ru: 'Хранит состояние визита', hi: 'विज़िट की स्थिति रखता है' } },
  { name: '_gid', lifetime: { en: '24 hours', ru: '24 часа', hi: '24 घंटे' }, purpose: { en: 'Tells visitors apart', ru: 'Различает посетителей', hi: 'आगंतुकों को अलग पहचानता है' } },
  { name: '_gat*', lifetime: { en: '1 minute', ru: '1 минута', hi: '1 मिनट' }, purpose: { en: 'Limits the request rate', ru: 'Ограничивает частоту запросов', hi: 'अनुरोधों की दर सीमित करता है' } },
];

const ADS_COOKIES: CookieDisclosure[] = [
  {
    name: '_gcl_*',
    lifetime: { en: '90 days', ru: '90 дней', hi: '90 दिन' },
    purpose: { en: 'Links ad clicks to purchases (Google Ads conversions)', ru: 'Связывает клики по рекламе с покупками (конверсии Google Ads)', hi: 'विज्ञापन क्लिक को खरीद से जोड़ता है (Google Ads कन्वर्ज़न)' },
  },
];

/** What visitors read about Google's services, in English, Russian and Hindi. */
export function googleDisclosures(): Record<string, ServiceConfig> {
  const out: Record<string, ServiceConfig> = {};
  {
    out[GOOGLE_ANALYTICS] = {
      title: 'Google Analytics',
      provider: PROVIDER,
      purpose: {
        en: 'Statistics on how visitors use the site: pages, visits, device and rough location',
        ru: 'Статистика использования сайта: страницы, визиты, устройство и примерное местоположение',
        hi: 'साइट के उपयोग के आँकड़े: पेज, विज़िट, डिवाइस और अनुमानित स्थान',
      },
      country: 'US',
      cookies: ANALYTICS_COOKIES,
      storage: [],
      policyUrl: POLICY,
    };
  }
  {
    out[GOOGLE_TAG_MANAGER] = {
      title: 'Google Tag Manager',
      provider: PROVIDER,
      purpose: {
        en: "Loads the site's Google tags (statistics, advertising); the cookies listed are set by those tags",
        ru: 'Загружает теги Google на сайте (статистика, реклама); перечисленные cookie ставят эти теги',
        hi: 'साइट के Google टैग (आँकड़े, विज्ञापन) लोड करता है; सूचीबद्ध कुकी ये टैग सेट करते हैं',
      },
      country: 'US',
      cookies: [...ANALYTICS_COOKIES, ...ADS_COOKIES],
      storage: [],
      policyUrl: POLICY,
    };
  }
  return out;
}
