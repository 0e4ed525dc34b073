// Type-level tests: `npm run typecheck` fails when a `@ts-expect-error` line compiles, so each
// typo below must be refused by the types; the runtime checker refuses the same config.
import { expect, test } from 'vitest';
import { checkConfig } from './config-spec';
import { testConfig } from './testing/config-fixture';
import type { ConsentOptions, ConsentPlugin, ConsentryConfig, GatingConfig, IntegrationsConfig, UiConfig } from './types';

test('a typo in ui, integrations or gating fails to compile, and fails the check', () => {
  // @ts-expect-error no such option
  const ui: UiConfig = { layuot: 'box' };
  // @ts-expect-error no such integration
  const integrations: IntegrationsConfig = { gogle: { measurementId: 'G-ABC123' } };
  // @ts-expect-error not one of 'ask' | 'always' | 'never'
  const gating: GatingConfig = { reloadOnWithdraw: 'sometimes' };
  // @ts-expect-error not a text the widget has
  const texts: UiConfig = { texts: { en: { acceptAl: 'OK' } } };
  // @ts-expect-error a layout that does not exist
  const layout: UiConfig = { layout: 'popup' };
  // @ts-expect-error Metrica needs its counter id
  const metrica: IntegrationsConfig = { yandexMetrica: { webvisor: true } };
  // @ts-expect-error not a Consent Mode signal
  const signals: IntegrationsConfig = { google: { measurementId: 'G-ABC123', signals: { analytics: 'analytics' } } };
  for (const part of [{ ui }, { integrations }, { gating }, { ui: texts }, { ui: layout }, { integrations: metrica }, { integrations: signals }]) {
    expect(checkConfig(testConfig(part as Partial<ConsentryConfig>), {}).length).toBeGreaterThan(0);
  }
});

test('the documented options compile, and pass the check', () => {
  const config: ConsentryConfig = testConfig({
    $schema: './node_modules/consentry/dist/config.schema.json',
    integrations: { google: { measurementId: 'G-ABC123', signals: { analytics_storage: 'analytics' } }, yandexMetrica: { id: 12345678, ecommerce: 'dataLayer' } },
    gating: { reloadOnWithdraw: 'always', texts: { notice: { en: 'From {name}.' } } },
    ui: { layout: 'modal', theme: 'dark', floatingButton: 'bottom-right', texts: { en: { acceptAll: 'OK' } }, languageSwitch: false, chunkBase: '/consentry/' },
  });
  const services = { 'google-analytics': { country: 'US' }, 'yandex-metrica': { country: 'RU' } };
  expect(checkConfig(config, services)).toEqual([]);
});

test('a config written `as const` compiles as a ConsentryConfig (its lists are read, never changed), and passes the check', () => {
  // `as const` keeps the literal types a JSON import loses (README, "Quick start: npm"), and makes
  // every list readonly: the types took only mutable arrays, so such a config did not compile.
  const config = {
    policy: {
      revision: '2026-01',
      url: '/privacy',
      laws: ['gdpr'],
      operator: { name: 'Example Ltd', country: 'GB' },
      contact: { email: 'privacy@example.test' },
      data: [{ id: 'usage', name: 'Pages visited' }],
      purposes: [{ id: 'stats', title: 'Count visits', category: 'analytics', data: ['usage'] }],
      retention: '3 years',
      withdrawal: 'Use "Cookie settings" at the bottom of any page.',
      recipients: [{ name: 'Stats Inc', country: 'US', purpose: 'Counts visits' }],
      rights: ['access', 'delete'],
      processing: { actions: ['collection', 'storage'] },
    },
    categories: {
      necessary: { title: 'Necessary', description: 'Keeps the site working.' },
      analytics: { title: 'Statistics', description: 'Counts visits.', services: ['stats-tool'] },
    },
    services: { 'stats-tool': { title: 'Stats', provider: 'Stats Inc', purpose: 'Counts visits', country: 'US', cookies: [{ name: '_st', lifetime: '1 year' }], storage: ['st_*'] } },
    language: { default: 'en', available: ['en'] },
    gpc: { categories: ['analytics'] },
  } as const;
  const typed: ConsentryConfig = config;
  const plugins: readonly ConsentPlugin[] = [];
  const options: ConsentOptions = { plugins };
  expect(options.plugins).toBe(plugins);
  expect(checkConfig(typed, {})).toEqual([]);
});
