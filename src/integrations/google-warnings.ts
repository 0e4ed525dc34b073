import { has } from '../core/checks';
import type { Finding } from '../core/spec';
import type { ConsentryConfig, GoogleOptions } from '../core/types';
import type { ConsentSignal } from './consent-mode';
import { googleDefaults } from './google-defaults';
import { GOOGLE_TAG_MANAGER } from './google-services';

/** The signals Google's own tags in a container read: ad tags (Ads, Floodlight) the ad signals, GA4 tags analytics_storage. */
const TAG_SIGNALS: readonly ConsentSignal[] = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'];

/**
 * Tag Manager's category says nothing of what its tags are (google-defaults.ts), so the signals
 * its tags read are not granted with it: each follows its own category, "marketing" for the ad
 * signals. One that follows a category the config does not have stays denied for every tag in
 * the container, which the developer would not see: a warning at the container's listing, not
 * an error (a container with no such tag is right as it is), and nothing granted in its stead.
 * For the script tag's `integrations.google`, from `consentry check` and `validateConfig`
 * (validate.ts), beside the words: no page carries it. For google()'s `options` on npm, where no
 * tool sees them, from the lazy checker (checked-config.ts), with the config's laws' warnings.
 */
export function tagManagerWarnings(config: ConsentryConfig, options: GoogleOptions | undefined = config.integrations?.google): Finding[] {
  if (!options) return [];
  const listed: Record<string, { category: string; at: number }> = {};
  for (const [category, { services = [] }] of Object.entries(config.categories)) services.forEach((service, at) => (listed[service] = { category, at }));
  const container = listed[GOOGLE_TAG_MANAGER];
  // Under "necessary" the container itself is the warning (trackerNecessary), and granting signals from there is no fix.
  if (!container || container.category === 'necessary') return [];
  const { signals } = googleDefaults(options, listed);
  const denied = TAG_SIGNALS.filter((signal) => signals[signal] !== 'necessary' && !has(config.categories, signals[signal]));
  const missing = [...new Set(denied.map((signal) => signals[signal]))];
  return denied.length ? [{ path: ['categories', container.category, 'services', container.at], code: 'tagManagerSignals', args: [denied, missing, container.category], warn: true }] : [];
}
