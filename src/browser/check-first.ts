import type { FirstVisit } from './first-visit';
import { checkedPart } from './part-names';

/**
 * Starts a visit from a config this browser has not checked: with the checker (in the banner's
 * file), or with the resolver alone when `consentry check` checked it ahead (`digest`, the one it printed).
 */
export function checkAndStart(visit: FirstVisit, digest: string | undefined, lang: string): Promise<void> {
  const { load } = visit;
  return digest
    ? load<typeof import('./parts/checked')>(checkedPart(lang)).then((c) => c.trustChecked(visit, digest))
    : load<typeof import('./parts/validate')>('validate').then((v) => v.checkHere(visit));
}
