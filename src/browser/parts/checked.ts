// A config that `consentry check` found valid, named by its digest on the script tag
// (`data-config-checked`): the resolver without the checker, for a first visit (about 3 KB less).
import { configDigest } from '../../core/config-digest';
import type { ConsentryConfig } from '../../core/types';
import { integrationFacts } from '../../integrations/config-facts';
import type { Memo } from '../memo';
import { memoOf } from '../memo-of';

/**
 * What the boot file starts from when `digest` is this config's (at this version), else a
 * digest that does not match: the config was edited since it was checked, or the library is
 * another version, and the boot checks it here instead.
 */
export function checkedMemo(config: ConsentryConfig, digest: string): { memo: Memo; actual?: undefined } | { memo?: undefined; actual: string } {
  const actual = configDigest(config);
  return actual === digest.trim().toLowerCase() ? { memo: memoOf(config, integrationFacts(config)) } : { actual };
}
