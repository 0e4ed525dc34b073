/**
 * The public contract of Consentry: every config option with its default,
 * the consent state, the consent record and the instance API.
 * Internal types live next to the code that uses them.
 */

/** A visitor-facing text: one string, or one string per language (`{ en: '…', ru: '…' }`). */
export type LocalizedText = string | { readonly [lang: string]: string };

/** The law a policy is written under. Drives which notices the banner must show. */
export type Law = 'gdpr' | '152-fz' | 'dpdp' | 'ccpa';

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
  /** Registered address. */
  address?: LocalizedText;
  /** Registration numbers (OGRN, INN, CIN…), shown as given. */
  registration?: LocalizedText;
}

export interface ContactConfig {
  email?: string;
  phone?: string;
  /** A page with a contact form. */
  url?: string;
  /** Postal address for written requests (152-FZ withdrawals are often written). */
  address?: LocalizedText;
  /** Named person or office (DPO, grievance officer). */
  person?: LocalizedText;
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
  description?: LocalizedText;
  /** Ids from `policy.data` this purpose uses. */
  data?: string[];
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

export interface ComplaintConfig {
  /** The authority ("Data Protection Board of India", "Roskomnadzor"). */
  authority: LocalizedText;
  url?: string;
}

/** What the company's privacy policy says, summarised for visitors. */
export interface PolicyConfig {
  /** Bump it when the policy changes: every visitor is asked again. `[A-Za-z0-9._-]{1,40}`. */
  revision: string;
  /** Absolute or root-relative URL of the full policy. */
  url: string;
  /** Laws the policy is written under. */
  laws: Law[];
  operator: OperatorConfig;
  /** At least one way to reach the operator. */
  contact: ContactConfig;
  /** The data collected, itemised. */
  data: DataItemConfig[];
  /** Each purpose, with the data it uses and the category it needs. */
  purposes: PurposeConfig[];
  /** How long data is kept, as the policy says it. */
  retention: LocalizedText;
  /** Who else receives data, and in which country. Default `[]`. */
  recipients?: RecipientConfig[];
  /** The visitor's rights. Default `['access', 'correct', 'delete', 'withdraw']`. */
  rights?: Right[];
  /** How to withdraw consent outside the banner (email, written request). */
  withdrawal: LocalizedText;
  /** Where to complain. Required for `dpdp` (the Data Protection Board). */
  complaint?: ComplaintConfig;
  /** Minimum age to consent (DPDP: 18). */
  minimumAge?: number;
  /** A child-directed site: tracking categories are removed entirely (DPDP s.9). Default `false`. */
  childDirected?: boolean;
}

export interface CookieDisclosure {
  /** Cookie name or pattern with `*` (e.g. `_ga_*`). */
  name: string;
  /** Lifetime in plain words ("2 years", "session"). */
  lifetime: LocalizedText;
  purpose?: LocalizedText;
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
  /** Cookies it sets, disclosed and erased on withdrawal. Default `[]`. */
  cookies?: CookieDisclosure[];
  /** localStorage keys or prefixes with `*`, erased on withdrawal. Default `[]`. */
  storage?: string[];
  /** Privacy policy of the provider. */
  policyUrl?: string;
}

/**
 * What a plugin tells the core about a service it brings: enough to gate it and clean up
 * after it. The built-in integrations' texts for visitors ship with the widget's languages.
 */
export interface ServiceFacts {
  /** ISO 3166-1 alpha-2 country where data is processed. */
  country: string;
  /** Cookie names or `*` patterns it sets, erased on withdrawal. Default `[]`. */
  cookies?: string[];
  /** localStorage keys or prefixes with `*`, erased on withdrawal. Default `[]`. */
  storage?: string[];
}

export interface CategoryConfig {
  title: LocalizedText;
  description: LocalizedText;
  /** Keys of services in this category. Default `[]`. */
  services?: string[];
}

export interface CookieConfig {
  /** Default `consentry`. `[A-Za-z0-9_-]{1,64}`. */
  name?: string;
  /** Domain to share the choice across subdomains (e.g. `shop.test`). Default: the current host only. */
  domain?: string;
  /** Default `/`. */
  path?: string;
  /** How long a choice (grant or refusal) is kept. Default 182 days, at most 395 (13 months). */
  lifetimeDays?: number;
  /** Default `Lax`. */
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** Default: `true` on https pages. */
  secure?: boolean;
}

export interface LanguageConfig {
  /** Language used when nothing else matches. Default `en`. */
  default?: string;
  /** Languages the site offers its visitors. Default: `[default]`. */
  available?: string[];
  /** Always use this language (skips `<html lang>` and the browser's languages). */
  force?: string;
}

export interface RecordsConfig {
  /** URL of the consent-log receiver. Records are POSTed as JSON (`text/plain` to avoid a CORS preflight). */
  endpoint?: string;
  /** Outbox size limit; the oldest undelivered records are kept, the newest beyond it are dropped with an error. Default 50. */
  maxQueued?: number;
}

export interface GpcConfig {
  /** Honour `navigator.globalPrivacyControl` as an opt-out. Default `true`. */
  honour?: boolean;
  /** Categories GPC refuses. Default `['marketing']` (where configured). */
  categories?: string[];
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
  /** Services referenced by categories. Integrations add their own. Default `{}`. */
  services?: Record<string, ServiceConfig>;
  cookie?: CookieConfig;
  language?: LanguageConfig;
  records?: RecordsConfig;
  gpc?: GpcConfig;
  /** Version of this banner's texts or layout, written into every record. Default `1`. */
  bannerVersion?: string;
  /** Integration settings (Google, Yandex Metrica…), read and validated by the integrations. */
  integrations?: Record<string, unknown>;
  /** Settings of the declarative gate (blocked scripts, iframes, withdrawal clean-up), read and validated by the gate. */
  gating?: Record<string, unknown>;
  /** UI settings, read by the widget. */
  ui?: Record<string, unknown>;
}

/** Where a decision was made. */
export type Layer = 'banner' | 'preferences' | 'api' | 'signal';

/** What a decision did. */
export type RecordAction = 'accept_all' | 'reject_all' | 'custom' | 'withdraw' | 'gpc';

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
  layer?: Layer;
}

export interface SetOptions extends DecisionOptions {
  /** Per-service choices inside granted categories; unnamed services follow their category. */
  services?: Record<string, boolean>;
}

/** A plugin: an integration or the gate, started with the instance. */
export interface ConsentPlugin {
  readonly name: string;
  /**
   * Services this plugin brings, so categories can list them: facts only (country, cookies,
   * storage), or a whole {@link ServiceConfig} when the plugin also brings the visitor's texts.
   */
  readonly services?: Record<string, ServiceFacts | ServiceConfig>;
  /**
   * Called once, synchronously, while `createConsent` runs, after the stored choice
   * is read and before any event. Return a teardown for `destroy()`.
   */
  setup(consent: Consent): void | (() => void);
}

/** Non-serialisable options, for npm users. */
export interface ConsentOptions {
  /** Called with every record. A rejected promise or a throw means 'not delivered yet': it is retried later. */
  onRecord?: (record: ConsentRecord) => void | boolean | Promise<unknown>;
  /** Integrations and the gate. */
  plugins?: ConsentPlugin[];
  /** Where the choice is kept. Default: the consent cookie. */
  store?: import('../storage/store').ChoiceStore;
  /** Where undelivered records wait. Default: localStorage, else memory. */
  outbox?: import('../storage/store').OutboxStore;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
  /** Environment, for tests. Default: the real browser, or nothing in Node. */
  env?: Partial<import('./environment').Environment>;
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
  /** `false` when the config was invalid: everything optional stays refused and actions do nothing. */
  readonly ok: boolean;
  /** Problems found in the config (empty when `ok`). */
  readonly issues: readonly ConfigIssue[];
  /** The validated config with defaults applied (`null` when invalid). */
  readonly config: import('./resolved-config').ResolvedConfig | null;
  /** Current state; re-reads the cookie, so a choice made in another tab is seen. */
  readonly state: ConsentState;
  /** Language of the visitor's texts and records. */
  readonly locale: string;
  /** `true` when the category (or `necessary`) is granted. Unknown names are `false`. */
  allowed(category: string): boolean;
  /** `true` when the service is granted. Unknown names are `false`. */
  allowedService(service: string): boolean;
  /**
   * Grant every optional category. Like every decision it is stored, recorded and applied at
   * once when the decisions part is here (npm; a script-tag page that showed the banner or the
   * dialog), else as soon as it arrives: the promise settles then, and never rejects.
   */
  acceptAll(options?: DecisionOptions): Promise<void>;
  rejectAll(options?: DecisionOptions): Promise<void>;
  /** Grant or refuse categories; categories not named keep their current value. */
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
