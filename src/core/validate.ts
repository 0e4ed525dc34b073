import { IssueList, LANG_TAG, has, isPlainObject, list } from './checks';
import type { ResolvedCategory, ResolvedConfig } from './resolved-config';
import type { ConfigIssue, ConsentryConfig, ServiceConfig, ServiceFacts } from './types';
import { DEFAULT_LIFETIME_DAYS, resolveConfig } from './resolve';
import { COUNTRY, validatePolicy } from './validate-policy';

export const CATEGORY_KEY = /^[a-z][a-z0-9_-]{0,31}$/;
export const SERVICE_KEY = /^[a-z][a-z0-9_-]{0,47}$/;
const COOKIE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const DOMAIN = /^\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
export const MAX_LIFETIME_DAYS = 395; // 13 months: CNIL's ceiling for keeping a choice.
export { DEFAULT_LIFETIME_DAYS };
const TOP_LEVEL = ['policy', 'categories', 'services', 'cookie', 'language', 'records', 'gpc', 'bannerVersion', 'integrations', 'gating', 'ui'];

export type ValidationResult = { ok: true; config: ResolvedConfig; issues: [] } | { ok: false; config: null; issues: ConfigIssue[] };

/**
 * Checks a config once, at start, and fills in defaults. Every problem is reported
 * with its path, the value found and what was expected; nothing wrong is silently ignored.
 * `extraServices` are services brought by plugins (integrations).
 */
export function validateConfig(input: unknown, extraServices: Readonly<Record<string, ServiceFacts | ServiceConfig>> = {}): ValidationResult {
  const v = new IssueList();
  if (!v.object('config', input, TOP_LEVEL)) return { ok: false, config: null, issues: v.issues };
  const config = input as unknown as ConsentryConfig;
  const raw = input;

  const language = validateLanguage(v, raw.language);
  const lang = language.default;

  const serviceDefs = validateServices(v, raw.services, lang, extraServices);
  const categories = validateCategories(v, raw.categories, lang, serviceDefs);
  const categoryKeys = categories.map((c) => c.key);
  validatePolicy(v, raw.policy, categoryKeys, lang);

  const cookie = validateCookie(v, raw.cookie);
  const records = validateRecords(v, raw.records);
  const gpc = validateGpc(v, raw.gpc, categoryKeys);
  if (raw.bannerVersion !== undefined) v.string('bannerVersion', raw.bannerVersion, /^[A-Za-z0-9._-]{1,40}$/, 'a version of 1-40 letters, digits, ".", "_" or "-"');
  if (raw.integrations !== undefined && !isPlainObject(raw.integrations)) v.add('integrations', raw.integrations, 'an object');
  if (raw.gating !== undefined && !isPlainObject(raw.gating)) v.add('gating', raw.gating, 'an object');
  if (raw.ui !== undefined && !isPlainObject(raw.ui)) v.add('ui', raw.ui, 'an object');

  if (v.issues.length > 0) return { ok: false, config: null, issues: v.issues };

  return { ok: true, issues: [], config: resolveConfig(config, extraServices) };
}

function validateLanguage(v: IssueList, value: unknown): ResolvedConfig['language'] {
  const fallback = { default: 'en', available: ['en'], force: undefined };
  if (value === undefined) return fallback;
  if (!v.object('language', value, ['default', 'available', 'force'])) return fallback;
  const tag = 'a language tag such as "en", "ru" or "hi"';
  const def = value.default === undefined || v.string('language.default', value.default, LANG_TAG, tag) ? ((value.default as string | undefined) ?? 'en') : 'en';
  let available = [def];
  if (value.available !== undefined && v.array('language.available', value.available, 1)) {
    const tags = value.available.filter((t, i): t is string => v.string(`language.available[${i}]`, t, LANG_TAG, tag));
    if (tags.length === value.available.length) {
      if (!tags.includes(def)) v.add('language.available', value.available, `a list that includes the default language "${def}"`);
      available = tags;
    }
  }
  let force: string | undefined;
  if (value.force !== undefined && v.string('language.force', value.force, LANG_TAG, tag)) {
    if (!available.includes(value.force)) v.add('language.force', value.force, `one of the available languages ${list(available)}`);
    force = value.force;
  }
  return { default: def, available, force };
}

function validateServices(v: IssueList, value: unknown, lang: string, extra: Readonly<Record<string, ServiceFacts | ServiceConfig>>): Record<string, ServiceFacts | ServiceConfig> {
  const out: Record<string, ServiceFacts | ServiceConfig> = { ...extra };
  if (value === undefined) return out;
  if (!isPlainObject(value)) {
    v.add('services', value, 'an object of services by key');
    return out;
  }
  for (const [key, service] of Object.entries(value)) {
    const p = `services.${key}`;
    if (!SERVICE_KEY.test(key)) v.add(p, key, 'a key of lowercase letters, digits, "_" or "-", starting with a letter');
    if (!v.object(p, service, ['title', 'provider', 'purpose', 'country', 'cookies', 'storage', 'policyUrl'])) continue;
    v.text(`${p}.title`, service.title, lang);
    v.text(`${p}.provider`, service.provider, lang);
    v.text(`${p}.purpose`, service.purpose, lang);
    v.string(`${p}.country`, service.country, COUNTRY, 'an ISO 3166-1 alpha-2 country code such as "RU" or "US"');
    if (service.cookies !== undefined && v.array(`${p}.cookies`, service.cookies)) {
      service.cookies.forEach((cookie, i) => {
        const c = `${p}.cookies[${i}]`;
        if (!v.object(c, cookie, ['name', 'lifetime', 'purpose'])) return;
        v.string(`${c}.name`, cookie.name, /^[A-Za-z0-9_.*-]{1,128}$/, 'a cookie name, "*" allowed as a wildcard');
        v.text(`${c}.lifetime`, cookie.lifetime, lang);
        if (cookie.purpose !== undefined) v.text(`${c}.purpose`, cookie.purpose, lang);
      });
    }
    if (service.storage !== undefined && v.array(`${p}.storage`, service.storage)) {
      service.storage.forEach((k, i) => v.string(`${p}.storage[${i}]`, k, /^[A-Za-z0-9_.:*-]{1,128}$/, 'a storage key, "*" allowed as a wildcard'));
    }
    if (service.policyUrl !== undefined) v.string(`${p}.policyUrl`, service.policyUrl, /^https?:\/\/\S+$/, 'an http(s) URL');
    out[key] = service as unknown as ServiceConfig;
  }
  return out;
}

function validateCategories(v: IssueList, value: unknown, lang: string, services: Record<string, ServiceFacts | ServiceConfig>): ResolvedCategory[] {
  if (!isPlainObject(value)) {
    v.add('categories', value, 'an object of categories by key, with at least "necessary"');
    return [];
  }
  if (!has(value, 'necessary')) v.add('categories.necessary', undefined, 'a "necessary" category (always on, explained to the visitor)');
  const seen = new Map<string, string>();
  const out: ResolvedCategory[] = [];
  for (const [key, category] of Object.entries(value)) {
    const p = `categories.${key}`;
    if (!CATEGORY_KEY.test(key)) v.add(p, key, 'a key of lowercase letters, digits, "_" or "-", starting with a letter');
    if (!v.object(p, category, ['title', 'description', 'services'])) continue;
    v.text(`${p}.title`, category.title, lang);
    v.text(`${p}.description`, category.description, lang);
    const keys: string[] = [];
    if (category.services !== undefined && v.array(`${p}.services`, category.services)) {
      category.services.forEach((s, i) => {
        const sp = `${p}.services[${i}]`;
        if (typeof s !== 'string' || !has(services, s)) {
          v.add(sp, s, Object.keys(services).length ? `a known service: one of ${list(Object.keys(services))}` : 'a service defined in "services" or by an integration');
        } else if (seen.has(s)) {
          v.add(sp, s, `a service listed in one category only (it is already in "${seen.get(s)}")`);
        } else {
          seen.set(s, key);
          keys.push(s);
        }
      });
    }
    out.push({ ...(category as unknown as ResolvedCategory), key, necessary: key === 'necessary', services: keys });
  }
  // The visitor reads "necessary" first: it explains what runs without asking.
  return out.sort((a, b) => Number(b.necessary) - Number(a.necessary));
}

function validateCookie(v: IssueList, value: unknown): ResolvedConfig['cookie'] {
  const out: ResolvedConfig['cookie'] = { name: 'consentry', path: '/', lifetimeDays: DEFAULT_LIFETIME_DAYS, sameSite: 'Lax', domain: undefined, secure: undefined };
  if (value === undefined) return out;
  if (!v.object('cookie', value, ['name', 'domain', 'path', 'lifetimeDays', 'sameSite', 'secure'])) return out;
  if (value.name !== undefined && v.string('cookie.name', value.name, COOKIE_NAME, 'a cookie name of 1-64 letters, digits, "_" or "-"')) {
    // js-cookie collects cookies into a plain object, so a prototype name would never read back.
    if (value.name in Object.prototype) v.add('cookie.name', value.name, 'a name that is not a built-in object property such as "constructor"');
    else out.name = value.name;
  }
  if (value.domain !== undefined && v.string('cookie.domain', value.domain, DOMAIN, 'a lowercase domain such as "shop.test" (no scheme, no port)')) out.domain = value.domain;
  if (value.path !== undefined && v.string('cookie.path', value.path, /^\/[^\s;]*$/, 'a path starting with "/"')) out.path = value.path;
  if (value.lifetimeDays !== undefined && v.integer('cookie.lifetimeDays', value.lifetimeDays, 1, MAX_LIFETIME_DAYS)) out.lifetimeDays = value.lifetimeDays;
  if (value.sameSite !== undefined && v.oneOf('cookie.sameSite', value.sameSite, ['Lax', 'Strict', 'None'] as const)) out.sameSite = value.sameSite;
  if (value.secure !== undefined && v.boolean('cookie.secure', value.secure)) out.secure = value.secure;
  if (out.sameSite === 'None' && out.secure === false) v.add('cookie.secure', value.secure, 'true when sameSite is "None" (browsers drop the cookie otherwise)');
  return out;
}

function validateRecords(v: IssueList, value: unknown): ResolvedConfig['records'] {
  const out: ResolvedConfig['records'] = { endpoint: undefined, maxQueued: 50 };
  if (value === undefined) return out;
  if (!v.object('records', value, ['endpoint', 'maxQueued'])) return out;
  if (value.endpoint !== undefined && v.string('records.endpoint', value.endpoint, /^(https?:\/\/\S+|\/\S*)$/, 'an http(s) URL or a path starting with "/"')) out.endpoint = value.endpoint;
  if (value.maxQueued !== undefined && v.integer('records.maxQueued', value.maxQueued, 1, 1000)) out.maxQueued = value.maxQueued;
  return out;
}

function validateGpc(v: IssueList, value: unknown, categoryKeys: string[]): ResolvedConfig['gpc'] {
  const optional = categoryKeys.filter((k) => k !== 'necessary');
  const out = { honour: true, categories: optional.includes('marketing') ? ['marketing'] : [] };
  if (value === undefined) return out;
  if (!v.object('gpc', value, ['honour', 'categories'])) return out;
  if (value.honour !== undefined && v.boolean('gpc.honour', value.honour)) out.honour = value.honour;
  if (value.categories !== undefined && v.array('gpc.categories', value.categories)) {
    // map, not every: every bad entry is reported, not just the first.
    const ok = value.categories.map((k, i) => v.oneOf(`gpc.categories[${i}]`, k, optional)).every(Boolean);
    if (ok) out.categories = value.categories as string[];
  }
  return out;
}

/** One message for the console: every issue on its own line. */
export function formatIssues(issues: readonly ConfigIssue[]): string {
  const lines = issues.map((i) => `  ${i.path === "config" ? "config" : `config.${i.path}`}: got ${i.value}; expected ${i.expected}`);
  return `invalid config, so nothing optional will run (failing closed). ${issues.length} problem(s):\n${lines.join('\n')}`;
}
