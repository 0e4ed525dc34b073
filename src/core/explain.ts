/**
 * The words for the checker's findings: each code (spec.ts) says what was expected, and the
 * value found, like the config's default language some messages name, is read from the checked
 * config. On a script-tag page this lives in the `messages` chunk, fetched only when a config is wrong.
 */
import { isPlainObject } from './checks';
import { ACTIONS } from './laws/actions';
import { GOOGLE_ANALYTICS, GOOGLE_TAG_MANAGER } from '../integrations/google-services';
import { YANDEX_METRICA, YANDEX_WEBVISOR } from '../integrations/yandex-services';
import { LANG_TAG, MAX_COOKIE_PATH, MAX_POLICY_URL } from './patterns';
import type { Code, Finding, Node, Seg, Sets } from './spec';
import { get } from './spec';
import type { ConfigIssue } from './types';
import { placeholdersExpected, show } from './shown';

export { show };

// Findings carry what their message needs in `args`; each code knows what it put there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Args = readonly any[];

/**
 * An integration's service listed without its integration: on npm a config's `integrations` bring
 * none (the plugins do), so a script tag's JSON reused there lands here. Says where it comes from.
 */
const BROUGHT_BY: Readonly<Record<string, string>> = Object.fromEntries(
  [
    // The integration's key in `integrations` is its plugin's name on npm.
    [GOOGLE_ANALYTICS, 'google', '{ measurementId }'],
    [GOOGLE_TAG_MANAGER, 'google', '{ containerId }'],
    [YANDEX_METRICA, 'yandexMetrica', '{ id }'],
    [YANDEX_WEBVISOR, 'yandexMetrica', '{ id, webvisor: true }'],
  ].map(([service, name, options]) => [service, `its integration: "integrations": { "${name}": ${options} } for the script tag, the ${name}(${options}) plugin on npm (a config's "integrations" bring no services there)`]),
);

const URL_WORDS = 'an http(s) URL or a path starting with "/"';
const LANG_WORDS = 'a language tag such as "en", "ru" or "hi"';

/** What was expected, by code, given the finding's `args` and the default language. A code without words fails compilation. */
export const EXPECTED: Readonly<Record<Code, (args: Args, lang: string, value: unknown) => string>> = {
  obj: () => 'an object',
  str: () => 'a non-empty string',
  bool: () => 'true or false',
  int: ([min, max]) => (max === Infinity ? `a whole number from ${min}` : `a whole number from ${min} to ${max}`),
  enum: ([options]) => `one of ${list(options)}`,
  arr: ([min]) => (min ? `an array with at least ${min} item(s)` : 'an array'),
  key: ([keys]) => `no such option; expected one of ${list(keys)}`,
  ref: ([options]) => `one of ${list(options)}`,
  text: (_, lang) => `a text: a string, or an object of texts by language such as { "${lang}": "…" }`,
  textEmpty: () => 'a non-empty text',
  textKey: () => `${LANG_WORDS} as the key`,
  textLang: (_, lang) => `a text for the default language "${lang}" too`,

  idKey: () => 'a key of lowercase letters, digits, "_" or "-", starting with a letter: at most 32 characters for a category, 48 for a service',
  categories: () => 'an object of categories by key, with at least "necessary"',
  services: () => 'an object of services by key',
  tooMany: ([max]) => `at most ${max} entries: each goes into every consent record, which the consent log refuses past that`,
  cookieSize: ([length, max]) =>
    `categories and services whose keys fit in the consent cookie: with every optional category granted and each of its services refused one by one it would hold ${length} characters, and only ${max} are read back (a browser drops a cookie past 4,096 bytes; the visitor would be asked again on every page). Each optional category takes its key's length + 3, each of its services its key's + 9: shorten keys or list fewer services`,
  recordServices: ([count, max]) =>
    `categories that list at most ${max} services in all, those of plugins and integrations included: each goes into every consent record, which the consent log refuses past that; these list ${count}`,
  necessary: () => 'a "necessary" category (always on, explained to the visitor)',
  service: ([options], _, value) => `${options.length ? `a known service: one of ${list(options)}` : 'a service defined in "services" or by an integration'}${BROUGHT_BY[value as string] ? `; "${value as string}" comes with ${BROUGHT_BY[value as string]}` : ''}`,
  listedTwice: ([first]) => `a service listed in one category only (it is already in "${first[1]}")`,
  country: () => 'an ISO 3166-1 alpha-2 country code such as "RU", "IN" or "US"',
  cookieGlob: () => 'a cookie name, "*" allowed as a wildcard',
  storageKey: () => 'a storage key, "*" allowed as a wildcard',
  httpUrl: () => 'an http(s) URL',
  url: () => URL_WORDS,
  policyUrl: () => `${URL_WORDS}, of at most ${MAX_POLICY_URL} characters (every consent record carries it)`,
  policyUrlEncoded: ([length, max]) =>
    `a path of at most ${max} characters once %-encoded, as the browser resolves it for every consent record ("я" takes 6, an emoji 12): this one takes ${length}. Shorten it, or give an absolute https:// URL, which records carry as written`,
  revision: () => 'a revision of 1-40 letters, digits, ".", "_" or "-" (bump it to ask everyone again)',
  version: () => 'a version of 1-40 letters, digits, ".", "_" or "-"',
  lang: () => LANG_WORDS,
  availDefault: (_, lang) => `a list that includes the default language "${lang}"`,
  force: ([options]) => `one of the available languages ${list(options)}`,
  cookieName: () => 'a cookie name of 1-64 letters, digits, "_" or "-"',
  proto: () => 'a name that is not a built-in object property such as "constructor"',
  domain: () => 'a lowercase domain such as "shop.test" (no scheme, no port)',
  path: (_, __, value) => {
    const path = typeof value === 'string' ? value : '';
    // What a browser compares with the page's path (RFC 6265bis 5.1.4): its characters beyond ASCII as UTF-8, %-encoded.
    const encoded = path.replace(/[^\0-\x7f]+/g, (run) => Array.from(new TextEncoder().encode(run), (b) => `%${b.toString(16).toUpperCase()}`).join(''));
    const bytes = encoded.length;
    return encoded === path
      ? `a path starting with "/", of at most ${MAX_COOKIE_PATH} bytes (a browser ignores a longer one, and the visitor would be asked again on every page)${bytes > MAX_COOKIE_PATH ? `: this one has ${bytes}` : ''}`
      : `a path starting with "/", written %-encoded, since a browser compares it with the page's path so (as written it never matches, and the visitor would be asked again on every page): ${JSON.stringify(encoded)}${bytes > MAX_COOKIE_PATH ? `; that is ${bytes} bytes, past the ${MAX_COOKIE_PATH} a browser keeps` : ''}`;
  },
  sameSiteSecure: () => 'true when sameSite is "None" (browsers drop the cookie otherwise)',
  email: () => 'an email address',
  phone: () => 'a phone number',
  contact: () => 'at least one of "email", "phone", "url" or "address"',
  id: () => 'an id of lowercase letters, digits, "_" or "-", starting with a letter, at most 48 characters',
  dupData: () => 'an id not used by another data item',
  dupPurpose: () => 'an id not used by another purpose',
  textOrNot: (_, lang) => `a text (a string, or texts by language such as { "${lang}": "…" }), or { "notStated": true } where the policy does not say`,
  grievanceContact: () => 'at least one of "email", "phone" or "url"',
  actions: () => `a list of actions, each one of ${list(ACTIONS)}, or { "notStated": true } where the policy does not say`,

  dpdpComplaint: () => 'where to complain (required under "dpdp", DPDP Act s.5(1)(iii): the Data Protection Board of India)',
  dpdpAge: () => 'the minimum age to consent (required under "dpdp", DPDP Act s.2(f) and s.9: 18)',
  dpdpChild: () => 'at least 18 (under "dpdp", DPDP Act s.2(f) and s.9: a child is anyone under 18, and may consent only through a parent)',
  dpdpRights: ([missing]) =>
    `rights that include ${list(missing)} too: under "dpdp" the Act gives them whatever the policy says (access s.11, correction and erasure s.12, withdrawal s.6(4), naming someone to act for you on death or incapacity s.14), and the notice tells how to use them (Rules 2025 r.3(c)); the settings list only the rights given here`,
  dpdpData: () => 'the data this purpose uses, itemised (required under "dpdp", DPDP Act s.5(1)(i) and Rules 2025 r.3(b)(i): an itemised description of the personal data for each purpose)',
  dpdpGrievance: () => 'whom to complain to first and how to reach them (required under "dpdp", DPDP Act s.8(10) and s.13(3): the operator\'s grievance redressal comes before the Board; Rules 2025 r.9)',
  ruAddress: () => 'the operator\'s address (required under "152-fz", Art. 9 part 4 item 3: the consent names the operator and its address)',
  ruCountry: () =>
    'the operator\'s country (under "152-fz", Art. 12: the first layer warns of a cross-border transfer, one to a country other than the operator\'s; without it no transfer can be told to cross a border, so none is called abroad)',
  ruData: () => 'the data this purpose uses (required under "152-fz", Art. 9 part 4 item 5: the consent lists the personal data)',
  ruActions: () => `the actions performed with the data, from ${list(ACTIONS)} (required under "152-fz", Art. 9 part 4 item 7)`,
  ruMethods: () => 'a general description of the methods of processing, or { "notStated": true } where the policy does not say (required under "152-fz", Art. 9 part 4 item 7)',
  ruPurpose: () => 'a purpose in policy.purposes that names this category (required under "152-fz", Art. 9 part 4 item 4: the consent states the purpose of each processing it covers)',
  ruPurposeOnce: () =>
    'an optional category no other purpose names (under "152-fz" each purpose is consented to on its own, Art. 9 part 1 as amended by 156-FZ: a specific consent, and the consent document says so; one switch for two purposes would be one consent to both): an earlier purpose names this one, so give this purpose a category of its own',
  dpdpPurpose: () => 'a purpose in policy.purposes that names this category (required under "dpdp", DPDP Act s.6(1): consent is for a specified purpose)',
  ccpaGpc: () => 'Global Privacy Control honoured, refusing at least one of the site\'s optional categories (under "ccpa" it is an opt-out the site must respect, CCPA Regs §7025): "gpc.honour" not false, and "gpc.categories" (by default ["marketing"]) naming a category the config has',
  ruTerm: () => 'how long the consent lasts (required under "152-fz", Art. 9 part 4 item 8)',
  optOutAlone: () =>
    'either ["ccpa"] alone (the US opt-out model: optional categories run until the visitor opts out), or opt-in laws from "gdpr", "152-fz", "dpdp"; "ccpa" beside an opt-in law is refused: EU, UK, Russian and Indian visitors must be asked before anything optional runs',
  notStated: ([code], lang) => `${EXPECTED[code as Code]([], lang, undefined)}; the policy does not state it, which is accepted and said so plainly wherever it is shown (the consent document, the settings)`,
  ruAbroad: ([country]) =>
    `a service that stores data in Russia: this one stores it in ${country}. Under "152-fz", Art. 18 part 5 (since 1 Jul 2025) likely forbids collecting Russian citizens' data directly into databases abroad, and Art. 12 requires notifying Roskomnadzor before a cross-border transfer`,
  trackerNecessary: () =>
    'an optional category for this integration\'s or plugin\'s service, unless the site cannot work without it: under "necessary" it loads before the visitor chooses and cannot be refused (Metrica, Google Analytics and Tag Manager are never necessary: they load only after consent, or until an opt-out)',

  integration: ([keys]) => `an integration: one of ${list(keys)}`,
  ga4: () => 'a GA4 measurement id like "G-XXXXXXX"',
  gtm: () => 'a Tag Manager container id like "GTM-XXXXXX"',
  gaOrGtm: () => 'a GA4 measurement id like "G-XXXXXXX", or a containerId like "GTM-XXXXXX"',
  gtagUrl: () => `${URL_WORDS} serving gtag/js and gtm.js`,
  signal: ([options]) => `"necessary" or a category of the config: one of ${list(options)}`,
  signalKey: () => 'a category key such as "analytics", or "necessary" for always granted',
  tagManagerSignals: ([denied, missing, category]) =>
    `every Consent Mode signal its tags read following a category of this config: ${list(denied)} follow ${list(missing)}, which it does not have, so they stay denied for every tag the container loads (ad tags read the ad signals, GA4 tags analytics_storage; the container's category does not grant them, as it says nothing of what its tags are). If it has such tags, map them in Google's options ("integrations.google", or google()'s) to the category whose consent covers them, e.g. "signals": { ${denied.map((s: string) => `"${s}": "${category}"`).join(', ')} } if "${category}" says so to the visitor, or add a category ${list(missing)}; if it has none, denied is right`,
  ymId: () => 'a Metrica counter id: a whole number from 1, such as 12345678',
  tagJsUrl: () => `${URL_WORDS} of tag.js`,
  bounce: () => 'true, false, or a number of milliseconds from 1',
  ecommerce: () => 'true, false, or the name of a global array such as "dataLayer"',
  floating: ([options]) => `false or one of ${list(options.filter((o: unknown) => o !== false))}`,
  uiTexts: () => 'an object of texts by language, such as { "en": { "acceptAll": "…" } }',
  textsObj: () => 'an object of texts by name',
  textName: () => 'a known text name, such as "acceptAll", "rejectAll" or "bannerTitle" (all names: README, "The widget")',
  placeholders: ([marks]) => placeholdersExpected(marks),
  textsIncomplete: ([banner, dialog]) =>
    `every text in this language, the first layer's and the dialog's (one the widget does not ship is shown only with all of them, placeholders kept); ${
      banner.length ? `missing for the first layer: ${list(banner)}${dialog.length ? `; for the dialog: ${list(dialog)}` : ''}, so until then the banner and the dialog are shown in English` : `missing for the dialog: ${list(dialog)}, so until then the dialog is shown in English (the banner is in this language)`
    }`,
  noTexts: (_, __, value) =>
    `a language the widget ships (en, ru, hi) or one given its texts in ui.texts: with none in "${value as string}", its visitors read the banner and the dialog in English, and their records say "en". Give ui.texts["${value as string}"] every text (README, "The widget"), or do not offer it`,
  chunkBase: () => 'an http(s) URL, or a path starting with "/" or ".": where consentry.js and its chunks are served',
};

/** The issues of a whole config, for the console and `consent.issues`; the root is `config`. */
export function explain(findings: readonly Finding[], config: unknown): ConfigIssue[] {
  // As the checker has it (spec.ts: the first language collected): texts must include
  // `language.default`, `en` when it is left out (or `undefined`); when it is wrong, the first
  // valid one of `language.available` (else `en`).
  const language = get(config, ['language']);
  const given = isPlainObject(language) ? [language.default === undefined ? 'en' : language.default, ...(Array.isArray(language.available) ? language.available : [])] : [];
  const lang = (given.find((l) => typeof l === 'string' && LANG_TAG.test(l)) as string | undefined) ?? 'en';
  return findings.map((f) => {
    const issue = issueOf(f, config, lang);
    return issue.path ? issue : { ...issue, path: 'config' };
  });
}

/** One finding in words; `root` is the value that was checked. */
export function issueOf(finding: Finding, root: unknown, lang = 'en'): ConfigIssue {
  const { path, code, args = [] } = finding;
  // A key that breaks its pattern (a category's, a text's language) is shown itself, not its entry.
  const value = code === 'idKey' || code === 'textKey' ? path[path.length - 1] : get(root, path);
  return { path: pathText(path), value: show(value), expected: EXPECTED[code](args, lang, value) };
}

/** One message for the console: every issue on its own line. */
export function formatIssues(issues: readonly ConfigIssue[]): string {
  return `invalid config, so nothing optional will run (failing closed). ${issues.length} problem(s):\n${lines(issues)}`;
}

/** A valid config's warnings (its laws', its text overrides'), for the console: the config starts all the same. */
export function formatWarnings(warnings: readonly ConfigIssue[]): string {
  return `the config is valid, with ${warnings.length} warning(s) from its laws, its texts or its integrations (it starts all the same):\n${lines(warnings)}`;
}

function lines(issues: readonly ConfigIssue[]): string {
  return issues.map((i) => `  ${i.path === 'config' ? 'config' : `config.${i.path}`}: got ${i.value}; expected ${i.expected}`).join('\n');
}

/** `categories.analytics.services[0]`. */
function pathText(path: readonly Seg[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

function list(options: readonly unknown[]): string {
  return options.map((o) => JSON.stringify(o)).join(', ');
}

