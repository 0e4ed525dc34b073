import { describe, expect, test } from 'vitest';
import { testConfig } from './testing/config-fixture';
import { extremeConfig } from './testing/longest-config';
import { integrationFacts } from '../integrations/config-facts';
import type { ConfigIssue, ConsentryConfig } from './types';
import { formatIssues, validateConfig } from './validate';

/** The issues for a config, by path, so a test names exactly the problem it expects. */
function issuesOf(config: unknown, extraServices = {}): ConfigIssue[] {
  const result = validateConfig(config, extraServices);
  expect(result.ok).toBe(false);
  return result.issues;
}

function issueAt(issues: ConfigIssue[], path: string): ConfigIssue {
  const found = issues.find((i) => i.path === path);
  if (!found) throw new Error(`no issue at ${path}; got ${issues.map((i) => i.path).join(', ')}`);
  return found;
}

/** A config with one edit, made on a fresh copy (`testConfig()` is a factory). */
function withEdit(edit: (config: Record<string, any>) => void): unknown {
  const config = testConfig() as unknown as Record<string, any>;
  edit(config);
  return config;
}

describe('a valid config', () => {
  test('passes and gets every default filled in', () => {
    const result = validateConfig(testConfig());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = result.config;
    expect(c.categories.map((k) => k.key)).toEqual(['necessary', 'analytics', 'marketing']);
    expect(c.categories[0]!.necessary).toBe(true);
    expect(c.services['stats-tool']).toMatchObject({ key: 'stats-tool', category: 'analytics', storage: [] });
    expect(c.services['ads-tool']).toMatchObject({ category: 'marketing', cookies: [] });
    expect(c.cookie).toEqual({ name: 'consentry', path: '/', lifetimeDays: 182, sameSite: 'Lax', domain: undefined, secure: undefined });
    expect(c.language).toEqual({ default: 'en', available: ['en'], force: undefined });
    expect(c.records).toEqual({ endpoint: undefined, maxQueued: 50 });
    expect(c.gpc).toEqual({ honour: true, categories: ['marketing'] });
    expect(c.policy.rights).toEqual(['access', 'correct', 'delete', 'withdraw']);
    expect(c.policy.recipients).toEqual([]);
    expect(c.bannerVersion).toBe('1');
  });

  test('"necessary" comes first whatever order the site wrote', () => {
    const config = testConfig();
    const { necessary, ...rest } = config.categories;
    config.categories = { ...rest, necessary: necessary! };
    const result = validateConfig(config);
    expect(result.ok && result.config.categories.map((c) => c.key)).toEqual(['necessary', 'analytics', 'marketing']);
  });

  test('a service brought by a plugin can be listed by a category', () => {
    const config = withEdit((c) => c.categories.analytics.services.push('google-analytics'));
    const result = validateConfig(config, {
      'google-analytics': { title: 'Google Analytics', provider: 'Google LLC', purpose: 'Statistics', country: 'US' },
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.config.services['google-analytics']?.category).toBe('analytics');
  });

  test('a child-directed site drops every optional category, with or without services', () => {
    const config = withEdit((c) => {
      c.policy.childDirected = true;
      c.categories.preferences = { title: 'Preferences', description: 'Remembers your theme.' };
      c.policy.purposes = [{ id: 'service', title: 'Run the site', category: 'necessary' }];
    });
    const result = validateConfig(config);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.categories.map((c) => c.key)).toEqual(['necessary']);
    expect(result.config.services).toEqual({});
    expect(result.config.gpc.categories).toEqual([]);
  });
});

describe('a config bigger than a consent record can hold', () => {
  test('33 categories: refused at once, not every record lost later (the log takes 32)', () => {
    const config = testConfig();
    for (let i = 0; i < 30; i++) config.categories[`extra${i}`] = { title: 'Extra', description: 'More.' };
    expect(Object.keys(config.categories)).toHaveLength(33);
    const [issue] = issuesOf(config).filter((i) => i.path === 'categories');
    expect(issue!.expected).toContain('at most 32 entries');
  });

  test('125 services (with the integrations\' up to 4, past the 128 a record holds): refused', () => {
    const config = testConfig();
    for (let i = 0; i < 123; i++) config.services![`tool${i}`] = { title: 'Tool', provider: 'Example', purpose: 'Testing', country: 'GB' };
    expect(Object.keys(config.services!)).toHaveLength(125);
    expect(issuesOf(config).map((i) => [i.path, i.expected.slice(0, 19)])).toEqual([['services', 'at most 124 entries']]);
    delete config.services!.tool0;
    expect(validateConfig(config).ok).toBe(true);
  });

  test('categories listing more services than a record holds, with the plugins\' (npm): refused, with how many', () => {
    const config = testConfig(); // "marketing" lists one
    const extra = Object.fromEntries(Array.from({ length: 128 }, (_, i) => [`p${i}`, { title: 'P', provider: 'P', purpose: 'U', country: 'US' }]));
    config.categories.analytics!.services = Object.keys(extra);
    expect(issuesOf(config, extra).map((i) => [i.path, i.expected])).toEqual([
      ['categories', 'categories that list at most 128 services in all, those of plugins and integrations included: each goes into every consent record, which the consent log refuses past that; these list 129'],
    ]);
    delete extra.p0;
    config.categories.analytics!.services = Object.keys(extra);
    expect(validateConfig(config, extra).ok).toBe(true);
  });

  test('categories and services whose longest choice outgrows the cookie: refused at "categories", with the length and what each key takes', () => {
    const config = extremeConfig();
    const issues = issuesOf(config, integrationFacts(config));
    expect(issues.map((i) => i.path)).toEqual(['categories']);
    expect(issues[0]!.expected).toBe(
      'categories and services whose keys fit in the consent cookie: with every optional category granted and each of its services refused one by one it would hold 8397 characters, and only 3000 are read back (a browser drops a cookie past 4,096 bytes; the visitor would be asked again on every page). Each optional category takes its key\'s length + 3, each of its services its key\'s + 9: shorten keys or list fewer services',
    );
    const fits = extremeConfig({ services: 29 }); // 2,982 characters at most
    expect(validateConfig(fits, integrationFacts(fits)).ok).toBe(true);
  });

  test('a policy URL longer than a record holds with the longest origin: refused, naming the limit (record.test.ts: the longest that fits validates)', () => {
    const config = testConfig();
    config.policy.url = `/${'p'.repeat(1700)}`;
    expect(issuesOf(config).map((i) => [i.path, i.expected])).toEqual([['policy.url', 'an http(s) URL or a path starting with "/", of at most 1700 characters (every consent record carries it)']]);
    config.policy.url = `/${'p'.repeat(1699)}`;
    expect(validateConfig(config).ok).toBe(true);
  });

  test('a cookie path longer than a browser keeps (1,024 bytes): refused at cookie.path, with its length', () => {
    const config = testConfig();
    config.cookie = { path: `/${'p'.repeat(1024)}` };
    expect(issuesOf(config).map((i) => [i.path, i.expected])).toEqual([
      ['cookie.path', 'a path starting with "/", of at most 1024 bytes (a browser ignores a longer one, and the visitor would be asked again on every page): this one has 1025'],
    ]);
    config.cookie = { path: `/${'p'.repeat(1023)}` };
    expect(validateConfig(config).ok).toBe(true);
    config.cookie = { path: '/a b' };
    expect(issuesOf(config).map((i) => i.expected)).toEqual(['a path starting with "/", of at most 1024 bytes (a browser ignores a longer one, and the visitor would be asked again on every page)']);
  });

  // A browser compares the cookie's Path with the page's path as it requests it, %-encoded
  // (RFC 6265bis 5.1.4): "/магазин" as written never matched, and the visitor was asked on every
  // page. Emoji counted one each, so a path of 1,023 of them (4,093 bytes) passed as well.
  test('a cookie path with characters beyond ASCII: refused, showing it %-encoded, with its bytes past the limit', () => {
    const config = testConfig();
    config.cookie = { path: '/магазин' };
    expect(issuesOf(config).map((i) => [i.path, i.expected])).toEqual([
      [
        'cookie.path',
        'a path starting with "/", written %-encoded, since a browser compares it with the page\'s path so (as written it never matches, and the visitor would be asked again on every page): "/%D0%BC%D0%B0%D0%B3%D0%B0%D0%B7%D0%B8%D0%BD"',
      ],
    ]);
    config.cookie = { path: `/${'😀'.repeat(300)}` };
    expect(issuesOf(config)[0]!.expected).toMatch(/^a path starting with "\/", written %-encoded, .*: "\/(%F0%9F%98%80){300}"; that is 3601 bytes, past the 1024 a browser keeps$/);
    config.cookie = { path: '/%D0%BC%D0%B0%D0%B3%D0%B0%D0%B7%D0%B8%D0%BD' };
    expect(validateConfig(config).ok).toBe(true);
  });

  test('a root-relative policy URL a record holds as written but not %-encoded (292 Cyrillic letters): refused, with its encoded length', () => {
    const config = testConfig();
    config.policy.url = `/${'я'.repeat(292)}`;
    expect(issuesOf(config).map((i) => [i.path, i.expected])).toEqual([
      ['policy.url', 'a path of at most 1748 characters once %-encoded, as the browser resolves it for every consent record ("я" takes 6, an emoji 12): this one takes 1753. Shorten it, or give an absolute https:// URL, which records carry as written'],
    ]);
    config.policy.url = `/${'я'.repeat(291)}`;
    expect(validateConfig(config).ok).toBe(true);
    config.policy.url = `https://shop.test/${'я'.repeat(1682)}`;
    expect(validateConfig(config).ok).toBe(true);
  });
});

describe('each issue names the path, the value found and what was expected', () => {
  test('a value of the wrong type', () => {
    const issues = issuesOf(withEdit((c) => (c.cookie = { lifetimeDays: '182', secure: 'yes' })));
    expect(issueAt(issues, 'cookie.lifetimeDays')).toEqual({ path: 'cookie.lifetimeDays', value: '"182"', expected: 'a whole number from 1 to 395' });
    expect(issueAt(issues, 'cookie.secure')).toEqual({ path: 'cookie.secure', value: '"yes"', expected: 'true or false' });
  });

  test('a lifetime over 13 months (CNIL) is refused', () => {
    const issue = issueAt(issuesOf(withEdit((c) => (c.cookie = { lifetimeDays: 400 }))), 'cookie.lifetimeDays');
    expect(issue.value).toBe('400');
    expect(issue.expected).toBe('a whole number from 1 to 395');
    expect(issueAt(issuesOf(withEdit((c) => (c.cookie = { lifetimeDays: 30.5 }))), 'cookie.lifetimeDays').value).toBe('30.5');
    expect(validateConfig(withEdit((c) => (c.cookie = { lifetimeDays: 395 }))).ok).toBe(true);
  });

  test('a misspelt key is not silently ignored: it lists the keys that exist', () => {
    const issues = issuesOf(withEdit((c) => (c.cookie = { lifetimedays: 30 })));
    const issue = issueAt(issues, 'cookie.lifetimedays');
    expect(issue.value).toBe('30');
    expect(issue.expected).toContain('no such option');
    expect(issue.expected).toContain('"lifetimeDays"');
  });

  test('an unknown top-level key', () => {
    const issues = issuesOf(withEdit((c) => (c.categorys = {})));
    expect(issueAt(issues, 'categorys').expected).toContain('"categories"');
    expect(formatIssues(issues)).toContain('\n  config.categorys: got {}; expected no such option');
  });

  test('a misspelt key inside a category and a service', () => {
    const issues = issuesOf(
      withEdit((c) => {
        c.categories.analytics.descripton = 'typo';
        c.services['ads-tool'].contry = 'US';
      }),
    );
    expect(issueAt(issues, 'categories.analytics.descripton').expected).toContain('"description"');
    expect(issueAt(issues, 'services.ads-tool.contry').expected).toContain('"country"');
  });

  test('"necessary" missing', () => {
    const issue = issueAt(issuesOf(withEdit((c) => delete c.categories.necessary)), 'categories.necessary');
    expect(issue.value).toBe('undefined (missing)');
    expect(issue.expected).toContain('"necessary" category');
  });

  test('an unknown service "ga" lists the known ones', () => {
    const issue = issueAt(issuesOf(withEdit((c) => (c.categories.analytics.services = ['ga']))), 'categories.analytics.services[0]');
    expect(issue.value).toBe('"ga"');
    expect(issue.expected).toBe('a known service: one of "stats-tool", "ads-tool"');
  });

  test('an unknown service when none is defined says where services come from', () => {
    const issue = issueAt(
      issuesOf(
        withEdit((c) => {
          delete c.services;
          c.categories.marketing.services = [];
          c.categories.analytics.services = ['ga'];
        }),
      ),
      'categories.analytics.services[0]',
    );
    expect(issue.expected).toBe('a service defined in "services" or by an integration');
  });

  test('a service listed by two categories', () => {
    const issue = issueAt(issuesOf(withEdit((c) => c.categories.marketing.services.push('stats-tool'))), 'categories.marketing.services[1]');
    expect(issue.expected).toContain('already in "analytics"');
  });

  test('category and service keys must be simple ids', () => {
    const issues = issuesOf(
      withEdit((c) => {
        c.categories['Ads!'] = { title: 'x', description: 'y' };
        c.services.GA = { title: 'x', provider: 'y', purpose: 'z', country: 'US' };
      }),
    );
    expect(issueAt(issues, 'categories.Ads!').expected).toContain('lowercase letters');
    expect(issueAt(issues, 'services.GA').expected).toContain('lowercase letters');
  });

  test('a bad service country code', () => {
    const issue = issueAt(issuesOf(withEdit((c) => (c.services['ads-tool'].country = 'usa'))), 'services.ads-tool.country');
    expect(issue.value).toBe('"usa"');
    expect(issue.expected).toContain('ISO 3166-1 alpha-2');
  });

  test('cookie name, domain and path', () => {
    const issues = issuesOf(withEdit((c) => (c.cookie = { name: 'my cookie', domain: 'https://Shop.test', path: 'privacy' })));
    expect(issueAt(issues, 'cookie.name').value).toBe('"my cookie"');
    expect(issueAt(issues, 'cookie.domain').expected).toContain('no scheme');
    expect(issueAt(issues, 'cookie.path').expected).toMatch(/^a path starting with "\/", of at most 1024 bytes/);
  });

  test('sameSite None without secure would be dropped by browsers', () => {
    const issue = issueAt(issuesOf(withEdit((c) => (c.cookie = { sameSite: 'None', secure: false }))), 'cookie.secure');
    expect(issue.expected).toContain('sameSite is "None"');
  });

  test('sameSite must be one of the three values', () => {
    expect(issueAt(issuesOf(withEdit((c) => (c.cookie = { sameSite: 'lax' }))), 'cookie.sameSite').expected).toBe('one of "Lax", "Strict", "None"');
  });

  test('records: endpoint and queue size', () => {
    const issues = issuesOf(withEdit((c) => (c.records = { endpoint: 'ftp://log.test', maxQueued: 0 })));
    expect(issueAt(issues, 'records.endpoint').expected).toContain('http(s) URL');
    expect(issueAt(issues, 'records.maxQueued').expected).toBe('a whole number from 1 to 1000');
  });

  test('gpc categories must be optional categories that exist', () => {
    const issues = issuesOf(withEdit((c) => (c.gpc = { honour: 'yes', categories: ['necessary', 'ads'] })));
    expect(issueAt(issues, 'gpc.honour').expected).toBe('true or false');
    expect(issueAt(issues, 'gpc.categories[0]').expected).toBe('one of "analytics", "marketing"');
    expect(issueAt(issues, 'gpc.categories[1]').value).toBe('"ads"');
  });

  test('language: bad tags, default not offered, force not offered', () => {
    expect(issueAt(issuesOf(withEdit((c) => (c.language = { default: 'English' }))), 'language.default').expected).toContain('language tag');
    expect(issueAt(issuesOf(withEdit((c) => (c.language = { default: 'ru', available: ['en'] }))), 'language.available').expected).toContain('"ru"');
    expect(issueAt(issuesOf(withEdit((c) => (c.language = { available: ['en', 'ru'], force: 'hi' }))), 'language.force').expected).toBe('one of the available languages "en", "ru"');
    expect(issueAt(issuesOf(withEdit((c) => (c.language = { available: [] }))), 'language.available').expected).toContain('at least 1');
  });

  test('a localized text must include the default language', () => {
    const issues = issuesOf(
      withEdit((c) => {
        c.language = { default: 'ru', available: ['ru', 'en'] };
        c.categories.analytics.title = { en: 'Statistics' };
      }),
    );
    const issue = issueAt(issues, 'categories.analytics.title');
    expect(issue.value).toBe('{"en":"Statistics"}');
    expect(issue.expected).toBe('a text for the default language "ru" too');
  });

  test('a wrong default language: texts are checked for the first available one, and the message names that one', () => {
    const issues = issuesOf(
      withEdit((c) => {
        c.language = { default: 'RU', available: ['ru', 'en'] };
        c.categories.analytics.title = { en: 'Statistics' };
      }),
    );
    expect(issueAt(issues, 'language.default').value).toBe('"RU"');
    expect(issueAt(issues, 'categories.analytics.title')).toMatchObject({ value: '{"en":"Statistics"}', expected: 'a text for the default language "ru" too' });
  });

  test('a localized text: empty, bad language keys, non-string values', () => {
    const issues = issuesOf(
      withEdit((c) => {
        c.categories.analytics.title = '  ';
        c.categories.analytics.description = { english: 'Counts visits.' };
        c.categories.marketing.title = { en: 42 };
        c.categories.marketing.description = {};
      }),
    );
    expect(issueAt(issues, 'categories.analytics.title').expected).toBe('a non-empty text');
    // The key at fault, not the text under it.
    expect(issueAt(issues, 'categories.analytics.description.english')).toMatchObject({ value: '"english"', expected: expect.stringContaining('language tag') });
    expect(issueAt(issues, 'categories.marketing.title.en')).toMatchObject({ value: '42', expected: 'a non-empty string' });
    expect(issueAt(issues, 'categories.marketing.description').expected).toContain('{ "en": "…" }');
  });

  test('integrations, gating and ui must be objects', () => {
    const issues = issuesOf(withEdit((c) => Object.assign(c, { integrations: [], gating: 'on', ui: 1 })));
    expect(issues.map((i) => i.path).sort()).toEqual(['gating', 'integrations', 'ui']);
  });

  test('bannerVersion', () => {
    expect(issueAt(issuesOf(withEdit((c) => (c.bannerVersion = 'v 2'))), 'bannerVersion').value).toBe('"v 2"');
  });

  test('a long value is cut short in the message, a function is named', () => {
    const issues = issuesOf(withEdit((c) => ((c.bannerVersion = 'x'.repeat(200)), (c.gating = () => 1))));
    expect(issueAt(issues, 'bannerVersion').value.length).toBeLessThanOrEqual(80);
    expect(issueAt(issues, 'gating').value).toBe('a function');
  });
});

describe('every problem at once', () => {
  test('all issues are listed, not just the first', () => {
    const issues = issuesOf(
      withEdit((c) => {
        c.cookie = { lifetimeDays: 400, nmae: 'x' };
        c.categories.analytics.services = ['ga'];
        c.services['ads-tool'].country = 'Russia';
        c.policy.revision = '';
      }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual(
      ['categories.analytics.services[0]', 'cookie.lifetimeDays', 'cookie.nmae', 'policy.revision', 'services.ads-tool.country'].sort(),
    );
  });

  test('formatIssues makes one message with one line per issue, each "config.<path>: got …; expected …"', () => {
    const message = formatIssues(
      issuesOf(
        withEdit((c) => {
          c.cookie = { lifetimeDays: 400 };
          c.categories.analytics.services = ['ga'];
        }),
      ),
    );
    const lines = message.split('\n');
    expect(lines[0]).toContain('2 problem(s)');
    expect(lines).toContain('  config.cookie.lifetimeDays: got 400; expected a whole number from 1 to 395');
    expect(lines).toContain('  config.categories.analytics.services[0]: got "ga"; expected a known service: one of "stats-tool", "ads-tool"');
  });

  test('not an object at all', () => {
    for (const garbage of [null, undefined, 42, 'config', [], true]) {
      const issues = issuesOf(garbage);
      expect(issues).toEqual([{ path: 'config', value: expect.any(String), expected: 'an object' }]);
    }
    expect(formatIssues(issuesOf(null))).toContain('\n  config: got null; expected an object');
  });

  test('an empty object lists every required section', () => {
    const paths = issuesOf({}).map((i) => i.path);
    expect(paths).toContain('categories');
    expect(paths).toContain('policy');
  });

  test('a JSON config with "__proto__" keys reports them and pollutes nothing', () => {
    const config = JSON.parse(
      JSON.stringify(testConfig()).replace('"categories":{', '"categories":{"__proto__":{"title":"x","description":"y"},'),
    ) as ConsentryConfig;
    const issue = issueAt(issuesOf(config), 'categories.__proto__');
    expect(issue.expected).toContain('lowercase letters');
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });
});

test('a cookie name that is a built-in object property is refused (js-cookie could never read it back)', () => {
  const result = validateConfig(testConfig({ cookie: { name: 'constructor' } }));
  expect(result.ok).toBe(false);
  expect(result.issues).toContainEqual(expect.objectContaining({ path: 'cookie.name', value: '"constructor"' }));
});
