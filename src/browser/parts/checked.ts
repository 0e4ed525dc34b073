// A config that `consentry check` found valid, named by its digest on the script tag
// (`data-config-checked`): the resolver without the checker, for a first visit (about 3 KB less).
import { digestedText } from '../../core/config-digest';
import type { ConsentryConfig } from '../../core/types';
import { integrationFacts } from '../../integrations/config-facts';
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
  if (!globalThis.crypto?.subtle) return { actual: '' };
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(digestedText(config))));
  const actual = Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return actual === digest.trim().toLowerCase() ? { memo: memoOf(config, integrationFacts(config)) } : { actual };
}
