import { afterEach, describe, expect, it, vi } from 'vitest';
import { googleServices } from '../integrations/google-services';
import { siteConfig } from '../integrations/testing/site';
import { checkedConfig } from './checked-config';

/** The container under "analytics" on a site with no "marketing": the ad signals follow a category it does not have. */
function noMarketing() {
  const config = siteConfig({ google: true });
  delete config.categories.marketing;
  config.categories.analytics!.services = ['google-analytics', 'google-tag-manager'];
  config.policy = { ...config.policy, purposes: config.policy.purposes.filter((p) => p.category !== 'marketing') };
  return config;
}
const options = { measurementId: 'G-ABC123', containerId: 'GTM-AB12CD' };
const codes = (hostname: string, protocol = 'https:') => {
  vi.stubGlobal('location', { hostname, protocol });
  const checked = checkedConfig(noMarketing(), googleServices(options), [['google', options]]);
  return checked.warnings.map((w) => [w.code, w.path.join('.')]);
};

afterEach(() => vi.unstubAllGlobals());

describe("checkedConfig: Tag Manager's signals that no category grants, for google()'s options", () => {
  it("are a warning at the container's listing on a developer's page, as `consentry check` gives for the script tag", () => {
    expect(codes('localhost', 'http:')).toEqual([['tagManagerSignals', 'categories.analytics.services.1']]);
    expect(codes('shop.localhost')).toEqual([['tagManagerSignals', 'categories.analytics.services.1']]);
  });

  it('are not on a live host, where every visitor would fetch the words for a console nobody reads, nor on a server', () => {
    expect(codes('shop.example')).toEqual([]);
    vi.stubGlobal('location', undefined);
    expect(checkedConfig(noMarketing(), googleServices(options), [['google', options]]).warnings).toEqual([]);
  });
});
