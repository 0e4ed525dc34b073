import { sha256 } from './sha256';
import { VERSION } from './version';

/**
 * The SHA-256 (hex) of a config as JSON and this library's version: what `consentry check`
 * prints for `data-config-checked`, once the checker has found the config valid. A page whose
 * config and version give the same digest skips the checker in the browser; any edit, or
 * another version, gives another digest, and the browser checks the config again.
 */
export function configDigest(config: unknown): string {
  return sha256(`${VERSION}\n${JSON.stringify(config)}`);
}
