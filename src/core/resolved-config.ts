import type { CategoryConfig, ConsentryConfig, CookieConfig, PolicyConfig, Right, ServiceConfig } from './types';

export interface ResolvedCategory extends CategoryConfig {
  key: string;
  /** `necessary` only: always granted, never asked. */
  necessary: boolean;
  services: readonly string[];
}

/**
 * What the core knows of a service: enough to gate it and clean up after it. The texts a
 * visitor reads about it are the site's (`disclosure`, from `config.services`) or, for the
 * built-in integrations, ship with the widget's texts in each language.
 */
export interface ResolvedService {
  key: string;
  /** The category that lists it. */
  category: string;
  /** ISO 3166-1 alpha-2 country where it processes data. */
  country: string;
  /** Cookie names or `*` patterns it sets: erased when it is refused. */
  cookies: string[];
  /** localStorage/sessionStorage keys or `*` patterns: cleared when it is refused. */
  storage: readonly string[];
  /** The site's own description of it (`config.services[key]`), when the site wrote one. */
  disclosure: ServiceConfig | undefined;
}

/** The config after validation, with every default filled in. */
export interface ResolvedConfig {
  policy: PolicyConfig & { recipients: NonNullable<PolicyConfig['recipients']>; rights: readonly Right[] };
  /** In display order; `necessary` first. */
  categories: ResolvedCategory[];
  services: Record<string, ResolvedService>;
  // Each with its default: `-?` and NonNullable, since under exactOptionalPropertyTypes Required<>
  // keeps the `| undefined` the config's keys take.
  cookie: { [K in Exclude<keyof CookieConfig, 'domain' | 'secure'>]-?: NonNullable<CookieConfig[K]> } & { domain: string | undefined; secure: boolean | undefined };
  language: { default: string; available: readonly string[]; force: string | undefined };
  records: { endpoint: string | undefined; maxQueued: number };
  gpc: { honour: boolean; categories: string[] };
  bannerVersion: string;
  /**
   * The US opt-out model (every law of the policy is opt-out: `ccpa` alone): optional categories
   * count as granted until the visitor opts out, except those Global Privacy Control refuses.
   */
  optOut: boolean;
  /**
   * A law asks for the consent as a document of its own (152-FZ): records carry its hash, the
   * dialog shows it. Only such a site fetches the document's code (the `consent-document` part).
   */
  consentDocument: boolean;
  integrations: NonNullable<ConsentryConfig['integrations']>;
  gating: NonNullable<ConsentryConfig['gating']>;
  ui: NonNullable<ConsentryConfig['ui']>;
  /** The config as given. */
  source: ConsentryConfig;
}
