// A config that `consentry check` found valid, named by its digest on the script tag
// (`data-config-checked`): the resolver without the checker, for a first visit (about 3 KB less).
import { digestedText } from '../../core/digested-text';
import type { ConsentryConfig } from '../../core/types';
import { integrationFacts } from '../../integrations/config-facts';
import type { FirstVisit } from '../first-visit';
import { startChecked } from '../first-visit';
import type { Memo } from '../memo';
import { memoOf } from '../memo-of';

/**
 * What the boot file starts from when `digest` is this config's (at this version), else the
 * digest the config has (it was edited since it was checked, or the library is another
 * version), or '' where the browser cannot compute one: `crypto.subtle` is only on secure
 * (https) pages, and SHA-256 in script cost a first visit 7.5 ms (26 ms at 4x slower CPU), more
 * than the checker it skips. The boot then checks the config here instead.
 */
export async function checkedMemo(config: ConsentryConfig, digest: string): Promise<{ memo: Memo; actual?: undefined } | { memo?: undefined; actual: string }> {
  let text: string;
  try {
    text = digestedText(config);
  } catch {
    return { actual: '' }; // not plain JSON (window.consentryConfig with a function): the checker says what
  }
  if (!globalThis.crypto?.subtle) return { actual: '' };
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  const actual = Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return actual === digest.trim().toLowerCase() ? { memo: memoOf(config, integrationFacts(config)) } : { actual };
}

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
