import { testConfig } from '../../core/testing/config-fixture';
import type { ConsentryConfig } from '../../core/types';

/**
 * A site's config listing the integrations' services: analytics has GA and/or Metrica
 * (+ Webvisor), marketing has GTM. A fresh object on every call.
 */
export function siteConfig(which: { google?: boolean; yandex?: boolean } = { google: true, yandex: true }): ConsentryConfig {
  const analytics = [...(which.google ? ['google-analytics'] : []), ...(which.yandex ? ['yandex-metrica', 'yandex-webvisor'] : [])];
  return {
    ...testConfig(),
    categories: {
      necessary: { title: 'Necessary', description: 'Keeps the site working.' },
      functional: { title: 'Functional', description: 'Remembers settings.' },
      analytics: { title: 'Statistics', description: 'Counts visits.', services: analytics },
      marketing: { title: 'Marketing', description: 'Ads.', services: which.google ? ['google-tag-manager'] : [] },
    },
    services: {},
  };
}
