import { resolveConfig } from '../../core/resolve';
import type { ResolvedConfig } from '../../core/resolved-config';
import { testConfig } from '../../core/testing/config-fixture';

/** Two services in two categories that share a cookie, `_st`, as Google Analytics and Tag Manager share `_ga`. */
export function sharedCookieConfig(): ResolvedConfig {
  return resolveConfig(
    testConfig({
      categories: {
        necessary: { title: 'Necessary', description: 'Keeps the site working.' },
        analytics: { title: 'Statistics', description: 'Counts visits.', services: ['stats-tool'] },
        marketing: { title: 'Marketing', description: 'Ads.', services: ['tag-tool'] },
      },
      services: {
        'stats-tool': { title: 'Stats', provider: 'Stats Inc', purpose: 'Counts visits', country: 'US', cookies: [{ name: '_st', lifetime: '1 year' }, { name: 'only_stats', lifetime: '1 year' }] },
        'tag-tool': { title: 'Tags', provider: 'Stats Inc', purpose: 'Loads tags', country: 'US', cookies: [{ name: '_st', lifetime: '1 year' }, { name: '_ad*', lifetime: '90 days' }] },
      },
    }),
  );
}
