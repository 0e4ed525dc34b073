import { onlyJson } from './only-json';
import { VERSION } from './version';

/**
 * What `data-config-checked` is the SHA-256 (hex) of: this library's version and the config as
 * JSON. `consentry check` prints the digest once the checker has found the config valid; a page
 * whose config and version give the same digest skips the checker in the browser, and any edit,
 * or another version, gives another digest, so the browser checks the config again.
 * A module apart from config-digest.ts: the browser hashes with `crypto.subtle`, so the
 * `checked-<lang>` chunks need this text without the script SHA-256, whose constant tables are
 * built when its module loads (a loop the bundler cannot drop).
 */
export function digestedText(config: unknown): string {
  // Throws on a value JSON does not carry whole: such a config has no digest, and is checked.
  return `${VERSION}\n${JSON.stringify(config, onlyJson)}`;
}
