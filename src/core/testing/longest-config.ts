import { checkConfig } from '../config-spec';
import type { ConsentryConfig } from '../types';
import { integrationFacts } from '../../integrations/config-facts';
import { testConfig } from './config-fixture';

export interface Extremes {
  /** Optional categories (at most 31: `necessary` makes 32), each key this long (3 to 32). */
  categories?: number;
  categoryKey?: number;
  /** The config's own services (at most 124), each key this long (3 to 48), dealt round the optional categories. */
  services?: number;
  serviceKey?: number;
  /** The last service's key, when it is to be another length. */
  lastServiceKey?: number;
  /** The cookie's name (at most 64 characters). */
  cookieName?: number;
}

/** A unique key of `length` characters: a letter, the index in base 36, padding. */
const key = (letter: string, i: number, length: number) => `${letter}${i.toString(36).padStart(2, '0')}`.padEnd(length, 'x');

/**
 * A config at the checker's limits, everything at its longest unless told: 32 categories, the
 * config's 124 services and the integrations' 4, every key, the revision and the cookie's name
 * as long as the checker lets them be; every service in an optional category, so a choice can
 * refuse each one.
 */
export function extremeConfig({ categories = 31, categoryKey = 32, services = 124, serviceKey = 48, lastServiceKey = serviceKey, cookieName = 64 }: Extremes = {}): ConsentryConfig {
  const base = testConfig();
  const keys = Array.from({ length: categories }, (_, i) => key('c', i, categoryKey));
  const listed = keys.map((_, i): string[] => (i === 0 ? ['google-analytics', 'google-tag-manager', 'yandex-metrica', 'yandex-webvisor'] : []));
  const defined: NonNullable<ConsentryConfig['services']> = {};
  for (let i = 0; i < services; i++) {
    const k = key('s', i, i === services - 1 ? lastServiceKey : serviceKey);
    defined[k] = { title: 'S', provider: 'P', purpose: 'U', country: 'US' };
    listed[i % categories]!.push(k);
  }
  const all: ConsentryConfig['categories'] = { necessary: base.categories.necessary! };
  for (const [i, k] of keys.entries()) all[k] = { title: 'T', description: 'D', services: listed[i]! };
  return testConfig({
    policy: { ...base.policy, revision: 'r'.repeat(40), purposes: [{ id: 'service', title: 'Run the site', category: 'necessary' }] },
    categories: all,
    services: defined,
    cookie: { name: 'n'.repeat(cookieName) },
    integrations: { google: { measurementId: 'G-ABC123', containerId: 'GTM-ABC123' }, yandexMetrica: { id: 12345678, webvisor: true } },
  });
}

/** No error from the checker, given the services the config's integrations bring (as the script tag gives them). */
export const accepted = (config: ConsentryConfig) => !checkConfig(config, integrationFacts(config)).some((f) => !f.warn);

/**
 * The largest config of that shape the checker accepts: services dropped from the end until it
 * does, then one more, its key as long as the checker still accepts. Throws when none is.
 */
export function largestAccepted(extremes: Extremes = {}): ConsentryConfig {
  const { services = 124, serviceKey = 48 } = extremes;
  let count = services;
  while (count >= 0 && !accepted(extremeConfig({ ...extremes, services: count }))) count--;
  if (count < 0) throw new Error(`no config of ${JSON.stringify(extremes)} is accepted`);
  for (let last = serviceKey; count < services && last >= 3; last--) {
    const config = extremeConfig({ ...extremes, services: count + 1, lastServiceKey: last });
    if (accepted(config)) return config;
  }
  return extremeConfig({ ...extremes, services: count });
}
