import { serviceHash } from '../service-hash';

/**
 * Two services of `category` whose hashes, run together as a choice keeps them, hold `target`
 * across the seam: its first 3 characters end the first hash, its last 3 begin the second. Found
 * by trying names (1 in 36³ each, so some 50,000 tries): a real collision of a new service with
 * the text of a choice, where it is not one of the hashes kept.
 */
export function straddling(category: string, target: string): [first: string, second: string] {
  let first: string | undefined;
  let second: string | undefined;
  for (let i = 0; !first || !second; i++) {
    const name = `service-${i}`;
    const hash = serviceHash(category, name);
    if (!first && hash.endsWith(target.slice(0, 3))) first = name;
    else if (!second && hash.startsWith(target.slice(3))) second = name;
  }
  return [first, second];
}
