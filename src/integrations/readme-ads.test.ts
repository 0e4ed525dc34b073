// The README's Google Ads service for a site whose Google Analytics property is linked to Google
// Ads, without Tag Manager (taken from README.md, so the two cannot drift): GA4's disclosure lists
// only `_ga`, `_ga_*`, so the ads cookies gtag.js then sets must be the site's own, in marketing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../core/testing/config-fixture';
import type { ConsentryConfig, ConsentState } from '../core/types';
import { refusedTraces } from '../gate/present';
import { validateConfig } from '../validate';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const block = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!).find((json) => json.includes('"google-ads": {'));
const state = (services: Record<string, boolean>): ConsentState => ({ decided: true, categories: {}, services, consentId: null, revision: null, updatedAt: null, gpc: false });

describe("README: a GA-only site linked to Google Ads lists the ads cookies as a service of its own", () => {
  it('is a valid config beside Google Analytics, and a refused marketing erases them while Analytics keeps _ga', () => {
    expect(block, 'README.md has no json block defining "google-ads"').toBeDefined();
    const own = JSON.parse(`{${block!}}`) as Pick<ConsentryConfig, 'categories' | 'services'>;
    const result = validateConfig(testConfig({ ...own, integrations: { google: { measurementId: 'G-ABC123' } } }));
    expect(result.issues).toEqual([]);
    const config = result.config!;
    const [cookies] = refusedTraces(config, state({ 'google-analytics': true, 'google-ads': false }));
    const re = new RegExp(cookies);
    expect(['_gcl_au', '_gcl_aw', '_gac_gb_G-ABC123'].every((name) => re.test(name))).toBe(true);
    expect(['_ga', '_ga_ABC123'].some((name) => re.test(name))).toBe(false);
  });
});
