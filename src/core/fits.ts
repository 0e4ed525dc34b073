/**
 * Limits a config meets as a whole, which no one key shows: what its values become in the
 * consent cookie and in every consent record. Checked once its shape is valid (config-spec.ts);
 * JSON Schema cannot state them (config.schema.json's `$comment` names them).
 */
import { COOKIE_LIMIT } from './cookie-limit';
import { MAX_POLICY_PATH } from './patterns';
import type { Finding } from './spec';
import type { ConsentryConfig } from './types';

/**
 * The cookie's fixed part at its longest (encode-choice.ts): "2", a consent id of 64, a revision
 * of 40, three base-36 numbers of 10 digits and the GPC flag, with the 9 "~" between its fields.
 */
const HEADER = 145;
/** A category in the list, `key=1|`; a service refused in it, `key=0|` and its hash (service-hash.ts). */
const PER_CATEGORY = 3;
const PER_SERVICE = 3 + 6;
const RECORD_SERVICES = 128;
/** The shortest origin: resolved against it, a policy URL is as long as the URL parser makes it, plus these characters. */
const BASE = 'https://h';

export function fitErrors({ policy, categories }: ConsentryConfig): Finding[] {
  const out: Finding[] = [];
  // The longest choice: every optional category granted and each of its services refused one by
  // one. Past COOKIE_LIMIT it is never read back, and past 4,096 bytes with the cookie's
  // name a browser drops it: the visitor is asked on every page, each decision under a new
  // consent id. With 32 categories and 128 services, every key its longest, it was 8,395.
  let longest = HEADER;
  let listed = 0;
  for (const [key, c] of Object.entries(categories)) {
    const services = c.services ?? [];
    listed += services.length;
    if (key !== 'necessary') longest += key.length + PER_CATEGORY + services.reduce((n, s) => n + s.length + PER_SERVICE, 0);
  }
  if (longest > COOKIE_LIMIT) out.push({ path: ['categories'], code: 'cookieSize', args: [longest, COOKIE_LIMIT] });
  // Every record lists every service the categories list (record.schema.json: at most 128). The
  // config's own are at most 124 with the script tag's integrations' 4; on npm plugins bring any number.
  if (listed > RECORD_SERVICES) out.push({ path: ['categories'], code: 'recordServices', args: [listed, RECORD_SERVICES] });
  // A root-relative policy URL is recorded resolved against the page (record.ts), so %-encoded by
  // the browser's URL parser: "я" takes 6 characters, an emoji 12. Past MAX_POLICY_PATH after the
  // origin the consent log would refuse every record. One the parser refuses is recorded as written.
  if (policy.url.startsWith('/')) {
    let length = 0;
    try {
      length = new URL(policy.url, BASE).href.length - BASE.length;
    } catch {
      // as written: the pattern's limit holds it
    }
    if (length > MAX_POLICY_PATH) out.push({ path: ['policy', 'url'], code: 'policyUrlEncoded', args: [length, MAX_POLICY_PATH] });
  }
  return out;
}
