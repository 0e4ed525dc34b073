import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ConsentryConfig, ServiceConfig } from '../src/core/types';
import { formatIssues, validateConfig } from '../src/core/validate';
// @ts-expect-error plain JS module of the demo server, no types
import { inlineConfig } from './server/inline-config.mjs';

const DEMO = dirname(fileURLToPath(import.meta.url));

/**
 * Stand-ins for the services the Google and Yandex Metrica integrations contribute
 * (their plugins live on the gating branch). Once merged, the plugins' own definitions
 * replace these: see `integrationServices` below.
 */
const STAND_IN_SERVICES: Record<string, ServiceConfig> = {
  'yandex-metrica': { title: 'Yandex Metrica', provider: 'Yandex LLC', purpose: 'Visit statistics', country: 'RU' },
  'google-analytics': { title: 'Google Analytics', provider: 'Google LLC', purpose: 'Visit statistics', country: 'US' },
};

const SITES = [
  { id: 'arcon', lang: 'ru', available: ['ru', 'en'], law: '152-fz', trackers: [] as string[] },
  { id: 'shop', lang: 'ru', available: ['ru', 'en'], law: '152-fz', trackers: ['yandex-metrica'] },
  { id: 'infomaximum', lang: 'ru', available: ['ru', 'en'], law: '152-fz', trackers: ['yandex-metrica', 'google-analytics'] },
  { id: 'cmachines', lang: 'en', available: ['en', 'hi'], law: 'dpdp', trackers: [] as string[] },
];

// Every visitor-facing text in a config sits under one of these keys.
const TEXT_KEYS = new Set(['name', 'title', 'description', 'purpose', 'provider', 'retention', 'withdrawal', 'authority', 'address', 'registration', 'person', 'lifetime']);

function readConfig(site: string): ConsentryConfig {
  return JSON.parse(readFileSync(join(DEMO, 'sites', site, 'consentry.config.json'), 'utf8')) as ConsentryConfig;
}

/** Every text, with its path, found by walking the config. */
function texts(value: unknown, path = 'config'): Array<{ path: string; value: unknown }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    TEXT_KEYS.has(key) && (typeof v === 'string' || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((t) => typeof t === 'string')))
      ? [{ path: `${path}.${key}`, value: v }]
      : texts(v, `${path}.${key}`),
  );
}

describe.each(SITES)('demo site $id', (site) => {
  const config = readConfig(site.id);
  const html = readFileSync(join(DEMO, 'sites', site.id, 'index.html'), 'utf8');

  it('has a valid config (integration services stood in until the gating plugins are merged)', () => {
    const result = validateConfig(config, STAND_IN_SERVICES);
    expect(result.ok ? '' : formatIssues(result.issues)).toBe('');
  });

  it('is warned about Google Analytics exactly when its law is 152-FZ and it lists it (Art. 18 part 5, Art. 12)', () => {
    const result = validateConfig(config, STAND_IN_SERVICES);
    const abroad = result.ok ? result.warnings.filter((w) => /Art\. 18 part 5/.test(w.expected)) : [];
    const listsGa = site.trackers.includes('google-analytics');
    expect(abroad.map((w) => w.value)).toEqual(site.law === '152-fz' && listsGa ? ['"google-analytics"'] : []);
    for (const w of abroad) expect(w.expected).toContain('Art. 12 requires notifying Roskomnadzor');
  });

  it(`speaks ${site.available.join(' and ')}: every visitor-facing text has exactly those versions`, () => {
    expect(config.language).toEqual({ default: site.lang, available: site.available });
    const found = texts(config);
    expect(found.length).toBeGreaterThan(30);
    for (const text of found) {
      expect({ path: text.path, langs: typeof text.value === 'string' ? 'a bare string' : Object.keys(text.value as object).sort() }).toEqual({ path: text.path, langs: [...site.available].sort() });
    }
  });

  it('states the law, the withdrawal route and where records go', () => {
    expect(config.policy.laws).toEqual([site.law]);
    expect(config.records?.endpoint).toBe('/consent-log');
    if (site.law === 'dpdp') {
      expect(config.policy.minimumAge).toBe(18);
      expect(config.policy.complaint?.authority).toMatchObject({ en: 'Data Protection Board of India' });
    }
  });

  it("sends records where the README's demo section says, and takes the other receiver's URL it suggests", () => {
    const readme = readFileSync(join(DEMO, '..', 'README.md'), 'utf8').split(/^## /m).find((s) => s.startsWith('The demo\n')) ?? '';
    expect(readme).toContain(`\`"records": { "endpoint": "${config.records?.endpoint}" }\``);
    const other = /`"endpoint": "(http[^"]+)"`/.exec(readme)?.[1];
    expect(other, "README's demo section: the URL of a receiver of your own").toBeDefined();
    const result = validateConfig({ ...config, records: { ...config.records, endpoint: other } }, STAND_IN_SERVICES);
    expect(result.ok ? '' : formatIssues(result.issues)).toBe('');
  });

  it('lists exactly the trackers its policy names, wired through the integrations', () => {
    const listed = Object.values(config.categories).flatMap((c) => c.services ?? []);
    expect(listed.filter((s) => s in STAND_IN_SERVICES).sort()).toEqual([...site.trackers].sort());
    const integrations = (config.integrations ?? {}) as Record<string, unknown>;
    expect('yandexMetrica' in integrations).toBe(site.trackers.includes('yandex-metrica'));
    expect('google' in integrations).toBe(site.trackers.includes('google-analytics'));
    for (const tracker of site.trackers) expect(config.categories.analytics?.services).toContain(tracker);
  });

  it('has a page in its language whose embeds name a configured service in the right category', () => {
    expect(html).toContain(`<html lang="${site.lang}" data-languages="${site.available.join(' ')}">`);
    expect(html).not.toContain('id="consentry-config"'); // the config comes from the JSON file only
    const embeds = [...html.matchAll(/<iframe data-category="([^"]+)" data-service="([^"]+)" data-src="([^"]+)"/g)];
    expect(embeds.length).toBeGreaterThan(0);
    for (const [, category, service, src] of embeds) {
      expect(config.categories[category!]?.services).toContain(service);
      expect(src).toMatch(/^\/stubs\/video\.html/);
    }
  });

  // The banner says the choice can be changed in the cookie settings (GDPR Art. 7(3)): without a
  // way the widget can see, the console warns once the visitor has chosen (src/ui/launcher.ts).
  it('has a way back to the settings the widget can see: its footer link carries data-consentry-open (or the floating button is on)', () => {
    expect(config.ui?.floatingButton || /<a [^>]*data-consentry-open[^>]*>/.test(html)).toBeTruthy();
  });

  it('is served with its config inlined as the JSON element consentry.js reads', () => {
    const served: string = inlineConfig(html, join(DEMO, 'sites', site.id, 'index.html'));
    const match = /<script type="application\/json" id="consentry-config">([\s\S]*?)<\/script>/.exec(served);
    expect(match).not.toBeNull();
    expect(JSON.parse(match![1]!)).toEqual(config);
    // The config element comes before consentry.js, which reads it when it starts.
    expect(served.indexOf('id="consentry-config"')).toBeLessThan(served.indexOf('/dist/consentry.js'));
  });
});
