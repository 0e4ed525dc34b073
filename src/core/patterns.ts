/** The config's patterns, shared by its spec (config-spec.ts) and the JSON Schema made from it. */

/** Category keys. */
export const CATEGORY_KEY = /^[a-z][a-z0-9_-]{0,31}$/;
/** Service keys, data and purpose ids. */
export const ID = /^[a-z][a-z0-9_-]{0,47}$/;
/** BCP 47-like language tags: `en`, `ru`, `pt-BR`. */
export const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** ISO 3166-1 alpha-2. */
export const COUNTRY = /^[A-Z]{2}$/;
/** An http(s) URL, or a root-relative path (a self-hosted copy, a first-party proxy): never `data:` or `javascript:`. */
export const URL_OR_PATH = /^(https?:\/\/[^\s"'<>]+|\/[^\s"'<>]*)$/;
/**
 * The policy's URL, which every consent record carries: the record schema holds 2,048 characters
 * and an origin up to 300, so a longer one would have every record refused by the consent log.
 * Characters are code points, as JSON Schema and the log count them (the `u` flag: without it an
 * emoji counted twice, and the checker refused what the schema took). An absolute URL is recorded
 * as written; a root-relative one resolved against the page, so %-encoded ("я" is "%D1%8F"): what
 * follows the origin then is at most MAX_POLICY_PATH (fits.ts), which no pattern can count.
 */
export const MAX_POLICY_URL = 1700;
export const MAX_POLICY_PATH = 2048 - 300;
export const POLICY_URL = new RegExp(`^(?=.{1,${MAX_POLICY_URL}}$)${URL_OR_PATH.source.slice(1)}`, 'u');
/**
 * cookie.path: a browser ignores a Path past 1,024 bytes (RFC 6265bis), or the cookie with it,
 * and compares it with the page's path as requested, %-encoded (a raw "я" never matches): either
 * way the choice is not read on the site's other pages, and the visitor is asked again on each.
 * So printable ASCII but ";" (RFC 6265 path-value), where characters are bytes.
 */
export const MAX_COOKIE_PATH = 1024;
export const COOKIE_PATH = new RegExp(`^(?=.{1,${MAX_COOKIE_PATH}}$)\\/[!-:<-~]*$`);
/** Where chunks may come from: an http(s) URL or a path from "/" or "." (never `data:`, `blob:` or `javascript:`), as the boot file checks. */
export const CHUNK_BASE = /^(https?:\/\/[^\s"'<>]+|\.{0,2}\/[^\s"'<>]*)$/;
/** Policy revision and banner version. */
export const VERSION = /^[A-Za-z0-9._-]{1,40}$/;
/** Nothing but white space: not a text. */
export const BLANK = /^\s*$/;
