import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CONFIG_SPEC, checkConfig } from './config-spec';
import { explain } from './explain';
import { findingsText } from './findings-text';
import { LAW_CHECKS } from './laws/check';
import { testConfig } from './testing/config-fixture';
import { optOutConfig, russianConfig } from './testing/law-configs';
import type { ConfigIssue } from './types';

type Edit = (config: Record<string, any>) => void;

/** The issues of the fixture config with one edit (a fresh copy each time). */
function issuesOf(edit: Edit, extra = {}): ConfigIssue[] {
  const config = testConfig() as unknown as Record<string, any>;
  edit(config);
  return explain(checkConfig(config, extra), config);
}

const paths = (issues: ConfigIssue[]) => issues.map((i) => i.path);

describe('checkConfig: findings, not words', () => {
  test('a valid config has none', () => {
    expect(checkConfig(testConfig(), {})).toEqual([]);
  });

  test('each finding is a path, a code and the values its message needs', () => {
    const config = testConfig({ cookie: { lifetimeDays: 400 } });
    expect(checkConfig(config, {})).toEqual([{ path: ['cookie', 'lifetimeDays'], code: 'int', args: [1, 395] }]);
  });

  test('a "$schema" key (for editors) is accepted', () => {
    expect(checkConfig({ $schema: 'https://unpkg.com/consentry/dist/config.schema.json', ...testConfig() }, {})).toEqual([]);
  });

  test('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (value) => Array.isArray(checkConfig(value, {}))));
    fc.assert(fc.property(fc.jsonValue(), (value) => Array.isArray(checkConfig({ ...testConfig(), ui: value, integrations: value, gating: value }, {}))));
  });

  test('services brought by integrations may be listed by a category', () => {
    const edit: Edit = (c) => c.categories.analytics.services.push('google-analytics');
    expect(paths(issuesOf(edit))).toEqual(['categories.analytics.services[1]']);
    expect(issuesOf(edit, { 'google-analytics': { country: 'US' } })).toEqual([]);
  });

  test('one listed under "necessary" is said (it loads before any choice), not refused; the site\'s own services are not', () => {
    const edit: Edit = (c) => c.categories.necessary.services = ['session', 'yandex-metrica'];
    const config = testConfig({ services: { ...testConfig().services, session: { title: 'Session', provider: 'Us', purpose: 'Log-in', country: 'US' } } }) as unknown as Record<string, any>;
    edit(config);
    const findings = checkConfig(config, { 'yandex-metrica': { country: 'RU' } });
    expect(findings).toEqual([{ path: ['categories', 'necessary', 'services', 1], code: 'trackerNecessary', args: [], warn: true }]);
    expect(explain(findings, config)[0]).toMatchObject({ path: 'categories.necessary.services[1]', value: '"yandex-metrica"', expected: expect.stringContaining('loads before the visitor chooses') });
  });
});

describe('a key given as undefined (a variable not set)', () => {
  // resolve.ts gives it its default, as to a key left out: the checker must check that default too.
  test('is left out: language.default is "en", which language.available must list', () => {
    const given = testConfig({ language: { default: undefined, available: ['ru'] } });
    const left = testConfig({ language: { available: ['ru'] } });
    expect(checkConfig(given, {})).toEqual(checkConfig(left, {}));
    expect(paths(explain(checkConfig(given, {}), given))).toEqual(['language.available']);
  });

  test('so every text needs "en", and the words say so', () => {
    const config = testConfig({ language: { default: undefined, available: ['ru', 'en'] }, policy: { ...testConfig().policy, retention: { ru: '3 года' } } });
    expect(explain(checkConfig(config, {}), config)).toEqual([{ path: 'policy.retention', value: '{"ru":"3 года"}', expected: expect.stringContaining('"en"') }]);
  });
});

describe('integrations', () => {
  test('a misspelt integration is refused, naming the known ones', () => {
    expect(issuesOf((c) => (c.integrations = { gogle: { measurementId: 'G-ABC123' } }))).toEqual([
      { path: 'integrations.gogle', value: '{"measurementId":"G-ABC123"}', expected: 'an integration: one of "google", "yandexMetrica"' },
    ]);
  });

  test('Google: the same rules as google() (ids, mode, URL), and at least one id', () => {
    expect(issuesOf((c) => (c.integrations = { google: { measurementId: 'G-ABC123', containerId: 'GTM-AB12CD', mode: 'advanced', waitForUpdate: 0 } }))).toEqual([]);
    expect(issuesOf((c) => (c.integrations = { google: { measurementId: 'UA-1234-1', mode: 'full', scriptUrl: 'javascript:alert(1)' } }))).toEqual([
      { path: 'integrations.google.measurementId', value: '"UA-1234-1"', expected: 'a GA4 measurement id like "G-XXXXXXX"' },
      { path: 'integrations.google.mode', value: '"full"', expected: 'one of "basic", "advanced"' },
      { path: 'integrations.google.scriptUrl', value: '"javascript:alert(1)"', expected: 'an http(s) URL or a path starting with "/" serving gtag/js and gtm.js' },
    ]);
    expect(issuesOf((c) => (c.integrations = { google: {} }))).toEqual([
      { path: 'integrations.google.measurementId', value: 'undefined (missing)', expected: 'a GA4 measurement id like "G-XXXXXXX", or a containerId like "GTM-XXXXXX"' },
    ]);
  });

  test('Google: signals name a category of this config, or "necessary"', () => {
    const signals = (s: Record<string, unknown>): Edit => (c) => (c.integrations = { google: { measurementId: 'G-ABC123', signals: s } });
    expect(issuesOf(signals({ analytics_storage: 'analytics', functionality_storage: 'necessary' }))).toEqual([]);
    expect(issuesOf(signals({ analytics_storage: 'statistics', ad_storage: 'Ads', analytics: 'x' }))).toEqual([
      { path: 'integrations.google.signals.analytics', value: '"x"', expected: expect.stringContaining('no such option') },
      { path: 'integrations.google.signals.ad_storage', value: '"Ads"', expected: 'a category key such as "analytics", or "necessary" for always granted' },
      { path: 'integrations.google.signals.analytics_storage', value: '"statistics"', expected: '"necessary" or a category of the config: one of "necessary", "analytics", "marketing"' },
    ]);
  });

  test('Yandex Metrica: the same rules as yandexMetrica()', () => {
    expect(issuesOf((c) => (c.integrations = { yandexMetrica: { id: '00012345678', accurateTrackBounce: 10000, ecommerce: 'dataLayer', webvisor: true } }))).toEqual([]);
    expect(paths(issuesOf((c) => (c.integrations = { yandexMetrica: { id: '000', accurateTrackBounce: 0, ecommerce: 'window.x()', clickmap: 'yes' } })))).toEqual([
      'integrations.yandexMetrica.id',
      'integrations.yandexMetrica.clickmap',
      'integrations.yandexMetrica.accurateTrackBounce',
      'integrations.yandexMetrica.ecommerce',
    ]);
    expect(issuesOf((c) => (c.integrations = { yandexMetrica: { id: Number.MAX_SAFE_INTEGER + 1 } }))[0]?.expected).toBe('a Metrica counter id: a whole number from 1, such as 12345678');
  });
});

describe('gating', () => {
  test('the same rules as before, placeholder texts in the default language', () => {
    expect(issuesOf((c) => (c.gating = { reloadOnWithdraw: 'never', observe: false, texts: { notice: 'From {name}.' } }))).toEqual([]);
    expect(issuesOf((c) => (c.gating = { reloadOnWithdraw: 'sometimes', observe: 'yes', texts: { notice: { ru: 'От {name}.' }, loadOnce: '' }, blocked: true }))).toEqual([
      { path: 'gating.blocked', value: 'true', expected: 'no such option; expected one of "reloadOnWithdraw", "observe", "texts"' },
      { path: 'gating.reloadOnWithdraw', value: '"sometimes"', expected: 'one of "ask", "always", "never"' },
      { path: 'gating.observe', value: '"yes"', expected: 'true or false' },
      { path: 'gating.texts.loadOnce', value: '""', expected: 'a non-empty text' },
      { path: 'gating.texts.notice', value: '{"ru":"От {name}."}', expected: 'a text for the default language "en" too' },
    ]);
  });
});

describe('ui', () => {
  test('a misspelt option is refused like any other', () => {
    expect(issuesOf((c) => (c.ui = { layuot: 'box' }))).toEqual([
      { path: 'ui.layuot', value: '"box"', expected: 'no such option; expected one of "layout", "theme", "floatingButton", "texts", "languageSwitch", "chunkBase"' },
    ]);
  });
});

describe('laws, as data', () => {
  test('each requirement of a law is a finding when the policy is under that law and leaves it out', () => {
    for (const [law, pack] of Object.entries(LAW_CHECKS)) {
      const issues = issuesOf((c) => {
        c.policy.laws = [law];
        c.policy.purposes = [c.policy.purposes[0]]; // one purpose, so `*` stands for one path
        delete c.policy.purposes[0].data;
        delete c.policy.complaint;
        delete c.policy.minimumAge;
      });
      expect(paths(issues)).toEqual(pack.requires.map((r) => `policy.${r.at.join('.').replace('*', '[0]').replace('.[', '[')}`));
    }
  });

  test('DPDP cites the Act and the Rules', () => {
    const issues = issuesOf((c) => (c.policy.laws = ['gdpr', 'dpdp']));
    expect(issues.map((i) => [i.path, i.expected])).toEqual([
      ['policy.purposes[0].data', expect.stringContaining('DPDP Act s.5(1)(i) and Rules 2025 r.3(b)(i)')],
      ['policy.grievance.officer', expect.stringContaining('DPDP Act s.8(10) and s.13(3)')],
      ['policy.complaint', 'where to complain (required under "dpdp", DPDP Act s.5(1)(iii): the Data Protection Board of India)'],
      ['policy.minimumAge', 'the minimum age to consent (required under "dpdp", DPDP Act s.2(f) and s.9: 18)'],
    ]);
  });

  test('what a law asks across the config: each optional category a purpose (152-FZ, DPDP), a child is under 18 (DPDP), GPC an opt-out the site cannot switch off (CCPA)', () => {
    const law = (laws: string[], edit: (c: Record<string, any>) => void = () => {}) => {
      const config = (laws[0] === 'ccpa' ? optOutConfig() : laws[0] === '152-fz' ? russianConfig() : testConfig()) as unknown as Record<string, any>;
      if (laws[0] === 'dpdp') Object.assign(config.policy, { laws, grievance: { officer: 'A. Officer', email: 'grievance@example.in' }, complaint: { authority: 'Data Protection Board of India' }, minimumAge: 18 });
      for (const p of config.policy.purposes) p.data ??= [config.policy.data[0].id];
      edit(config);
      return checkConfig(config, {}).filter((f) => !f.warn).map((f) => [f.path.join('.'), f.code]);
    };
    const noPurpose = (c: Record<string, any>) => (c.policy.purposes = c.policy.purposes.filter((p: { category: string }) => p.category !== 'marketing'));
    expect(law(['dpdp'])).toEqual([]);
    expect(law(['dpdp'], noPurpose)).toEqual([['categories.marketing', 'dpdpPurpose']]);
    expect(law(['152-fz'], noPurpose)).toEqual([['categories.marketing', 'ruPurpose']]);
    expect(law(['gdpr'], noPurpose)).toEqual([]);
    expect(law(['dpdp'], (c) => (c.policy.minimumAge = 13))).toEqual([['policy.minimumAge', 'dpdpChild']]);
    expect(law(['dpdp'], (c) => (c.policy.minimumAge = 0))).toEqual([['policy.minimumAge', 'dpdpChild']]);
    expect(law(['gdpr'], (c) => (c.policy.minimumAge = 13))).toEqual([]);
    expect(law(['ccpa'])).toEqual([]);
    expect(law(['ccpa'], (c) => (c.gpc = { honour: false }))).toEqual([['gpc.honour', 'ccpaGpc']]);
    // An ad category not named "marketing": GPC (by default ["marketing"]) would refuse nothing.
    const renamed = (c: Record<string, any>) => {
      c.categories.advertising = c.categories.marketing;
      delete c.categories.marketing;
      for (const p of c.policy.purposes) if (p.category === 'marketing') p.category = 'advertising';
    };
    expect(law(['ccpa'], renamed)).toEqual([['gpc.categories', 'ccpaGpc']]);
    expect(law(['ccpa'], (c) => (renamed(c), (c.gpc = { categories: ['advertising'] })))).toEqual([]);
  });

  test('152-FZ: each purpose is consented to on its own, so one purpose only names an optional category (Art. 9 part 1, 156-FZ); a necessary one any number', () => {
    const twoPurposes = (laws: string[]) => {
      const config = (laws[0] === '152-fz' ? russianConfig() : testConfig()) as unknown as Record<string, any>;
      config.policy.laws = laws;
      if (laws[0] === 'dpdp') Object.assign(config.policy, { grievance: { officer: 'A. Officer', email: 'grievance@example.in' }, complaint: { authority: 'Data Protection Board of India' }, minimumAge: 18 });
      const data = [config.policy.data[0].id];
      for (const p of config.policy.purposes) p.data ??= data;
      config.policy.purposes.push({ id: 'sms', title: 'SMS offers', category: 'marketing', data }, { id: 'audit', title: 'Keep the logs', category: 'necessary', data }, { id: 'billing', title: 'Bill you', category: 'necessary', data });
      return { at: config.policy.purposes.length - 3, issues: explain(checkConfig(config, {}).filter((f) => !f.warn), config) };
    };
    const { at, issues } = twoPurposes(['152-fz']);
    expect(issues).toEqual([{ path: `policy.purposes[${at}].category`, value: '"marketing"', expected: expect.stringContaining(`Art. 9 part 1 as amended by 156-FZ`) }]);
    expect(issues[0]!.expected).toContain('an earlier purpose names this one');
    expect(twoPurposes(['gdpr']).issues).toEqual([]);
    expect(twoPurposes(['dpdp']).issues).toEqual([]);
  });

  test('152-FZ cites Art. 9 (as amended by 156-FZ): the address, each purpose\'s data, the actions, the term', () => {
    const issues = issuesOf((c) => (c.policy.laws = ['152-fz']));
    expect(issues.map((i) => [i.path, i.expected])).toEqual([
      ['policy.operator.address', expect.stringContaining('Art. 9 part 4 item 3')],
      ['policy.purposes[0].data', expect.stringContaining('Art. 9 part 4 item 5')],
      ['policy.processing.actions', expect.stringContaining('Art. 9 part 4 item 7')],
      ['policy.processing.methods', expect.stringContaining('the methods of processing, or { "notStated": true } where the policy does not say (required under "152-fz", Art. 9 part 4 item 7)')],
      ['policy.consentTerm', expect.stringContaining('Art. 9 part 4 item 8')],
    ]);
  });

  test('"not stated" passes where a law asks, as a warning that cites the article; a config with warnings has no error', () => {
    const config = testConfig() as unknown as Record<string, any>;
    config.policy.laws = ['152-fz'];
    config.policy.operator.address = { notStated: true, note: 'It refers to an address it does not give.' };
    config.policy.purposes[0].data = ['email'];
    config.policy.processing = { actions: { notStated: true }, methods: { notStated: true } };
    config.policy.consentTerm = 'Until you withdraw it';
    for (const service of Object.values<Record<string, string>>(config.services)) service.country = 'RU';
    const findings = checkConfig(config, {});
    expect(findings.map((f) => [f.path.join('.'), f.code, f.warn])).toEqual([
      ['policy.operator.address', 'notStated', true],
      ['policy.processing.actions', 'notStated', true],
      ['policy.processing.methods', 'notStated', true],
    ]);
    expect(explain(findings, config)[0]!.expected).toMatch(/^the operator's address \(required under "152-fz", Art\. 9 part 4 item 3.*\); the policy does not state it/);
  });

  test('152-FZ warns about an operator whose country is not stated ("ZZ"): the cross-border line (Art. 12) cannot be worked out, so nothing is called abroad', () => {
    const config = testConfig() as unknown as Record<string, any>;
    Object.assign(config.policy, { laws: ['152-fz'], operator: { name: 'ООО «Пример»', country: 'ZZ', address: 'Москва' }, processing: { actions: ['collection', 'storage'], methods: 'Автоматизированная обработка' }, consentTerm: '1 год' });
    for (const p of config.policy.purposes) p.data ??= ['email'];
    for (const service of Object.values<Record<string, string>>(config.services)) service.country = 'RU';
    const findings = checkConfig(config, {});
    expect(findings).toEqual([{ path: ['policy', 'operator', 'country'], code: 'notStated', args: ['ruCountry'], warn: true }]);
    expect(findingsText(findings)).toBe('config.policy.operator.country (notStated: ruCountry)');
    expect(explain(findings, config)).toEqual([
      {
        path: 'policy.operator.country',
        value: '"ZZ"',
        expected: expect.stringMatching(/^the operator's country \(under "152-fz", Art\. 12: .*so none is called abroad\); the policy does not state it/),
      },
    ]);
    // Under a law without a cross-border line, "ZZ" is only what the policy says.
    config.policy.laws = ['gdpr'];
    expect(checkConfig(config, {})).toEqual([]);
  });

  test('152-FZ warns (not fails) about a service storing data abroad: Art. 18 part 5 and Art. 12', () => {
    const config = testConfig() as unknown as Record<string, any>;
    Object.assign(config.policy, { laws: ['152-fz'], operator: { name: 'ООО «Пример»', country: 'RU', address: 'Москва' }, processing: { actions: ['collection', 'storage'], methods: 'Автоматизированная обработка' }, consentTerm: '1 год' });
    for (const p of config.policy.purposes) p.data ??= ['email'];
    config.categories.analytics.services.push('google-analytics', 'yandex-metrica');
    config.services['stats-tool'].country = 'ZZ'; // not stated: never called abroad
    const findings = checkConfig(config, { 'google-analytics': { country: 'US' }, 'yandex-metrica': { country: 'RU' } });
    expect(findings.map((f) => [f.path.join('.'), f.warn])).toEqual([['categories.analytics.services.1', true], ['categories.marketing.services.0', true]]);
    const [ga] = explain(findings, config);
    expect(ga).toEqual({ path: 'categories.analytics.services[1]', value: '"google-analytics"', expected: expect.stringMatching(/stores it in US\. Under "152-fz", Art\. 18 part 5 \(since 1 Jul 2025\) likely forbids .* Art\. 12 requires notifying Roskomnadzor/) });
  });
});

test('the spec names what it checks, for the JSON Schema', () => {
  expect(CONFIG_SPEC.kind).toBe('obj');
  expect(Object.keys(CONFIG_SPEC.props ?? {})).toEqual(['policy', 'categories', 'services', 'cookie', 'language', 'records', 'gpc', 'bannerVersion', 'integrations', 'gating', 'ui', '$schema']);
});
