import { describe, expect, test, vi } from 'vitest';
import { testConfig } from './core/testing/config-fixture';
import { optOutConfig } from './core/testing/law-configs';
import type { ConsentryConfig } from './core/types';
import { d as dialogEn } from './ui/i18n/dialog-en';
import { t as bannerEn } from './ui/i18n/en';
import { OPT_OUT_TEXTS } from './ui/i18n/opt-out-texts';
import { DEMO_SITES, demoConfig } from './ui/testing/demo-configs';
import { validateConfig } from './validate';

describe('consentry/validate', () => {
  test.each(DEMO_SITES.map((s) => s.id))("%s: a script-tag config is valid, its integrations' services counted, as `consentry check` says", (site) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = validateConfig(demoConfig(site));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test("infomaximum: the law's warning about Google Analytics storing data abroad is there", () => {
    const result = validateConfig(demoConfig('infomaximum'));
    expect(result.warnings.map((w) => w.path)).toContain('categories.analytics.services[1]');
  });

  test('a service neither defined nor brought by an integration is still an error', () => {
    const config = demoConfig('shop');
    delete config.integrations;
    const result = validateConfig(config);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toContain('categories.analytics.services[0]');
  });
});

describe('ui.texts overrides and their placeholders', () => {
  const withTexts = (en: Record<string, string>) => validateConfig({ ...testConfig(), ui: { texts: { en } } });

  test('a placeholder the text lacks, or one dropped: a warning with the key, the value and the placeholders expected; the config starts', () => {
    const result = withTexts({ crossBorderConsent: 'If you agree, data goes abroad: {companies}.', minimumAge: 'Only {years}+.', complaintThen: 'Then the Board.' });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      { path: 'ui.texts.en.crossBorderConsent', value: '"If you agree, data goes abroad: {companies}."', expected: expect.stringMatching(/^exactly the placeholders of this text, \{recipients\} .*the shipped text is shown/) },
      { path: 'ui.texts.en.minimumAge', value: '"Only {years}+."', expected: expect.stringContaining('{age}') },
      { path: 'ui.texts.en.complaintThen', value: '"Then the Board."', expected: expect.stringContaining('{authority}') },
    ]);
  });

  test('the same placeholders (in any order), or a text without any overridden freely: silent', () => {
    expect(withTexts({ listLast: '{last} and {rest}', crossBorderConsent: 'Abroad: {recipients}.', acceptAll: 'OK, all of it' }).warnings).toEqual([]);
  });
});

describe("a site's own language in ui.texts, offered but without every text", () => {
  // Every English text, "DE " in front: the placeholders kept.
  const german = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, `DE ${v}`]));
  const all = { ...bannerEn, ...dialogEn };
  const withTexts = (texts: Record<string, Record<string, string>>, language: ConsentryConfig['language'] = { default: 'en', available: ['en', 'de'] }) =>
    validateConfig(testConfig({ language, ui: { texts } }));
  const without = (...keys: string[]) => german(Object.fromEntries(Object.entries(all).filter(([k]) => !keys.includes(k))));

  test('a pack written before two dialog texts existed: a warning naming them, the dialog in English, the banner not; the config starts', () => {
    const result = validateConfig({ ...optOutConfig(), language: { default: 'en', available: ['en', 'de'] }, ui: { texts: { de: without('dialogIntroOptOut', 'recipientIfAllowedAny') } } });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: 'ui.texts.de',
        value: expect.stringMatching(/^\{"bannerTitle":"DE Cookies and your data",.*…$/),
        expected: expect.stringMatching(/^every text in this language, .*; missing for the dialog: "dialogIntroOptOut", "recipientIfAllowedAny", so until then the dialog is shown in English \(the banner is in this language\)$/),
      },
    ]);
  });

  test('on an opt-in site the texts only an opt-out site shows are not needed: only the other one is named', () => {
    const [warning, ...more] = withTexts({ de: without('dialogIntroOptOut', 'dialogIntroGpc', 'recipientIfAllowedAny') }).warnings;
    expect(more).toEqual([]);
    expect(warning!.expected).toMatch(/missing for the dialog: "recipientIfAllowedAny", so/);
  });

  test('without a first-layer text: the banner and the dialog are in English, and every missing text is named, by part', () => {
    const [warning, ...more] = withTexts({ de: without('rejectAll', 'dialogTitle') }).warnings;
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ path: 'ui.texts.de', expected: expect.stringMatching(/missing for the first layer: "rejectAll"; for the dialog: "dialogTitle", so until then the banner and the dialog are shown in English$/) });
    const onlyOne = withTexts({ de: { acceptAll: 'Alle akzeptieren' } }).warnings[0]!.expected;
    // All but the one given, and those only an opt-out site shows.
    expect(onlyOne.match(/"\w+"/g)).toHaveLength(Object.keys(all).length - 1 - OPT_OUT_TEXTS.length);
  });

  test('a text whose placeholders differ counts as missing, as the widget has it (and is warned of itself)', () => {
    const result = withTexts({ de: { ...german(all), listPair: '{a} und {c}' } });
    expect(result.warnings.map((w) => w.path)).toEqual(['ui.texts.de.listPair', 'ui.texts.de']);
    expect(result.warnings[1]!.expected).toMatch(/missing for the first layer: "listPair", so/);
  });

  test('offered as the default, forced, or as a regional tag whose primary language has the texts: warned, once per pack', () => {
    const incomplete = { de: without('dialogTitle') };
    expect(withTexts(incomplete, { default: 'de' }).warnings.map((w) => w.path)).toEqual(['ui.texts.de']);
    expect(withTexts(incomplete, { default: 'en', available: ['en', 'de'], force: 'de' }).warnings.map((w) => w.path)).toEqual(['ui.texts.de']);
    expect(withTexts(incomplete, { default: 'en', available: ['en', 'de-AT', 'de-CH'] }).warnings.map((w) => w.path)).toEqual(['ui.texts.de']);
    // A regional tag's own pack is used whole, not merged with its primary's.
    expect(withTexts({ ...incomplete, 'de-AT': german(all) }, { default: 'en', available: ['en', 'de-AT'] }).warnings).toEqual([]);
  });

  test('silent: a complete pack, a pack for a language not offered, a shipped language given some texts (the rest are its own)', () => {
    expect(withTexts({ de: german(all) }).warnings).toEqual([]);
    expect(withTexts({ de: { acceptAll: 'Alle akzeptieren' } }, { default: 'en', available: ['en', 'ru'] }).warnings).toEqual([]);
    expect(withTexts({ ru: { acceptAll: 'Принять' }, 'hi-IN': { acceptAll: 'स्वीकार' }, en: { acceptAll: 'OK' } }, { default: 'en', available: ['en', 'ru', 'hi-IN'] }).warnings).toEqual([]);
  });

  test('a language offered with no texts at all (not shipped, none in ui.texts): warned where it is offered, once, saying it is shown and recorded in English', () => {
    const noTexts = (language: ConsentryConfig['language'], texts?: Record<string, Record<string, string>>) => validateConfig(testConfig({ language, ...(texts && { ui: { texts } }) }));
    const result = noTexts({ default: 'en', available: ['en', 'fr', 'ru'] });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: 'language.available[1]',
        value: '"fr"',
        expected: 'a language the widget ships (en, ru, hi) or one given its texts in ui.texts: with none in "fr", its visitors read the banner and the dialog in English, and their records say "en". Give ui.texts["fr"] every text (README, "The widget"), or do not offer it',
      },
    ]);
    expect(noTexts({ default: 'en', available: ['en', 'fr'], force: 'fr' }).warnings.map((w) => w.path)).toEqual(['language.force']);
    // Other sites' texts do not count; a regional tag's primary language's do, as the widget picks them.
    expect(noTexts({ default: 'en', available: ['en', 'fr-CA'] }, { de: german(all) }).warnings.map((w) => w.path)).toEqual(['language.available[1]']);
    expect(noTexts({ default: 'en', available: ['en', 'fr-CA', 'en-GB', 'hi-IN'] }, { fr: german(all) }).warnings).toEqual([]);
  });
});

describe("Tag Manager's signals that no category of the config grants", () => {
  const purposes = testConfig().policy.purposes.filter((p) => p.category !== 'marketing');
  const withContainer = (categories: ConsentryConfig['categories'], signals?: Record<string, string>, purposeOf = 'analytics') =>
    validateConfig(
      testConfig({
        policy: { ...testConfig().policy, purposes: purposes.map((p) => (p.category === 'analytics' ? { ...p, category: purposeOf } : p)) },
        categories,
        services: {},
        integrations: { google: { containerId: 'GTM-AB12CD', ...(signals && { signals }) } },
      }),
    );
  const necessary = { title: 'Necessary', description: 'Keeps the site working.' };
  const holding = (...services: string[]) => ({ title: 'Statistics', description: 'Counts visits.', services });

  test('the container under "analytics", no "marketing": a warning at its listing naming the ad signals, the missing category and the signals that would map them; the config starts', () => {
    const result = withContainer({ necessary, analytics: holding('google-tag-manager') });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: 'categories.analytics.services[0]',
        value: '"google-tag-manager"',
        expected: expect.stringContaining('"ad_storage", "ad_user_data", "ad_personalization" follow "marketing", which it does not have, so they stay denied for every tag the container loads'),
      },
    ]);
    expect(result.warnings[0]!.expected).toContain('"signals": { "ad_storage": "analytics", "ad_user_data": "analytics", "ad_personalization": "analytics" }');
  });

  test('under "statistics" with neither "analytics" nor "marketing": analytics_storage too, each missing category named once', () => {
    const result = withContainer({ necessary, statistics: holding('google-tag-manager') }, undefined, 'statistics');
    expect(result.warnings.map((w) => [w.path, w.expected.match(/^[^:]*: (.*?) follow (.*?), which/)!.slice(1)])).toEqual([
      ['categories.statistics.services[0]', ['"ad_storage", "ad_user_data", "ad_personalization", "analytics_storage"', '"marketing", "analytics"']],
    ]);
  });

  test('silent when signals map them, when "marketing" is there, or when the container is under "marketing"', () => {
    const ads = { ad_storage: 'analytics', ad_user_data: 'analytics', ad_personalization: 'analytics' };
    expect(withContainer({ necessary, analytics: holding('google-tag-manager') }, ads).warnings).toEqual([]);
    const marketing = { title: 'Marketing', description: 'Ads.', services: ['google-tag-manager'] };
    expect(validateConfig(testConfig({ categories: { ...testConfig().categories, marketing }, integrations: { google: { containerId: 'GTM-AB12CD' } } })).warnings).toEqual([]);
    const other = { ...testConfig().categories, analytics: holding('google-tag-manager', 'stats-tool') };
    expect(validateConfig(testConfig({ categories: other, integrations: { google: { containerId: 'GTM-AB12CD' } } })).warnings).toEqual([]);
  });

  test('under "necessary" only that warning (trackerNecessary): granting the signals from there is no fix', () => {
    const result = withContainer({ necessary: { ...necessary, services: ['google-tag-manager'] }, analytics: holding() });
    expect(result.warnings.map((w) => w.path)).toEqual(['categories.necessary.services[0]']);
  });
});
