/**
 * The public contract of Consentry: every config option with its default,
 * the consent state, the consent record and the instance API.
 * Internal types live next to the code that uses them. An optional option given as `undefined`
 * (a variable not set) is left out, so each takes `| undefined` too: under
 * exactOptionalPropertyTypes (@tsconfig/strictest) `{ nonce: maybeNonce }` must compile.
 */

/** A visitor-facing text: one string, or one string per language (`{ en: '…', ru: '…' }`). */
export type LocalizedText = string | { readonly [lang: string]: string };

/**
 * A law pack (src/core/laws/): what the law requires of the config (checked, with messages that
 * cite the article), of the first layer and of the record. `ccpa` alone is the US opt-out model.
 */
export type Law = OptInLaw | 'ccpa';
/** The laws under which nothing optional runs before a yes (EU, UK, Russia, India). */
export type OptInLaw = 'gdpr' | '152-fz' | 'dpdp';

/**
 * "The policy does not say": accepted where a law asks for a value the policy leaves out, and
 * said plainly wherever it would be shown ("The Policy does not state the operator's address"),
 * never invented. The validator warns about it. `note` adds what the policy does say.
 */
export interface NotStated {
  notStated: true;
  /** What the policy says instead, if anything ("It refers to an address it does not give"). */
  note?: LocalizedText | undefined;
}

/** An action performed with personal data, in 152-FZ Art. 3(3)'s terms (сбор, запись, …). */
export type ProcessingAction =
  | 'collection'
  | 'recording'
  | 'systematisation'
  | 'accumulation'
  | 'storage'
  | 'clarification'
  | 'extraction'
  | 'use'
  | 'transfer'
  | 'depersonalisation'
  | 'blocking'
  | 'deletion'
  | 'destruction';

/** A right the visitor has under the policy. */
export type Right =
  | 'access'
  | 'correct'
  | 'delete'
  | 'withdraw'
  | 'object'
  | 'restrict'
  | 'portability'
  | 'complain'
  | 'nominate';

export interface OperatorConfig {
  /** Legal name of the company that decides what is done with the data. */
  name: LocalizedText;
  /** ISO 3166-1 alpha-2 country of the operator, e.g. `RU`, `IN`. */
  country: string;
  /** Registered address. Required for `152-fz` (Art. 9 part 4: the consent names the operator's address). */
  address?: LocalizedText | NotStated | undefined;
  /** Registration numbers (OGRN, INN, CIN…), shown as given. */
  registration?: LocalizedText | undefined;
}

export interface ContactConfig {
  /** Email address for privacy requests. */
  email?: string | undefined;
  /** Phone number, as it should be dialled (`+91-8826682769`). */
  phone?: string | undefined;
  /** A page with a contact form. */
  url?: string | undefined;
  /** Postal address for written requests (152-FZ withdrawals are often written). */
  address?: LocalizedText | undefined;
  /** Named person or office (DPO, grievance officer). */
  person?: LocalizedText | undefined;
}

export interface DataItemConfig {
  /** Stable id, used by purposes to say which data they use. */
  id: string;
  /** What is collected, in plain words ("Phone number"). */
  name: LocalizedText;
}

export interface PurposeConfig {
  /** Stable id. */
  id: string;
  /** Why, in plain words ("Send our newsletter"). */
  title: LocalizedText;
  /** More about it, shown in the full summary. */
  description?: LocalizedText | undefined;
  /** Ids from `policy.data` this purpose uses. */
  data?: readonly string[] | undefined;
  /** Key of the consent category this purpose depends on, or `necessary`. */
  category: string;
}

export interface RecipientConfig {
  /** Who receives the data ("Yandex LLC", "Google LLC", "delivery services"). */
  name: LocalizedText;
  /**
   * ISO 3166-1 alpha-2 country where they process it, or `ZZ` (CLDR's "unknown region") when the
   * policy does not say: shown as "country not stated", never as a transfer abroad.
   */
  country: string;
  /** Why they receive it. */
  purpose: LocalizedText;
}

export interface ProcessingConfig {
  /** The actions performed with the data, as the policy lists them (152-FZ Art. 9 part 4 item 7). */
  actions: readonly ProcessingAction[] | NotStated;
  /** How, in general ("automated and manual"), as the policy says (152-FZ Art. 9 part 4 item 7). */
  methods?: LocalizedText | NotStated | undefined;
}

/** Who handles grievances first (DPDP Act s.8(10) and s.13, Rules 2025 r.9), and how to reach them: at least one way. */
export interface GrievanceConfig {
  /** The grievance officer or office, by name. */
  officer: LocalizedText | NotStated;
  /** Email address for grievances. */
  email?: string | undefined;
  /** Phone number for grievances. */
  phone?: string | undefined;
  /** A page or form for grievances. */
  url?: string | undefined;
}

export interface ComplaintConfig {
  /** The authority ("Data Protection Board of India", "Roskomnadzor"). */
  authority: LocalizedText;
  /** Its website: an http(s) URL or a path. */
  url?: string | undefined;
}

/** What the company's privacy policy says, summarised for visitors. */
export interface PolicyConfig {
  /** Bump it when the policy changes: every visitor is asked again. `[A-Za-z0-9._-]{1,40}`. */
  revision: string;
  /** Absolute or root-relative URL of the full policy. */
  url: string;
  /**
   * Laws the policy is written under (the law packs, README "Law packs"). `["ccpa"]` is the US
   * opt-out model and stands alone: never beside an opt-in law, whose visitors must be asked first.
   */
  laws: readonly OptInLaw[] | readonly 'ccpa'[];
  /** Who decides what is done with the data. */
  operator: OperatorConfig;
  /** At least one way to reach the operator. */
  contact: ContactConfig;
  /** The data collected, itemised. */
  data: readonly DataItemConfig[];
  /** Each purpose, with the data it uses and the category it needs. */
  purposes: readonly PurposeConfig[];
  /** How long data is kept, as the policy says it. */
  retention: LocalizedText;
  /** Who else receives data, and in which country. @default [] */
  recipients?: readonly RecipientConfig[] | undefined;
  /** The visitor's rights. @default ["access", "correct", "delete", "withdraw"] */
  rights?: readonly Right[] | undefined;
  /** How to withdraw consent outside the banner (email, written request). */
  withdrawal: LocalizedText;
  /** Where to complain. Required for `dpdp` (the Data Protection Board). */
  complaint?: ComplaintConfig | undefined;
  /** Whom to complain to first, before the authority. Required for `dpdp`. */
  grievance?: GrievanceConfig | undefined;
  /** Minimum age to consent (DPDP: 18). The first layer offers an "I am under {age}" path that refuses everything optional. */
  minimumAge?: number | undefined;
  /** A child-directed site: every optional category is removed, only `necessary` stays (DPDP s.9). @default false */
  childDirected?: boolean | undefined;
  /** What is done with the data. Required for `152-fz` (the consent document lists the actions). */
  processing?: ProcessingConfig | undefined;
  /** How long the consent lasts, as the policy says. Required for `152-fz` (Art. 9 part 4 item 8). */
  consentTerm?: LocalizedText | NotStated | undefined;
  /** Where the site publishes its consent document (`consentDocument()`): the first layer links there. Default: the link opens it in the settings. */
  consentUrl?: string | undefined;
}

export interface CookieDisclosure {
  /** Cookie name or pattern with `*` (e.g. `_ga_*`). */
  name: string;
  /** Lifetime in plain words ("2 years", "session"). */
  lifetime: LocalizedText;
  /** What it is for. */
  purpose?: LocalizedText | undefined;
}

export interface ServiceConfig {
  /** Shown name ("Yandex Metrica"). */
  title: LocalizedText;
  /** Company behind it ("Yandex LLC"). */
  provider: LocalizedText;
  /** What it does for the site. */
  purpose: LocalizedText;
  /** ISO 3166-1 alpha-2 country where data is processed; `ZZ` when not stated (never "abroad"). */
  country: string;
  /** Cookies it sets, disclosed and erased on withdrawal. @default [] */
  cookies?: readonly CookieDisclosure[] | undefined;
  /** localStorage keys or prefixes with `*`, erased on withdrawal. @default [] */
  storage?: readonly string[] | undefined;
  /** Privacy policy of the provider. */
  policyUrl?: string | undefined;
}

/**
 * What a plugin tells the core about a service it brings: enough to gate it and clean up
 * after it. The built-in integrations' texts for visitors ship with the widget's languages.
 */
export interface ServiceFacts {
  /** ISO 3166-1 alpha-2 country where data is processed. */
  country: string;
  /** Cookie names or `*` patterns it sets, erased on withdrawal. Default `[]`. */
  cookies?: string[] | undefined;
  /** localStorage keys or prefixes with `*`, erased on withdrawal. Default `[]`. */
  storage?: string[] | undefined;
}

export interface CategoryConfig {
  /** Its name, on its switch ("Statistics"). */
  title: LocalizedText;
  /** What it allows, in a sentence. */
  description: LocalizedText;
  /** Keys of services in this category. One added later asks again everyone who granted the category. @default [] */
  services?: readonly string[] | undefined;
}

export interface CookieConfig {
  /** Name of the consent cookie: `[A-Za-z0-9_-]{1,64}`. @default "consentry" */
  name?: string | undefined;
  /** Domain to share the choice across subdomains (e.g. `shop.test`). Default: the current host only. */
  domain?: string | undefined;
  /** Path of the consent cookie: ASCII, at most 1,024 bytes; write one beyond ASCII %-encoded, as a browser compares it (`/%D1%8F`, not `/я`). @default "/" */
  path?: string | undefined;
  /** How long a choice (grant or refusal) is kept, in days: at most 395 (13 months). @default 182 */
  lifetimeDays?: number | undefined;
  /** SameSite of the consent cookie; `None` needs `secure`. @default "Lax" */
  sameSite?: 'Lax' | 'Strict' | 'None' | undefined;
  /** Secure flag of the consent cookie. Default: `true` on https pages. */
  secure?: boolean | undefined;
}

export interface LanguageConfig {
  /** Language used when nothing else matches; every localized text must include it. @default "en" */
  default?: string | undefined;
  /** Languages the site offers its visitors. Default: `[default]`. */
  available?: readonly string[] | undefined;
  /** Always use this language (skips `<html lang>` and the browser's languages). */
  force?: string | undefined;
}

export interface RecordsConfig {
  /** URL of the consent-log receiver. Records are POSTed as JSON (`text/plain` to avoid a CORS preflight). */
  endpoint?: string | undefined;
  /** Outbox size limit. When it is full, a new record makes room: the oldest record a newer one of the same consent id supersedes goes first, else the oldest of all, with a console error naming it. @default 50 */
  maxQueued?: number | undefined;
}

export interface GpcConfig {
  /** Honour `navigator.globalPrivacyControl` as an opt-out. @default true */
  honour?: boolean | undefined;
  /** Optional categories GPC refuses (`marketing` is left out where the site has none). @default ["marketing"] */
  categories?: readonly string[] | undefined;
}

/**
 * The whole configuration. JSON-serialisable so script-tag users can write it by hand;
 * functions go in {@link ConsentOptions}.
 */
export interface ConsentryConfig {
  policy: PolicyConfig;
  /**
   * Consent categories in display order. `necessary` is required and always on;
   * every other category is opt-in and starts refused. Keys: `[a-z][a-z0-9_-]{0,31}`.
   */
  categories: Record<string, CategoryConfig>;
  /** Services referenced by categories. Integrations add their own. @default {} */
  services?: Record<string, ServiceConfig> | undefined;
  /** The first-party cookie that keeps the visitor's choice. */
  cookie?: CookieConfig | undefined;
  /** The languages the site offers, and which one every text must have. */
  language?: LanguageConfig | undefined;
  /** Where consent records are sent. */
  records?: RecordsConfig | undefined;
  /** Global Privacy Control. */
  gpc?: GpcConfig | undefined;
  /** Version of this banner's texts or layout, written into every record: `[A-Za-z0-9._-]{1,40}`. @default "1" */
  bannerVersion?: string | undefined;
  /** Integrations the config turns on (the script tag starts them; npm sites pass the same options to `google()`, `yandexMetrica()`). */
  integrations?: IntegrationsConfig | undefined;
  /** The declarative gate: blocked scripts and iframes, and what a withdrawal does. */
  gating?: GatingConfig | undefined;
  /** The widget: layout, theme, the floating button, text overrides. */
  ui?: UiConfig | undefined;
  /** The JSON Schema this config follows, for editors (`consentry/config.schema.json`). Ignored. */
  $schema?: string | undefined;
}

export interface IntegrationsConfig {
  /** Google Consent Mode v2 with GA4 and/or Tag Manager. */
  google?: GoogleOptions | undefined;
  /** Yandex Metrica. */
  yandexMetrica?: YandexMetricaOptions | undefined;
}

export interface GoogleOptions {
  /** GA4 measurement id (`G-XXXXXXX`): gtag.js loads for the `google-analytics` service. */
  measurementId?: string | undefined;
  /** Tag Manager container id (`GTM-XXXXXX`): the container loads for the `google-tag-manager` service. At least one of the two. */
  containerId?: string | undefined;
  /**
   * `basic`: Google tags load only after consent. `advanced`: they load at once with every
   * signal denied and send cookieless pings before any choice; data still reaches Google,
   * which EU regulators may see as processing without consent: opt in only on legal advice.
   * @default "basic"
   */
  mode?: 'basic' | 'advanced' | undefined;
  /** Which category grants each Consent Mode signal (`necessary`: always); merged over the default map, where `analytics_storage` is the category listing `google-analytics` (else `analytics`). */
  signals?: { [S in import('../integrations/consent-mode').ConsentSignal]?: string | undefined } | undefined;
  /** `wait_for_update` of the default command, in ms (0 to 10000). @default 500 */
  waitForUpdate?: number | undefined;
  /** Where gtag/js and gtm.js are served from (a proxy, server-side GTM): an http(s) URL or a path. @default "https://www.googletagmanager.com" */
  scriptUrl?: string | undefined;
  /** CSP nonce for the scripts Consentry adds. The script-tag build passes its own. */
  nonce?: string | undefined;
}

export interface YandexMetricaOptions {
  /** Counter id, e.g. `12345678` (a number, or a string of digits). */
  id: number | string;
  /** Click map data (as in Yandex's own snippet). @default true */
  clickmap?: boolean | undefined;
  /** Outbound links and downloads. @default true */
  trackLinks?: boolean | undefined;
  /** Accurate bounce rate: `true` (15 s), or after this many ms. @default true */
  accurateTrackBounce?: boolean | number | undefined;
  /** E-commerce data: `true` for `window.dataLayer`, or the name of the container array. @default false */
  ecommerce?: boolean | string | undefined;
  /**
   * Webvisor (session replay). When `true`, it is disclosed as its own service,
   * `yandex-webvisor`, which the visitor may refuse while keeping the statistics.
   * @default false
   */
  webvisor?: boolean | undefined;
  /** Where tag.js is served from: an http(s) URL or a path. @default "https://mc.yandex.ru/metrika/tag.js" */
  scriptUrl?: string | undefined;
  /** CSP nonce for the script Consentry adds. The script-tag build passes its own. */
  nonce?: string | undefined;
}

export interface GatingConfig {
  /**
   * What a withdrawal does, since running third-party code cannot be unloaded: `ask` fires
   * `consentry:reload-suggested` (the widget offers a Reload button), `always` reloads, `never` nothing more.
   * @default "ask"
   */
  reloadOnWithdraw?: 'ask' | 'always' | 'never' | undefined;
  /** Watch for blocked scripts and iframes added after start-up (GTM, CMS widgets, SPAs). @default true */
  observe?: boolean | undefined;
  /** Texts of a blocked iframe's placeholder; `{name}` is the provider. Default: shipped in en, ru, hi. */
  texts?: { [K in import('../gate/gating-options').EmbedTextKey]?: LocalizedText | undefined } | undefined;
}

/** Text overrides for one language, by name (the names of `src/ui/i18n/en.ts` and `dialog-en.ts`, and `reopen`). */
export type UiTexts = { [K in import('../ui/i18n/messages').MessageKey]?: string | undefined };

export interface UiConfig {
  /** `bar` (bottom, full width), `box` (corner; a bottom sheet on phones) or `modal` (blocking; Reject all stays on the first layer). @default "bar" */
  layout?: 'bar' | 'box' | 'modal' | undefined;
  /** `auto` follows `prefers-color-scheme`. @default "auto" */
  theme?: 'auto' | 'light' | 'dark' | undefined;
  /** A small button on every page that reopens the settings, or `false`. @default false */
  floatingButton?: false | 'bottom-left' | 'bottom-right' | undefined;
  /** Text overrides by language: `{ "ru": { "acceptAll": "Принять всё" } }`. @default {} */
  texts?: Record<string, UiTexts> | undefined;
  /** A language menu for `language.available`. Default: `true` when more than one. */
  languageSwitch?: boolean | undefined;
  /** Where the script-tag build fetches its chunks: the URL of `consentry.js` or of its folder ending in `/` (http(s) or a path). Default: where `consentry.js` was loaded from. */
  chunkBase?: string | undefined;
}

/** Where a decision was made. */
export type Layer = 'banner' | 'preferences' | 'api' | 'signal';

/** What a decision did. `under_age`: the visitor said they are under `policy.minimumAge`; everything optional refused. */
export type RecordAction = 'accept_all' | 'reject_all' | 'custom' | 'withdraw' | 'gpc' | 'under_age';

export interface ConsentState {
  /** The visitor has made a current, valid choice for this policy revision. */
  readonly decided: boolean;
  /** Every configured category: `true` granted, `false` refused or not asked yet. `necessary` is always `true`. */
  readonly categories: Readonly<Record<string, boolean>>;
  /** Every configured service: granted when its category is and the visitor did not refuse it. */
  readonly services: Readonly<Record<string, boolean>>;
  /** Random, pseudonymous id of this browser's consent; `null` before the first decision. */
  readonly consentId: string | null;
  /** Policy revision the stored choice was made for, `null` before the first decision. */
  readonly revision: string | null;
  /** When the choice was last changed (ms since epoch), `null` before the first decision. */
  readonly updatedAt: number | null;
  /** Global Privacy Control was present on this page. */
  readonly gpc: boolean;
}

/** Proof of one decision, as sent to `onRecord` and the endpoint. Schema: `record.schema.json`. */
export interface ConsentRecord {
  /** Schema version of this record. */
  schema: 1;
  /** Random id of this record; also the idempotency key. */
  recordId: string;
  /** Stable, pseudonymous id of this browser's consent. */
  consentId: string;
  /** 1, 2, 3… per consent id. */
  sequence: number;
  /** Client time, ISO 8601 UTC. */
  timestamp: string;
  action: RecordAction;
  layer: Layer;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  policy: { revision: string; url: string };
  library: { name: 'consentry'; version: string };
  bannerVersion: string;
  locale: string;
  /** Page origin: scheme, host and port, never a path or query. */
  origin: string;
  /** Global Privacy Control was present when the decision was made. */
  gpc: boolean;
  /** Under `152-fz`: SHA-256 (hex) of the consent document's text in `locale`, as `consentDocument()` makes it: which text was agreed to. */
  consentText?: string;
  /** The registered Consent Manager the choice came through (DPDP s.6(7)-(9)), as the site passed it. */
  consentManager?: string;
}

export interface ChangeEvent {
  state: ConsentState;
  previous: ConsentState;
  /** `null` when the change came from another tab or from the stored choice expiring. */
  action: RecordAction | null;
}

export interface ConsentEvents {
  /** The state changed: a decision here, in another tab, or a stored choice that expired. */
  change: (event: ChangeEvent) => void;
  /** A consent record was made. */
  record: (record: ConsentRecord) => void;
  /** Someone asked for the preferences dialog (`showPreferences()`); the UI listens. */
  show: () => void;
}

export interface DecisionOptions {
  /** Where the decision was made. Default `api`. */
  layer?: Layer | undefined;
  /** The choice came through this registered Consent Manager (DPDP): its reference, `[A-Za-z0-9._:/-]{1,128}`, written into the record. */
  consentManager?: string | undefined;
  /**
   * The language the choice was shown in: `consent.locale` (the default), or `'en'` when shown in
   * English instead, as the widget shows a language whose `ui.texts` are not all given. Written
   * into the record (under `152-fz`, the consent document's language). The widget passes the
   * language of the banner or settings the visitor decided in.
   */
  locale?: string | undefined;
}

export interface RejectOptions extends DecisionOptions {
  /** The visitor said they are under `policy.minimumAge`: recorded as `under_age`. Not verifiable parental consent. */
  underAge?: boolean | undefined;
}

export interface SetOptions extends DecisionOptions {
  /** Per-service choices inside granted categories; unnamed services follow their category. */
  services?: Record<string, boolean> | undefined;
}

/** A plugin: an integration or the gate, started with the instance. */
export interface ConsentPlugin {
  readonly name: string;
  /**
   * Services this plugin brings, so categories can list them: facts only (country, cookies,
   * storage), or a whole {@link ServiceConfig} when the plugin also brings the visitor's texts.
   */
  readonly services?: Record<string, ServiceFacts | ServiceConfig> | undefined;
  /**
   * An integration's options (`google()`, `yandexMetrica()`), which the config's checker checks
   * with the config under the rules of `config.integrations[key]`, before any plugin starts: a
   * browser that has checked this config and these options before does not again. `checked`
   * hears the findings (none: valid) before `setup`, or `undefined` when the config itself is
   * wrong (or could not be checked): no `setup` comes, and the integration fails closed.
   */
  readonly integration?: { readonly key: IntegrationKey; readonly options: unknown; checked(findings?: readonly import('./spec').Finding[] | undefined): void } | undefined;
  /**
   * Called once, synchronously, when the instance starts with a valid config (at once, or once
   * its checker has run: see `Consent.ready`), after the stored choice is read and before any
   * event. Return a teardown for `destroy()`.
   */
  setup(consent: Consent): void | (() => void);
}

/** The integrations a config (or a plugin) can turn on. */
export type IntegrationKey = keyof IntegrationsConfig;

/** Non-serialisable options, for npm users. */
export interface ConsentOptions {
  /** Called with every record. A rejected promise or a throw means 'not delivered yet': it is retried later. */
  onRecord?: ((record: ConsentRecord) => void | boolean | Promise<unknown>) | undefined;
  /** Integrations and the gate. */
  plugins?: readonly ConsentPlugin[] | undefined;
  /** Where the choice is kept. Default: the consent cookie. */
  store?: import('../storage/store').ChoiceStore | undefined;
  /** Where undelivered records wait. Default: localStorage, else memory. */
  outbox?: import('../storage/store').OutboxStore | undefined;
  /** Clock, for tests. Default `Date.now`. */
  now?: (() => number) | undefined;
  /** Environment, for tests. Default: the real browser, or nothing in Node. Each entry given replaces the real one (`undefined` too). */
  env?: Partial<import('./environment').Environment> | undefined;
}

/** One problem found in the config. */
export interface ConfigIssue {
  /** Where, as a path: `categories.analytics.services[0]`. */
  path: string;
  /** What was found, as JSON. */
  value: string;
  /** What was expected. */
  expected: string;
}

export interface Consent {
  /**
   * `false` once the config is found invalid: everything optional stays refused and actions do
   * nothing. A config this browser has not checked is checked first (a lazy chunk), so `ok` can be
   * `true` until then: read it after `await consent.ready`, which is `false` for an invalid config.
   */
  readonly ok: boolean;
  /**
   * Problems found in the config (empty when `ok`). `ok` is `false` as soon as the config is
   * found invalid; the issues follow a moment later with their words, which only a wrong config
   * downloads (npm: a lazy chunk; script tag: the `messages` chunk), as does the console's error.
   * `validateConfig()` has them at once, for a site's own tests.
   */
  readonly issues: readonly ConfigIssue[];
  /** The validated config with defaults applied: `null` when invalid, and until it is checked (see `ready`). */
  readonly config: import('./resolved-config').ResolvedConfig | null;
  /**
   * Settles once the config is checked and the instance has started (`true`) or failed closed
   * (`false`). `createConsent` starts at once from a config this browser has checked before;
   * else its checker is a lazy chunk and, until it has run (a moment), nothing optional is allowed.
   * A listener or `when()` added at once hears about a stored grant either way.
   */
  readonly ready: Promise<boolean>;
  /** Current state; re-reads the cookie, so a choice made in another tab is seen. */
  readonly state: ConsentState;
  /** The visitor's language, one of `language.available`, written into records of decisions that name none (`DecisionOptions.locale`: the widget names the language it showed); `'en'` for one the widget has no texts in (not shipped, none in `ui.texts`), which it shows in English. Known once the instance has started (`ready`): `'en'` before. */
  readonly locale: string;
  /** `true` when the category (or `necessary`) is granted. Unknown names are `false`, warned of once each once the instance has started. */
  allowed(category: string): boolean;
  /** `true` when the service is granted. Unknown names are `false`, warned of once each once the instance has started. */
  allowedService(service: string): boolean;
  /**
   * Grant every optional category. Like every decision it is stored, recorded and applied at
   * once when the decisions part is here (npm; a script-tag page that showed the banner or the
   * dialog), else as soon as it arrives: the promise settles then, and never rejects.
   */
  acceptAll(options?: DecisionOptions): Promise<void>;
  /** Refuse every optional category; `{ underAge: true }` records that the visitor said they are under age. */
  rejectAll(options?: RejectOptions): Promise<void>;
  /** Grant or refuse categories; categories not named keep their current value. Names the config lacks are warned of and ignored; naming only those (and no services) stores nothing. */
  set(categories: Record<string, boolean>, options?: SetOptions): Promise<void>;
  /** Back to everything refused, recorded as a withdrawal. */
  withdraw(options?: DecisionOptions): Promise<void>;
  /** Change the visitor's language (written into later records). */
  setLocale(locale: string): void;
  on<E extends keyof ConsentEvents>(event: E, listener: ConsentEvents[E]): () => void;
  /** Run `fn` now if the category is granted, else once when it is. Returns a cancel function. */
  when(category: string, fn: () => void): () => void;
  /** Try to deliver queued records now. Resolves when this attempt is over. */
  flush(): Promise<void>;
  /** Ask for the preferences dialog: emits `show`, which the widget (or your own UI) answers. */
  showPreferences(): void;
  /** Stop listening, tear down plugins. The stored choice stays. */
  destroy(): void;
}
