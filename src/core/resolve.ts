import type { ResolvedCategory, ResolvedConfig, ResolvedService } from './resolved-config';
import type { ConsentryConfig, Right, ServiceConfig, ServiceFacts } from './types';

export const DEFAULT_LIFETIME_DAYS = 182; // 6 months: CNIL's recommendation.
const DEFAULT_RIGHTS: Right[] = ['access', 'correct', 'delete', 'withdraw'];

/**
 * Fills in the defaults of a config that has passed validation. Small on purpose: it runs on
 * every page, while the validator runs once per config and browser (see the boot file).
 * `extra` are the services plugins (integrations) bring.
 */
export function resolveConfig(config: ConsentryConfig, extra: Readonly<Record<string, ServiceFacts | ServiceConfig>> = {}): ResolvedConfig {
  const policy = config.policy;
  const defined: Record<string, ServiceFacts | ServiceConfig> = { ...extra, ...config.services };
  const all: ResolvedCategory[] = Object.entries(config.categories).map(([key, c]) => ({ ...c, key, necessary: key === 'necessary', services: c.services ?? [] }));
  // The visitor reads "necessary" first: it explains what runs without asking.
  all.sort((a, b) => +b.necessary - +a.necessary);
  // A child-directed site tracks no one (DPDP s.9): categories that bring third-party services are removed.
  const categories = policy.childDirected ? all.filter((c) => c.necessary || c.services.length === 0) : all;
  const services: Record<string, ResolvedService> = {};
  for (const category of categories) {
    for (const key of category.services) {
      const def = defined[key]!;
      const disclosure = 'title' in def ? def : undefined;
      services[key] = {
        key,
        category: category.key,
        country: def.country,
        cookies: (def.cookies ?? []).map((c: string | { name: string }) => (typeof c === 'string' ? c : c.name)),
        storage: def.storage ?? [],
        disclosure,
      };
    }
  }
  const keys = categories.map((c) => c.key);
  const cookie = config.cookie ?? {};
  const language = config.language ?? {};
  const lang = language.default ?? 'en';
  const gpc = config.gpc ?? {};
  return {
    policy: { ...policy, recipients: policy.recipients ?? [], rights: policy.rights ?? DEFAULT_RIGHTS },
    categories,
    services,
    cookie: {
      name: cookie.name ?? 'consentry',
      path: cookie.path ?? '/',
      lifetimeDays: cookie.lifetimeDays ?? DEFAULT_LIFETIME_DAYS,
      sameSite: cookie.sameSite ?? 'Lax',
      domain: cookie.domain,
      secure: cookie.secure,
    },
    language: { default: lang, available: language.available ?? [lang], force: language.force },
    records: { endpoint: config.records?.endpoint, maxQueued: config.records?.maxQueued ?? 50 },
    gpc: {
      honour: gpc.honour ?? true,
      categories: (gpc.categories ?? ['marketing']).filter((k) => k !== 'necessary' && keys.includes(k)),
    },
    bannerVersion: config.bannerVersion ?? '1',
    integrations: config.integrations ?? {},
    gating: config.gating ?? {},
    ui: config.ui ?? {},
    source: config,
  };
}
