import type { ServiceTexts } from './disclosures';

/** Tag Manager's (see `google-services.ts`): GA4's two, Google Analytics' too, then the ads ones, set only where the site advertises with Google. */
const GOOGLE_COOKIES = [
  ['_ga', '2 years', 'Tells visitors apart'],
  ['_ga_*', '2 years', 'Keeps the state of the visit'],
  ['_gcl_*', '90 days', 'Only with Google ads: links ad clicks to purchases'],
  ['_gac_gb_*', '90 days', 'Only with Google ads: the ad campaign of the visit'],
] as const;

/** What visitors read about the built-in integrations' services, in English. */
export const services: Record<string, ServiceTexts> = {
  'google-analytics': {
    title: 'Google Analytics',
    purpose: 'Statistics on how visitors use the site: pages, visits, device and rough location',
    cookies: GOOGLE_COOKIES.slice(0, 2),
  },
  'google-tag-manager': {
    title: 'Google Tag Manager',
    purpose: "Loads the site's Google tags (statistics, advertising), which may set the cookies listed",
    cookies: GOOGLE_COOKIES,
  },
  'yandex-metrica': {
    title: 'Yandex Metrica',
    purpose: 'Statistics on how visitors use the site: pages, visits, clicks, device and rough location',
    cookies: [
      ['_ym_uid', '1 year', 'Tells visitors apart'],
      ['_ym_d', '1 year', 'Date of the first visit'],
      ['_ym_isad', '20 hours', 'Detects ad blockers'],
      ['_ym_*', 'up to 1 year', 'Other technical state of the counter'],
    ],
  },
  'yandex-webvisor': {
    title: 'Yandex Metrica Webvisor (session replay)',
    purpose: 'Records how you move, scroll and click on our pages, to replay the visit; text typed in fields is masked',
    cookies: [['_ym_visorc', '30 minutes', 'Whether this visit is recorded']],
  },
};
