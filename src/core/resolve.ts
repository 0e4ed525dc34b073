import { DEFAULT_COOKIE_NAME } from './cookie-name';
import { hasConsentDocument, isOptOut } from './laws';
import type { ResolvedCategory, ResolvedConfig, ResolvedService } from './resolved-config';
import type { ConsentryConfig, Right, ServiceConfig, ServiceFacts } from './types';

export const DEFAULT_LIFETIME_DAYS = 182; // 6 months: CNIL's recommendation.
/** `policy.rights` when the config leaves it out. */
export const DEFAULT_RIGHTS: readonly Right[] = ['access', 'correct', 'delete', 'withdraw'];

/**
 * Fills in the defaults of a config that has passed validation. Small on purpose: it runs on
 * every page the core starts on, while the validator runs once per config and browser (src/browser/start-core.ts).
 * `extra` are the services plugins (integrations) bring.
 */
export function resolveConfig(config: ConsentryConfig, extra: Readonly<Record<string, ServiceFacts | ServiceConfig>> = {}): ResolvedConfig {
  const { policy, cookie = {}, language = {}, records = {}, gpc = {} } = config;
  const defined: Record<string, ServiceFacts | ServiceConfig> = { ...extra, ...config.services };
  // The visitor reads "necessary" first: it explains what runs without asking. A child-directed
  // site asks a child for nothing (DPDP s.9: a child's consent is a parent's): every optional
  // category is removed, with or without services.
  const categories: ResolvedCategory[] = Object.entries(config.categories)
    .map(([key, c]) => ({ ...c, key, necessary: key === 'necessary', services: c.services ?? [] }))
    .sort((a, b) => +b.necessary - +a.necessary)
    .filter((c) => !policy.childDirected || c.necessary);
  const services: Record<string, ResolvedService> = {};
  for (const category of categories) {
    for (const key of category.services) {
      const def = defined[key]!;
      services[key] = {
        key,
        category: category.key,
        country: def.country,
        cookies: (def.cookies ?? []).map((c: string | { name: string }) => (c as { name: string }).name ?? c),
        storage: def.storage ?? [],
        disclosure: 'title' in def ? def : undefined,
      };
    }
  }
  const lang = language.default ?? 'en';
  return {
    policy: { ...policy, recipients: policy.recipients ?? [], rights: policy.rights ?? DEFAULT_RIGHTS },
    categories,
    services,
    // Each key on its own: a key given as `undefined` (a variable not set) takes its default, as a key left out does.
    cookie: {
      name: cookie.name ?? DEFAULT_COOKIE_NAME,
      path: cookie.path ?? '/',
      lifetimeDays: cookie.lifetimeDays ?? DEFAULT_LIFETIME_DAYS,
      sameSite: cookie.sameSite ?? 'Lax',
      domain: cookie.domain,
      secure: cookie.secure,
    },
    language: { default: lang, available: language.available ?? [lang], force: language.force },
    records: { endpoint: records.endpoint, maxQueued: records.maxQueued ?? 50 },
    gpc: {
      honour: gpc.honour ?? true,
      categories: (gpc.categories ?? ['marketing']).filter((k) => k !== 'necessary' && categories.some((c) => c.key === k)),
    },
    bannerVersion: config.bannerVersion ?? '1',
    optOut: isOptOut(policy.laws),
    consentDocument: hasConsentDocument(policy.laws),
    integrations: config.integrations ?? {},
    gating: config.gating ?? {},
    ui: config.ui ?? {},
    source: config,
  };
}
