/**
 * The config's rules, in one place: every key, type, pattern and range, which keys are
 * unknown, what refers to what (categories to services, purposes to categories and data),
 * and what each law requires (laws.ts). The checker runs it (checkConfig, in the script tag's
 * `validate` chunk and in validateConfig), and the build makes `config.schema.json` from it
 * (tools/config-schema.ts). Its type is proved equal to ConsentryConfig below, so types.ts
 * (with the docs) and these rules cannot drift apart.
 */
import { LAWS, OPT_IN_LAWS } from './laws';
import { ACTIONS } from './laws/actions';
import { OPT_OUT_LAWS } from './laws/opt-out';
import { LAW_CHECKS, lawErrors, lawWarnings } from './laws/check';
import { fitErrors } from './fits';
import { CATEGORY_KEY, COOKIE_PATH, COUNTRY, ID, LANG_TAG, POLICY_URL, URL_OR_PATH, VERSION } from './patterns';
import type { Assert, Finding, Infer, Need, Same } from './spec';
import { BOOL, TEXT, alt, altOf, arr, check, int, map, obj, oneOf, opt, ref, str } from './spec';
import type { ConsentryConfig, Law, Right, ServiceConfig, ServiceFacts } from './types';
import { UI_SPEC } from './ui-spec';
import { GATING_SPEC } from '../gate/gating-options';
import { GOOGLE_SPEC } from '../integrations/google-options';
import { YANDEX_METRICA_SPEC } from '../integrations/yandex-options';

export const RIGHTS: readonly Right[] = ['access', 'correct', 'delete', 'withdraw', 'object', 'restrict', 'portability', 'complain', 'nominate'];
export const MAX_LIFETIME_DAYS = 395; // 13 months: CNIL's ceiling for keeping a choice.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^(?=[^0-9]*[0-9])[+()0-9 .-]{5,30}$/;
const DOMAIN = /^\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** js-cookie collects cookies into a plain object, so a cookie named like one of these would never read back. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const country = str(COUNTRY, 'country');
const email = str(EMAIL, 'email');
const phone = str(PHONE, 'phone');
const url = str(URL_OR_PATH, 'url');
/** "The policy does not say" (types.ts, NotStated), where a law asks for what a policy may leave out. */
const NOT_STATED = obj({ notStated: oneOf([true] as const), note: opt(TEXT) });
const textOrNot = alt('textOrNot', TEXT, NOT_STATED);

/** Each law's requirements (laws/) as conditions on `policy`: when `laws` lists the law, its paths are required. */
const lawNeeds: Need[] = (Object.keys(LAW_CHECKS) as Law[]).flatMap((law) => LAW_CHECKS[law].requires.map(({ at, code }) => ({ if: 'laws', has: law, at, code })));

const POLICY_SPEC = obj(
  {
    revision: str(VERSION, 'revision'),
    url: str(POLICY_URL, 'policyUrl'),
    // The US opt-out model alone, or opt-in laws: a site whose visitors include EU, UK, RU or IN
    // ones must ask first, so "ccpa" beside any of them is refused, not quietly made opt-in.
    laws: altOf('optOutAlone', arr(oneOf(LAWS), 1), arr(oneOf(OPT_IN_LAWS), 1), arr(oneOf(OPT_OUT_LAWS), 1)),
    operator: obj({ name: TEXT, country, address: opt(textOrNot), registration: opt(TEXT) }),
    contact: obj(
      { email: opt(email), phone: opt(phone), url: opt(url), address: opt(TEXT), person: opt(TEXT) },
      { rules: [{ when: { email: undefined, phone: undefined, url: undefined, address: undefined }, code: 'contact' }] },
    ),
    data: arr(obj({ id: str(ID, 'id', { set: 'data', once: 'dupData' }), name: TEXT }), 1),
    purposes: arr(
      obj({ id: str(ID, 'id', { once: 'dupPurpose' }), title: TEXT, description: opt(TEXT), data: opt(arr(ref('data'))), category: ref('category') }),
      1,
    ),
    retention: TEXT,
    recipients: opt(arr(obj({ name: TEXT, country, purpose: TEXT }))),
    rights: opt(arr(oneOf(RIGHTS))),
    withdrawal: TEXT,
    complaint: opt(obj({ authority: TEXT, url: opt(url) })),
    grievance: opt(obj({ officer: textOrNot, email: opt(email), phone: opt(phone), url: opt(url) }, { rules: [{ when: { email: undefined, phone: undefined, url: undefined }, code: 'grievanceContact' }] })),
    minimumAge: opt(int(0, 21)),
    childDirected: opt(BOOL),
    processing: opt(obj({ actions: alt('actions', arr(oneOf(ACTIONS), 1), NOT_STATED), methods: opt(textOrNot) })),
    consentTerm: opt(textOrNot),
    consentUrl: opt(url),
  },
  { needs: lawNeeds },
);

const SERVICE_SPEC = obj({
  title: TEXT,
  provider: TEXT,
  purpose: TEXT,
  country,
  cookies: opt(arr(obj({ name: str(/^[A-Za-z0-9_.*-]{1,128}$/, 'cookieGlob'), lifetime: TEXT, purpose: opt(TEXT) }))),
  storage: opt(arr(str(/^[A-Za-z0-9_.:*-]{1,128}$/, 'storageKey'))),
  policyUrl: opt(str(/^https?:\/\/[^\s"'<>]+$/, 'httpUrl')),
});

/**
 * A consent record lists every category and every service (record.schema.json: at most 32 and
 * 128), and the consent log refuses one past that: a config that big would lose every record.
 * The integrations bring up to 4 services of their own (Google's two, Metrica's two).
 */
const MAX_CATEGORIES = 32;
const MAX_SERVICES = 124;

export const CONFIG_SPEC = obj({
  policy: POLICY_SPEC,
  // Category keys are collected for purposes, GPC and Google's signals; a service may be in one category only.
  categories: map(
    str(CATEGORY_KEY, 'idKey', { set: 'category' }),
    obj({ title: TEXT, description: TEXT, services: opt(arr(ref('service', 'service', { once: 'listedTwice' }))) }),
    { code: 'categories', rules: [{ when: { necessary: undefined }, at: 'necessary', code: 'necessary' }], max: MAX_CATEGORIES },
  ),
  services: opt(map(str(ID, 'idKey', { set: 'service' }), SERVICE_SPEC, { code: 'services', max: MAX_SERVICES })),
  cookie: opt(
    obj(
      {
        name: opt(str(/^[A-Za-z0-9_-]{1,64}$/, 'cookieName', { not: { of: PROTOTYPE_NAMES, code: 'proto' } })),
        domain: opt(str(DOMAIN, 'domain')),
        path: opt(str(COOKIE_PATH, 'path')),
        lifetimeDays: opt(int(1, MAX_LIFETIME_DAYS)),
        sameSite: opt(oneOf(['Lax', 'Strict', 'None'])),
        secure: opt(BOOL),
      },
      { rules: [{ when: { sameSite: 'None', secure: false }, at: 'secure', code: 'sameSiteSecure' }] },
    ),
  ),
  // The first language collected is the default one (`en` when left out): every localized text
  // must include it, and `force` must be one of those collected.
  language: opt(
    obj({
      default: opt(str(LANG_TAG, 'lang', { set: 'lang' }), 'en'),
      available: opt(arr(str(LANG_TAG, 'lang', { set: 'lang' }), 1, 'availDefault')),
      force: opt(ref('lang', 'force', { shape: str(LANG_TAG, 'lang') })),
    }),
  ),
  records: opt(obj({ endpoint: opt(str(URL_OR_PATH, 'url')), maxQueued: opt(int(1, 1000)) })),
  gpc: opt(obj({ honour: opt(BOOL), categories: opt(arr(ref('category', 'ref', { except: 'necessary' }))) })),
  bannerVersion: opt(str(VERSION, 'version')),
  integrations: opt(obj({ google: opt(GOOGLE_SPEC), yandexMetrica: opt(YANDEX_METRICA_SPEC) }, { unknown: 'integration' })),
  gating: opt(GATING_SPEC),
  ui: opt(UI_SPEC),
  $schema: opt(str()),
});

// The rules accept exactly the documented type: a key added to one and not the other fails here.
export type ConfigSpecMatchesTypes = Assert<Same<Infer<typeof CONFIG_SPEC>, ConsentryConfig>>;

/**
 * Every problem in a config, as findings (no words: see explain.ts). `extraServices` are the
 * services integrations bring, which categories may list. A config with no error gets its laws'
 * warnings (`warn: true`): printed, and it still starts.
 */
export function checkConfig(config: unknown, extraServices: Readonly<Record<string, ServiceFacts | ServiceConfig>>): Finding[] {
  const found = check(CONFIG_SPEC, config, { service: Object.keys(extraServices) });
  if (found.length) return found;
  const errors = [...fitErrors(config as ConsentryConfig), ...lawErrors(config as ConsentryConfig)];
  return errors.length ? errors : lawWarnings(config as ConsentryConfig, extraServices);
}
