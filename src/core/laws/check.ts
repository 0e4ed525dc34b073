/**
 * A law's warnings, run once a config has no error: a value the law needs that the policy does
 * not state (`{ "notStated": true }`), and a service storing data outside the country the law
 * wants it in. Printed, never refused: a site may have reasons, and advice, we cannot see, and
 * nothing here makes the banner say anything untrue.
 */
import { isNotStated, NOT_STATED_COUNTRY } from '../not-stated';
import type { Finding } from '../spec';
import { each } from '../spec';
import type { ConsentryConfig } from '../types';
import { packsOf } from './index';

export function lawWarnings(config: ConsentryConfig, services: Readonly<Record<string, { country: string }>>): Finding[] {
  const out: Finding[] = [];
  const warn = (path: Finding['path'], code: Finding['code'], args: unknown[]) => out.push({ path, code, args, warn: true });
  for (const pack of packsOf(config.policy.laws)) {
    for (const { at, code } of pack.requires) for (const [path, value] of each(config.policy, at, ['policy'])) if (isNotStated(value)) warn(path, 'notStated', [code]);
    const inside = pack.storedIn;
    if (!inside) continue;
    for (const [key, category] of Object.entries(config.categories)) {
      (category.services ?? []).forEach((service, i) => {
        const country = (config.services?.[service] ?? services[service])?.country;
        if (country && country !== inside.country && country !== NOT_STATED_COUNTRY) warn(['categories', key, 'services', i], inside.code, [country]);
      });
    }
  }
  return out;
}
