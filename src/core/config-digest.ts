import { digestedText } from './digested-text';
import { sha256 } from './sha256';

/** The digest, synchronously (the command, in Node). Browsers use `crypto.subtle`, native and far faster. */
export function configDigest(config: unknown): string {
  return sha256(digestedText(config));
}
