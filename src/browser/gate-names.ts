import type { ResolvedConfig } from '../core/resolved-config';
import type { ConsentState } from '../core/types';
import { allowedIn } from '../gate/allowed';
import type { Plan } from './plan';

/** What a gated element names (`category ` with its space, or `category service`), as the boot file looks it up (apply-plan.ts `named`): those the config knows, and those `state` grants. */
export function gateNames(config: Pick<ResolvedConfig, 'categories' | 'services'>, state: ConsentState): Plan['gate'] {
  const known = [...config.categories.map((c) => `${c.key} `), ...Object.values(config.services).map((s) => `${s.category} ${s.key}`)];
  return [known, known.filter((name) => allowedIn(state, ...(name.split(' ') as [string, string])))];
}
