// What a config checked ahead by `consentry check` starts from: a module apart from the
// `checked-<lang>` part, which exports only what the core calls (a part's every export
// stays in its chunk, named).
import { digestedText } from '../core/digested-text';
import type { ConsentryConfig } from '../core/types';
import { integrationFacts } from '../integrations/config-facts';
import type { Memo } from './memo';
import { memoOf } from './memo-of';

/**
 * What the core starts from when `digest` is this config's (at this version), else the
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
