import { onlyJson } from './only-json';
import { sha256 } from './sha256';
import { VERSION } from './version';

/**
 * What `data-config-checked` is the SHA-256 (hex) of: this library's version and the config as
 * JSON. `consentry check` prints the digest once the checker has found the config valid; a page
 * whose config and version give the same digest skips the checker in the browser, and any edit,
 * or another version, gives another digest, so the browser checks the config again.
 */
export function digestedText(config: unknown): string {
  // Throws on a value JSON does not carry whole: such a config has no digest, and is checked.
  return `${VERSION}\n${JSON.stringify(config, onlyJson)}`;
}

/** The digest, synchronously (the command, in Node). Browsers use `crypto.subtle`, native and far faster. */
export function configDigest(config: unknown): string {
  return sha256(digestedText(config));
}
