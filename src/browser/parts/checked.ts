// A config that `consentry check` found valid, named by its digest on the script tag
// (`data-config-checked`): the resolver without the checker, for a first visit (about 3 KB less).
import { checkedMemo } from '../checked-memo';
import type { FirstVisit } from '../first-visit';
import { startChecked } from '../first-visit';

/**
 * A first visit's start when the script tag names the digest `consentry check` printed: from
 * the config as checked then, or, when it has changed since (or the digest cannot be computed
 * here), after saying so, from the checker as if there were no digest.
 */
export function trustChecked(visit: FirstVisit, digest: string): Promise<void> {
  return checkedMemo(visit.page.config, digest).then((ahead) => {
    if (ahead.memo) return startChecked(visit, ahead.memo);
    visit.say('warn', 'staleCheck', digest, ahead.actual);
    return visit.load<typeof import('./validate')>('validate').then((v) => v.checkHere(visit));
  });
}
