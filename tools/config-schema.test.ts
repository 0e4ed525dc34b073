import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { CONFIG_SPEC, checkConfig } from '../src/core/config-spec';
import { explain, formatIssues } from '../src/core/explain';
import { resolveConfig } from '../src/core/resolve';
import type { Finding, Node } from '../src/core/spec';
import { get } from '../src/core/spec';
import { testConfig } from '../src/core/testing/config-fixture';
import { lawErrors } from '../src/core/laws/check';
import { MAX_COOKIE_PATH, MAX_POLICY_URL } from '../src/core/patterns';
import type { ConsentryConfig } from '../src/core/types';
import { gatingDefaults } from '../src/gate/gating-defaults';
import { googleDefaults } from '../src/integrations/google-defaults';
import { integrationFacts } from '../src/integrations/config-facts';
import { yandexDefaults } from '../src/integrations/yandex-defaults';
import { validateConfig } from '../src/validate';
import { resolveUiOptions } from '../src/ui/options';
import type { JsonSchema } from './config-schema';
import { configSchema } from './config-schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
type Json = Record<string, unknown>;

let schema: JsonSchema;
let valid: (config: unknown) => boolean;
let errors: () => string;
beforeAll(() => {
  schema = configSchema();
  // Strict, so a keyword ajv does not know (or a subschema whose type it cannot tell) fails here
  // rather than being ignored by editors. The law rules and "one of these keys" require keys
  // defined beside them, not in their own subschema.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  const validate = ajv.compile(schema);
  valid = (config) => validate(config) as boolean;
  errors = () => ajv.errorsText(validate.errors);
}, 60_000);

/** The runtime's errors: a law's warnings (`warn`) are not refusals, and JSON Schema has no word for them. */
const errorsOf = (config: unknown) => checkConfig(config, integrationFacts(config as ConsentryConfig)).filter((f) => !f.warn);

function runtimeIssues(config: unknown): string {
  const findings = errorsOf(config);
  return findings.length ? formatIssues(explain(findings, config)) : '';
}

const DEMO = join(ROOT, 'demo/sites');
const demoConfigs = readdirSync(DEMO).map((site) => [site, JSON.parse(readFileSync(join(DEMO, site, 'consentry.config.json'), 'utf8')) as Json] as const);

/**
 * The README's JSON configs: the inline config of each `<script type="application/json">` and
 * each ```json block that is a config (not a consent record). A block that is a fragment (keys
 * without braces), or that says `"…": "policy, as above"`, is read on top of the first full one.
 */
function readmeConfigs(): Array<[string, Json]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```(json|html)\n([\s\S]*?)```/g)].flatMap(([, lang, body]) => {
    if (lang === 'html') return [...body!.matchAll(/<script type="application\/json" id="consentry-config">([\s\S]*?)<\/script>/g)].map((m) => m[1]!.trim());
    return body!.includes('"recordId"') ? [] : [body!.trim()];
  });
  let base: Json | undefined;
  return blocks.map((text, i) => {
    const parsed = JSON.parse(text.startsWith('{') ? text : `{${text}}`) as Json;
    const partial = !text.startsWith('{') || '…' in parsed;
    delete parsed['…'];
    const config = partial ? { ...base, ...parsed } : parsed;
    base ??= config;
    return [`README example ${i + 1}`, config];
  });
}

describe('config.schema.json', () => {
  test('every demo config is valid, for the schema and at runtime', () => {
    expect(demoConfigs.length).toBeGreaterThanOrEqual(4);
    for (const [site, config] of demoConfigs) {
      expect(valid(config) ? '' : errors(), site).toBe('');
      expect(runtimeIssues(config), site).toBe('');
    }
  });

  test('every JSON config example in the README is valid, for the schema and at runtime', () => {
    const examples = readmeConfigs();
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const [name, config] of examples) {
      expect(valid(config) ? '' : errors(), name).toBe('');
      expect(runtimeIssues(config), name).toBe('');
    }
  });

  test("cookie.path's limit (1,024 bytes, past which a browser ignores it) is the schema's too, and both refuse a path beyond ASCII (a browser compares it %-encoded)", () => {
    const withPath = (path: string) => testConfig({ cookie: { path } });
    expect(agree(withPath(`/${'p'.repeat(MAX_COOKIE_PATH - 1)}`), 'at the limit')).toBe('accept');
    expect(agree(withPath(`/${'p'.repeat(MAX_COOKIE_PATH)}`), 'one over')).toBe('refuse');
    expect(agree(withPath('/%D1%8F'), 'encoded')).toBe('accept');
    expect(agree(withPath('/я'), 'Cyrillic')).toBe('refuse');
    expect(agree(withPath(`/${'😀'.repeat(10)}`), 'emoji')).toBe('refuse');
    expect(agree(withPath('/a\u0001b'), 'a control character')).toBe('refuse');
  });

  test("the README's Google configs: no Tag Manager signal left denied by a category they lack, and the one mapping its ads category would be warned without its signals", () => {
    const google = readmeConfigs().filter(([, config]) => JSON.stringify(config).includes('GTM-'));
    expect(google.length).toBeGreaterThanOrEqual(2);
    const denied = (config: unknown) => validateConfig(config).warnings.filter((w) => w.expected.includes('stay denied for every tag the container loads'));
    for (const [name, config] of google) expect(denied(config), name).toEqual([]);
    const mapped = google.map(([, config]) => config as unknown as ConsentryConfig).find((config) => config.integrations?.google?.signals)!;
    const { signals: _, ...options } = mapped.integrations!.google!;
    expect(denied({ ...mapped, integrations: { google: options } }).map((w) => w.path)).toEqual(['categories.ads.services[0]']);
  });

  test("policy.url's length counts characters (code points), as JSON Schema's does: an emoji is one", () => {
    const withUrl = (url: string) => testConfig({ policy: { ...testConfig().policy, url } });
    const https = 'https://shop.test/';
    expect(agree(withUrl(`${https}${'😀'.repeat(MAX_POLICY_URL - https.length)}`), 'at the limit')).toBe('accept');
    expect(agree(withUrl(`${https}${'😀'.repeat(MAX_POLICY_URL - https.length + 1)}`), 'one over')).toBe('refuse');
    // A path is recorded %-encoded, 12 characters an emoji, which JSON Schema cannot count: the checker alone refuses it.
    expect(agree(withUrl(`/${'😀'.repeat(MAX_POLICY_URL - 1)}`), 'a path, encoded')).toBe('runtimeOnly');
  });

  test("ajv with its default options compiles it without a warning, as a site's CI would run it (README: \"Any JSON Schema validator (ajv, …)\")", () => {
    // Its defaults log each subschema whose type it cannot tell (strictTypes), 18 lines before a subschema named its type.
    const told: string[] = [];
    const logger = { log() {}, warn: (...args: unknown[]) => told.push(args.join(' ')), error: (...args: unknown[]) => told.push(args.join(' ')) };
    new Ajv({ logger }).compile(schema);
    expect(told).toEqual([]);
  });

  test('a "$schema" key is allowed', () => {
    expect(valid({ $schema: './node_modules/consentry/dist/config.schema.json', ...testConfig() })).toBe(true);
  });

  test.each([
    ['ui.layuot', (c: Json) => (c.ui = { layuot: 'box' })],
    ['integrations.gogle', (c: Json) => (c.integrations = { gogle: { measurementId: 'G-ABC123' } })],
    ['cookie.lifetimedays', (c: Json) => (c.cookie = { lifetimedays: 30 })],
    ['policy.purposes[0].categroy', (c: Json) => ((c.policy as { purposes: Json[] }).purposes[0]!.categroy = 'necessary')],
    ['ui.texts.en.acceptAl', (c: Json) => (c.ui = { texts: { en: { acceptAl: 'OK' } } })],
    ['gating.reloadOnWithdraw "sometimes"', (c: Json) => (c.gating = { reloadOnWithdraw: 'sometimes' })],
  ])('a misspelt key or value (%s) is refused by both the schema and the runtime checker', (_, edit) => {
    const config = testConfig() as unknown as Json;
    edit(config);
    expect(valid(config)).toBe(false);
    expect(runtimeIssues(config)).not.toBe('');
  });

  test('the law requirements, the forbidden combinations and "one of these" reach the schema', () => {
    const dpdp = testConfig() as unknown as Json;
    (dpdp.policy as Json).laws = ['dpdp'];
    expect(valid(dpdp)).toBe(false);
    expect(errors()).toContain("must have required property 'complaint'");
    expect(valid(testConfig({ cookie: { sameSite: 'None', secure: false } }))).toBe(false);
    expect(valid(testConfig({ cookie: { sameSite: 'None' } }))).toBe(true);
    expect(valid(testConfig({ cookie: { name: 'constructor' } }))).toBe(false);
    expect(valid(testConfig({ integrations: { google: {} } }))).toBe(false);
  });

  test("the laws' limits JSON Schema can state: DPDP's least minimumAge, GPC not switched off under CCPA", () => {
    const cmachines = demoConfigs.find(([site]) => site === 'cmachines')![1];
    for (const [age, ok] of [[17, false], [18, true], [0, false]] as const) {
      const config = structuredClone(cmachines) as { policy: Json };
      config.policy.minimumAge = age;
      expect(valid(config), `dpdp, minimumAge ${age}`).toBe(ok);
      expect(runtimeIssues(config) === '', `dpdp, minimumAge ${age}`).toBe(ok);
    }
    const ccpa = (gpc: Json) => testConfig({ policy: { ...testConfig().policy, laws: ['ccpa'] }, gpc });
    expect(valid(ccpa({ honour: false }))).toBe(false);
    expect(runtimeIssues(ccpa({ honour: false }))).toContain('config.gpc.honour: got false');
    expect(valid(ccpa({ honour: true }))).toBe(true);
    expect(valid(testConfig({ gpc: { honour: false } }))).toBe(true);
  });

  test("every option has a one-line doc (types.ts), and each default is what's really used", () => {
    const resolved = resolveConfig(testConfig());
    // Metrica's own init parameters are one object, ready for `ym(id, 'init', …)`; ecommerce is named there only when on.
    const metrica = yandexDefaults({ id: 1 });
    const ui = resolveUiOptions(resolveConfig(testConfig({ language: { default: 'en', available: ['en', 'ru'] } })));
    // Where each part's defaults are applied, read at the documented path.
    const applied: Array<[string, unknown]> = [
      ['integrations.google.', googleDefaults({ measurementId: 'G-ABC123' })],
      ['integrations.yandexMetrica.', { ...metrica, ...metrica.init, ecommerce: metrica.init.ecommerce ?? false }],
      ['gating.', gatingDefaults()],
      ['ui.', ui],
      ['', resolved],
    ];
    let checked = 0;
    const walk = (node: JsonSchema, path: string[]) => {
      const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
      for (const [key, prop] of Object.entries(properties)) {
        const at = [...path, key];
        expect(typeof prop.description === 'string' && prop.description.length > 5, at.join('.')).toBe(true);
        if ('default' in prop) {
          const name = at.join('.');
          const [prefix, values] = applied.find(([p]) => name.startsWith(p))!;
          const used = get(values, name.slice(prefix.length).split('.'));
          if (name === 'policy.childDirected') expect(used).toBeUndefined(); // read as "not child-directed"
          else if (name !== 'services') (checked++, expect(used, name).toEqual(prop.default));
        }
        walk(prop, at);
        if (prop.items) walk(prop.items as JsonSchema, [...at, '0']);
      }
    };
    walk(schema, []);
    expect(checked).toBeGreaterThan(20);
  });
});

/**
 * Codes whose rule JSON Schema cannot state: references into other parts of the config, ids
 * used twice, the default language, what the whole config becomes in the cookie and the records. The schema's `$comment` lists them for its readers.
 */
const ALWAYS_RUNTIME = new Set(['listedTwice', 'dupData', 'dupPurpose', 'textLang', 'availDefault', 'ruPurpose', 'ruPurposeOnce', 'dpdpPurpose', 'cookieSize', 'policyUrlEncoded', 'recordServices']);
/** References: a name that is not one of the names found elsewhere (the schema knows it is a string). */
const REFERENCES = new Set(['ref', 'service', 'signal', 'force']);
const runtimeOnly = (f: Finding, config: unknown) =>
  ALWAYS_RUNTIME.has(f.code) || (REFERENCES.has(f.code) && typeof get(config, f.path) === 'string') || (f.code === 'ccpaGpc' && f.path.at(-1) === 'categories');

/** Every path in a JSON value, objects and arrays included. */
function pathsOf(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const inner = Array.isArray(value) ? value.flatMap((v, i) => pathsOf(v, [...at, i])) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k])) : [];
  return [at, ...inner];
}

/** Values near the valid ones: each pattern's edge, wrong types, JSON's oddities. */
const nearby = fc.oneof(
  fc.constantFrom(
    '', ' ', 'en', 'EN', 'ru', 'hi', 'x-y', 'G-ABC123', 'UA-1234-1', 'GTM-AB12CD', 'https://example.test/x', '/privacy', 'privacy.html', '//cdn.example/',
    'javascript:alert(1)', 'data:text/javascript,1', 'None', 'Lax', 'lax', 'necessary', 'analytics', 'marketing', 'statistics', 'constructor', '__proto__',
    'dpdp', 'gdpr', 'lgpd', 'bar', 'popup', 'bottom-left', 'US', 'usa', 'a@b.test', 'a@b', '+1 555 0100', '     ', '_ga*', 'ga', 'stats-tool', 'Ads!',
    '2026-01', '2026/01', '12345678', '000', 'dataLayer', 'window.x()',
  ),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -2, max: 1000 }),
  fc.constantFrom(0, 1, 18, 21, 22, 395, 396, 10_000, 10_001, 1.5, -0, 2 ** 53),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({}, [], { en: 'Hi' }, { ru: 'Привет' }, { en: '' }, ['en'], ['ru', 'en'], ['necessary'], ['marketing']),
);

/**
 * Every place the spec defines under a config, present or not: each known key of each object
 * (left out ones too), a new entry of each map, each item of each list; with values at the edge of
 * what that place accepts, read from the node's description (bounds ± 1, each enum value and a
 * wrong one, blank strings, texts without the default language…).
 */
function slots(n: Node, value: unknown, path: Array<string | number>, out: Array<[Array<string | number>, unknown[]]>): typeof out {
  const edge: unknown[] = [null, {}, [], 'x', ' '];
  switch (n.kind) {
    case 'int':
      edge.push(n.min! - 1, n.min, n.max === Infinity ? 1e9 : n.max, n.max === Infinity ? 1.5 : n.max! + 1, String(n.min));
      break;
    case 'enum':
      edge.push(...n.values!, 'other', 1);
      break;
    case 'bool':
      edge.push(true, false, 'true');
      break;
    case 'str':
      edge.push('', ...(n.not?.of.slice(0, 3) ?? []), 'en', 'EN', 'https://example.test/a', '/a', 'javascript:alert(1)', 'G-ABC123', 'GTM-AB12CD', 'a-b', 'A_b');
      break;
    case 'ref':
      edge.push('', 'necessary', 'analytics', 'marketing', 'Ads', 'en', 'ru', 'hi', 'email', 'usage', 'stats-tool', 1);
      break;
    case 'text':
      edge.push('Hi', '', { en: 'Hi' }, { ru: 'Привет' }, { en: '' }, { EN: 'Hi' }, 1);
      break;
    case 'arr':
      if (Array.isArray(value)) value.forEach((item, i) => slots(n.of as Node, item, [...path, i], out));
      edge.push(...(Array.isArray(value) ? [[], [...value, ...value.slice(0, 1)]] : [[]]));
      break;
    case 'obj':
      if (n.of) {
        const entries = value && typeof value === 'object' ? Object.entries(value) : [];
        for (const [k, v] of entries) slots(n.of as Node, v, [...path, k], out);
        out.push([[...path, 'new-key'], [entries[0]?.[1] ?? {}, 'x']], [[...path, 'Bad Key'], [entries[0]?.[1] ?? {}]]);
      } else {
        for (const [k, prop] of Object.entries(n.props ?? {})) slots(prop, get(value, [k]), [...path, k], out);
        out.push([[...path, 'typo'], [1]]);
      }
      break;
  }
  out.push([path, edge]);
  return out;
}

type Mutation = { kind: 'set' | 'delete' | 'add' | 'edge'; at: number; value: unknown; key: string; pick: number };
const mutation = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('set', 'delete', 'add', 'edge', 'edge', 'edge'),
  at: fc.nat(),
  value: nearby,
  key: fc.constantFrom('extra', 'layuot', 'gogle', 'title', 'services', 'url', 'en', 'ru', '$schema', 'default', 'force', 'secure'),
  pick: fc.nat(),
});

/** Sets `value` at `path`, making the objects on the way; `undefined` deletes. */
function put(root: unknown, path: Array<string | number>, value: unknown): unknown {
  if (!path.length) return value;
  if (root === null || typeof root !== 'object') return root; // nothing to put it in
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  const node = root as Json;
  const next = put(node[key] ?? (rest.length ? {} : undefined), rest, value);
  if (next === undefined) Array.isArray(node) ? node.splice(key as number, 1) : delete node[key];
  else node[key] = next;
  return root;
}

function mutate(config: unknown, mutations: Mutation[]): unknown {
  let out = structuredClone(config);
  for (const m of mutations) {
    if (m.kind === 'edge') {
      const places = slots(CONFIG_SPEC, out, [], []);
      const [path, values] = places[m.at % places.length]!;
      out = put(out, path, structuredClone(values[m.pick % values.length]));
      continue;
    }
    const paths = pathsOf(out);
    const path = paths[m.at % paths.length]!;
    if (m.kind === 'set') out = put(out, path, structuredClone(m.value));
    else if (m.kind === 'delete') out = put(out, path, undefined);
    else {
      const target = get(out, path);
      if (target && typeof target === 'object' && !Array.isArray(target)) (target as Json)[m.key] = structuredClone(m.value);
    }
  }
  return out;
}

/** The verdicts agree: exactly on what JSON Schema can say; the references are the runtime's alone. */
function agree(config: unknown, label: string): 'accept' | 'refuse' | 'runtimeOnly' {
  const found = errorsOf(config);
  // The laws' limits run only on a config without other errors; the schema states some of them.
  const findings = found.length && found.every((f) => runtimeOnly(f, config)) ? [...found, ...lawErrors(config as ConsentryConfig)] : found;
  const shape = findings.filter((f) => !runtimeOnly(f, config));
  const schemaAccepts = valid(config);
  expect(schemaAccepts, `${label}\nschema: ${schemaAccepts ? 'valid' : errors()}\nruntime: ${formatIssues(explain(shape, config))}`).toBe(shape.length === 0);
  return findings.length === 0 ? 'accept' : shape.length === 0 ? 'runtimeOnly' : 'refuse';
}

test('every place the spec defines, at the edge of what it accepts: the JSON Schema and the runtime checker agree', () => {
  const seen = { accept: 0, refuse: 0, runtimeOnly: 0 };
  // The fixture (most optional parts left out, so each is made), a DPDP site in en and hi, a
  // 152-FZ site with both integrations in ru and en: every place, each with real neighbours.
  const bases = [['fixture', testConfig()] as const, ...demoConfigs.filter(([site]) => site === 'cmachines' || site === 'infomaximum')];
  expect(bases).toHaveLength(3);
  for (const [name, base] of bases) {
    for (const [path, values] of slots(CONFIG_SPEC, base, [], [])) {
      for (const value of values) seen[agree(put(structuredClone(base), path, structuredClone(value)), `${name}: ${path.join('.')} = ${JSON.stringify(value)}`)]++;
      seen[agree(put(structuredClone(base), path, undefined), `${name}: ${path.join('.')} left out`)]++;
    }
  }
  expect(seen.accept).toBeGreaterThan(300);
  expect(seen.refuse).toBeGreaterThan(3000);
  expect(seen.runtimeOnly).toBeGreaterThan(30);
}, 120_000);

test('property: the JSON Schema and the runtime checker agree on configs near the valid ones', () => {
  const bases = [testConfig(), ...demoConfigs.map(([, c]) => c), ...readmeConfigs().map(([, c]) => c)];
  const seen = { accept: 0, refuse: 0, runtimeOnly: 0 };
  fc.assert(
    fc.property(fc.nat(bases.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (base, mutations) => {
      const verdict = agree(mutate(bases[base], mutations), JSON.stringify(mutations));
      seen[verdict]++;
    }),
    { numRuns: 1000 },
  );
  // Not vacuous: both verdicts, and references found by the runtime alone, were all seen.
  expect(seen.accept).toBeGreaterThan(30);
  expect(seen.refuse).toBeGreaterThan(300);
  expect(seen.runtimeOnly).toBeGreaterThan(5);
}, 120_000);

/**
 * The README's config reference (the table under "## Config reference", with the `config.ui` and
 * `config.gating` tables and each integration's "Options:") names every option the checker
 * accepts, and each entry's keys for categories and services: a key accepted but documented
 * nowhere in the README is one a site owner never finds.
 */
test("the README's config reference names every option the checker accepts", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = (from: string, to: string) => readme.slice(readme.indexOf(from), readme.indexOf(to, readme.indexOf(from)));
  const row = (key: string) => new RegExp(`^\\| \`${key.replace('$', '\\$')}\` \\|.*$`, 'm').exec(section('## Config reference', '### Checking a config'))?.[0] ?? '';
  const where: Record<string, string> = {
    gating: section('`config.gating` (all optional)', 'From npm'),
    ui: section('### `config.ui`', '### Languages'),
    'integrations.google': section('### Google: Consent Mode v2', '### Yandex Metrica'),
    'integrations.yandexMetrica': section('### Yandex Metrica', '### What each integration declares'),
  };
  const missing: string[] = [];
  const named = (n: Node, at: string, text: string) => {
    const keys = Object.keys((n.of ? (n.of as Node).props : n.props) ?? {});
    for (const key of keys) if (!text.includes(`\`${key}\``)) missing.push(`${at}.${key}`);
  };
  for (const [key, n] of Object.entries(CONFIG_SPEC.props!)) {
    if (key === '$schema') continue; // "Checking a config in your editor"
    const text = row(key);
    expect(text, key).not.toBe('');
    if (key === 'integrations') for (const [name, i] of Object.entries(n.props!)) named(i, `${key}.${name}`, where[`${key}.${name}`]!);
    else if (n.kind === 'obj') named(n, key, text + (where[key] ?? ''));
  }
  expect(missing).toEqual([]);
});
