/**
 * A law's warnings, run once a config has no error: a value the law needs that the policy does
 * not state (`{ "notStated": true }`, or the operator's country as "ZZ"), a right the law gives
 * that `policy.rights` leaves out, and a service storing data outside the country the law wants it in. Printed, never refused: a site may have reasons, and advice, we cannot see, and
 * nothing here makes the banner say anything untrue.
 */
import { isNotStated, NOT_STATED_COUNTRY } from '../not-stated';
import { DEFAULT_RIGHTS } from '../resolve';
import type { Code, Finding, Seg } from '../spec';
import { each } from '../spec';
import type { ConsentryConfig, Law } from '../types';
import { ccpaChecks } from './ccpa';
import { dpdpChecks } from './dpdp';
import { fz152Checks } from './152-fz';
import { gdprChecks } from './gdpr';
import type { LawChecks } from './pack';

/** What the checker asks under each law (pack.ts, `LawChecks`), by the name `policy.laws` gives it. */
export const LAW_CHECKS: Readonly<Record<Law, LawChecks>> = { gdpr: gdprChecks, '152-fz': fz152Checks, dpdp: dpdpChecks, ccpa: ccpaChecks };

const checksOf = (laws: readonly Law[]): LawChecks[] => laws.map((law) => LAW_CHECKS[law]);

/**
 * What a law requires across the config, beyond a value being given (config-spec.ts `needs`):
 * errors, run once the config is well-formed, so a site that falls short does not start.
 */
export function lawErrors({ policy, categories, gpc = {} }: ConsentryConfig): Finding[] {
  const out: Finding[] = [];
  const optional = Object.keys(categories).filter((key) => key !== 'necessary');
  /** A finding when the law's checks have the rule (`code`) and the config breaks it. */
  const add = (code: Code | undefined, path: Seg[], broken: boolean) => code && broken && out.push({ path, code });
  for (const { purposeEach, purposeOnce, minimumAge, gpcOptOut } of checksOf(policy.laws)) {
    for (const key of optional) add(purposeEach, ['categories', key], !policy.purposes.some((p) => p.category === key));
    // Each purpose after the first that names an optional category: the one to give a category of its own.
    policy.purposes.forEach((p, i) => add(purposeOnce, ['policy', 'purposes', i, 'category'], optional.includes(p.category) && policy.purposes.findIndex((q) => q.category === p.category) < i));
    // An age left out is for the requirement to name (config-spec.ts `needs`).
    add(minimumAge?.code, ['policy', 'minimumAge'], !!minimumAge && (policy.minimumAge ?? Infinity) < minimumAge.min);
    const off = gpc.honour === false;
    add(gpcOptOut, ['gpc', off ? 'honour' : 'categories'], off || !(gpc.categories ?? ['marketing']).some((key) => optional.includes(key)));
  }
  return out;
}

export function lawWarnings(config: ConsentryConfig, services: Readonly<Record<string, { country: string }>>): Finding[] {
  const out: Finding[] = [];
  const warn = (path: Finding['path'], code: Finding['code'], args: unknown[]) => out.push({ path, code, args, warn: true });
  for (const checks of checksOf(config.policy.laws)) {
    for (const { at, code } of checks.requires) for (const [path, value] of each(config.policy, at, ['policy'])) if (isNotStated(value)) warn(path, 'notStated', [code]);
    // Nothing is abroad from an operator of unknown country (not-stated.ts, `crossesBorder`): the law's cross-border line would be silent.
    if (checks.operatorCountry && config.policy.operator.country === NOT_STATED_COUNTRY) warn(['policy', 'operator', 'country'], 'notStated', [checks.operatorCountry]);
    const missing = checks.rights?.all.filter((right) => !(config.policy.rights ?? DEFAULT_RIGHTS).includes(right));
    if (missing?.length) warn(['policy', 'rights'], checks.rights!.code, [missing]);
    const inside = checks.storedIn;
    if (!inside) continue;
    for (const [key, category] of Object.entries(config.categories)) {
      (category.services ?? []).forEach((service, i) => {
        const country = (config.services?.[service] ?? services[service])?.country;
        if (country && country !== inside.country && country !== NOT_STATED_COUNTRY) warn(['categories', key, 'services', i], inside.code, [country]);
      });
    }
  }
  // Under any law: a service an integration or plugin brings (Metrica, Google's), listed as
  // necessary, loads before any choice and cannot be refused. Said, not refused, as above.
  config.categories.necessary?.services?.forEach((service, i) => service in services && warn(['categories', 'necessary', 'services', i], 'trackerNecessary', []));
  return out;
}
