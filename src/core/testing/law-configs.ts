import type { ConsentryConfig } from '../types';
import { testConfig } from './config-fixture';

/** The fixture under 152-FZ, with everything the pack requires (a fresh copy each call). */
export function russianConfig(): ConsentryConfig {
  const config = testConfig({ language: { default: 'ru', available: ['ru', 'en'] } });
  config.policy = {
    ...config.policy,
    laws: ['152-fz'],
    operator: { name: { ru: 'ООО «Пример»', en: 'Primer LLC' }, country: 'RU', address: { ru: 'Москва, ул. Примерная, 1', en: '1 Primernaya St, Moscow' } },
    purposes: config.policy.purposes.map((p) => ({ ...p, data: p.data ?? ['email'] })),
    processing: { actions: ['collection', 'storage', 'use'], methods: { ru: 'Автоматизированная обработка', en: 'Automated processing' } },
    consentTerm: { ru: 'До отзыва согласия', en: 'Until you withdraw it' },
  };
  for (const service of Object.values(config.services!)) service.country = 'RU';
  return config;
}

/** The fixture under the US pack alone: opt-out. GPC refuses marketing (the default). */
export function optOutConfig(): ConsentryConfig {
  const config = testConfig();
  config.policy.laws = ['ccpa'];
  return config;
}
