import { describe, expect, it } from 'vitest';
import { integrationFacts } from '../integrations/config-facts';
import { siteConfig } from '../integrations/testing/site';
import { memoOf } from './memo-of';

describe("memoOf: Google's signals for the script tag", () => {
  it('analytics_storage follows the category that lists google-analytics ("statistics" here); the others keep their default', () => {
    const config = siteConfig({ google: true });
    const { analytics, ...others } = config.categories;
    config.categories = { ...others, statistics: analytics! };
    config.integrations = { google: { measurementId: 'G-ABC123', containerId: 'GTM-AB12CD' } };
    const memo = memoOf(config, integrationFacts(config));
    expect(memo.google!.signals).toMatchObject({ analytics_storage: 'statistics', ad_storage: 'marketing', functionality_storage: 'functional' });
  });
});
