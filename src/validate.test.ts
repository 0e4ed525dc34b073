import { describe, expect, test, vi } from 'vitest';
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
