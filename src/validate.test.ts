import { describe, expect, test, vi } from 'vitest';
import { testConfig } from './core/testing/config-fixture';
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
