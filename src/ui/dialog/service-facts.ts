/**
 * What the dialog discloses about one service: company, purpose, country with a cross-border
 * note, cookies with their lifetimes, browser storage, the provider's policy. The site's own
 * words, else the built-in integration's in this language. Pure, tested without a DOM.
 */
import { crossesBorder } from '../../core/not-stated';
import type { ResolvedConfig, ResolvedService } from '../../core/resolved-config';
import type { ServiceTexts } from '../../integrations/disclosures';
import { POLICY_URLS } from '../../integrations/disclosures';
import { textIn } from '../config-text';
import type { DialogTexts } from '../i18n/dialog-en';
import type { BannerTexts } from '../i18n/en';
import { countryName } from '../i18n/intl';

export interface ServiceFacts {
  key: string;
  title: string;
  rows: Array<{ label: string; value: string }>;
  cookies: Array<{ name: string; lifetime: string; purpose: string | undefined }>;
  storage: readonly string[];
  /** Set when the company processes data in a known country other than the operator's, itself known. */
  crossBorder: string | undefined;
  policyUrl: string | undefined;
}

export interface FactsTexts {
  t: BannerTexts;
  d: DialogTexts;
  countries: Readonly<Record<string, string>>;
  providers: Readonly<Record<string, string>>;
  services: Readonly<Record<string, ServiceTexts>>;
}

export function serviceFacts(service: ResolvedService, config: ResolvedConfig, lang: string, texts: FactsTexts): ServiceFacts {
  const text = textIn(config, lang);
  const { t, d } = texts;
  const own = service.disclosure;
  const builtIn = texts.services[service.key];
  const title = own ? text(own.title) : (builtIn?.title ?? service.key);
  const cookies = own
    ? (own.cookies ?? []).map((c) => ({ name: c.name, lifetime: text(c.lifetime), purpose: c.purpose ? text(c.purpose) : undefined }))
    : (builtIn?.cookies ?? []).map(([name, lifetime, purpose]) => ({ name, lifetime, purpose }));
  const home = config.policy.operator.country.toUpperCase();
  const where = service.country.toUpperCase();
  return {
    key: service.key,
    title,
    rows: [
      { label: d.provider, value: own ? text(own.provider) : (texts.providers[service.key.split('-')[0]!] ?? '') },
      { label: d.purpose, value: own ? text(own.purpose) : (builtIn?.purpose ?? '') },
      { label: d.country, value: countryName(where, lang, texts.countries, t.notStated) },
    ].filter((row) => row.value),
    cookies: cookies.map((c) => ({ ...c, lifetime: /^session$/i.test(c.lifetime) ? d.session : c.lifetime })),
    storage: service.storage,
    crossBorder: crossesBorder(home, where) ? d.crossBorderNote : undefined,
    policyUrl: own ? own.policyUrl : builtIn && POLICY_URLS[service.key.split('-')[0]!],
  };
}
