import type { ConsentryConfig } from '../types';

/** A fresh, valid config for each test (never shared, so no test can leak into another). */
export function testConfig(overrides: Partial<ConsentryConfig> = {}): ConsentryConfig {
  return {
    policy: {
      revision: '2026-01',
      url: '/privacy',
      laws: ['gdpr'],
      operator: { name: 'Example Ltd', country: 'GB' },
      contact: { email: 'privacy@example.test' },
      data: [
        { id: 'email', name: 'Email address' },
        { id: 'usage', name: 'Pages visited' },
      ],
      purposes: [
        { id: 'service', title: 'Run the site', category: 'necessary' },
        { id: 'stats', title: 'Count visits', category: 'analytics', data: ['usage'] },
        { id: 'ads', title: 'Show relevant ads', category: 'marketing', data: ['usage'] },
      ],
      retention: '3 years',
      withdrawal: 'Use "Cookie settings" at the bottom of any page.',
    },
    categories: {
      necessary: { title: 'Necessary', description: 'Keeps the site working.' },
      analytics: { title: 'Statistics', description: 'Counts visits.', services: ['stats-tool'] },
      marketing: { title: 'Marketing', description: 'Ads.', services: ['ads-tool'] },
    },
    services: {
      'stats-tool': { title: 'Stats', provider: 'Stats Inc', purpose: 'Counts visits', country: 'US', cookies: [{ name: '_st', lifetime: '1 year' }] },
      'ads-tool': { title: 'Ads', provider: 'Ads Inc', purpose: 'Shows ads', country: 'US' },
    },
    ...overrides,
  };
}
