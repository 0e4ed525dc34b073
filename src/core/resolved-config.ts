import type {
  CategoryConfig,
  ConsentryConfig,
  CookieConfig,
  PolicyConfig,
  Right,
  ServiceConfig,
} from './types';

export interface ResolvedCategory extends CategoryConfig {
  key: string;
  /** `necessary` only: always granted, never asked. */
  necessary: boolean;
  services: string[];
}

export interface ResolvedService extends ServiceConfig {
  key: string;
  /** The category that lists it. */
  category: string;
  cookies: NonNullable<ServiceConfig['cookies']>;
  storage: string[];
}

/** The config after validation, with every default filled in. */
export interface ResolvedConfig {
  policy: PolicyConfig & { recipients: NonNullable<PolicyConfig['recipients']>; rights: Right[] };
  /** In display order; `necessary` first. */
  categories: ResolvedCategory[];
  services: Record<string, ResolvedService>;
  cookie: Required<Omit<CookieConfig, 'domain' | 'secure'>> & { domain: string | undefined; secure: boolean | undefined };
  language: { default: string; available: string[]; force: string | undefined };
  records: { endpoint: string | undefined; maxQueued: number };
  gpc: { honour: boolean; categories: string[] };
  bannerVersion: string;
  integrations: Record<string, unknown>;
  gating: Record<string, unknown>;
  ui: Record<string, unknown>;
  /** The config as given. */
  source: ConsentryConfig;
}
