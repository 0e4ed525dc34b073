import type { ResolvedCategory, ResolvedConfig } from './resolved-config';
import type { LocalizedText } from './types';
import { crossesBorder } from './not-stated';

/** Someone outside the operator who receives data. */
export interface ThirdParty {
  name: string;
  /** ISO code, or `ZZ` when the config does not say. */
  country: string;
  /** The policy's words for a recipient; `undefined` for a company behind services. */
  purpose: LocalizedText | undefined;
  /**
   * The optional categories its services are in, in the config's order: it receives data if the
   * visitor allows any of them. `undefined`: it receives data whatever the visitor chooses.
   */
  categories: ResolvedCategory[] | undefined;
  /** In a known country other than the operator's, itself known (core/not-stated.ts, `crossesBorder`). */
  abroad: boolean;
}

/**
 * The policy's recipients and the companies behind configured services, each named once with
 * one condition: a company that receives data in any case is not also listed "if you agree",
 * and one behind services in two categories needs either (not only the first one's).
 * `provider` names a service's company (the site's words, or the built-in integration's).
 */
export function thirdParties(config: ResolvedConfig, text: (value: LocalizedText) => string, provider: (key: string) => string): ThirdParty[] {
  const home = config.policy.operator.country.toUpperCase();
  const out: ThirdParty[] = [];
  const add = (name: string, country: string, purpose: LocalizedText | undefined, category: ResolvedCategory | undefined) => {
    const upper = country.toUpperCase();
    const same = out.find((p) => p.name.trim().toLowerCase() === name.trim().toLowerCase());
    if (same) {
      // Two conditions for one company would contradict each other: "in any case" is the true
      // one; else data goes to it if the visitor allows any of its categories (Metrica's analytics,
      // Maps' embedded content), so each is kept.
      if (!category) same.categories = undefined;
      else if (same.categories && !same.categories.includes(category)) same.categories.push(category);
      return;
    }
    out.push({ name, country: upper, purpose, categories: category && [category], abroad: crossesBorder(home, upper) });
  };
  for (const r of config.policy.recipients) add(text(r.name), r.country, r.purpose, undefined);
  for (const category of config.categories) {
    for (const key of category.services) {
      const service = config.services[key];
      if (service) add(provider(key), service.country, undefined, category.necessary ? undefined : category);
    }
  }
  return out;
}
