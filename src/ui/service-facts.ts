/**
 * What the dialog discloses about one service: company, purpose, country with a
 * cross-border note, cookies with their lifetimes, browser storage, the provider's
 * policy. Pure, like the summary, so it is tested without a DOM.
 */
import { pickText } from '../core/localized';
import type { ResolvedConfig, ResolvedService } from '../core/resolved-config';
import type { Messages } from './i18n';
import { countryName } from './i18n/intl';
import { isAbroad } from './summary';
import { serviceDisclosure } from '../integrations/disclosures';

export interface ServiceFacts {
  key: string;
  title: string;
  rows: Array<{ label: string; value: string }>;
  cookies: Array<{ name: string; lifetime: string; purpose: string | undefined }>;
  storage: string[];
  /** Set when the company processes data outside the operator's country. */
  crossBorder: string | undefined;
  policyUrl: string | undefined;
}

export function serviceFacts(resolved: ResolvedService, config: ResolvedConfig, lang: string, t: Messages): ServiceFacts {
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, lang, config.language.default);
  const service = { ...serviceDisclosure(resolved)!, key: resolved.key, storage: resolved.storage };
  return {
    key: service.key,
    title: text(service.title),
    rows: [
      { label: t.provider, value: text(service.provider) },
      { label: t.purpose, value: text(service.purpose) },
      { label: t.country, value: countryName(service.country, lang) },
    ],
    cookies: (service.cookies ?? []).map((c) => ({
      name: c.name,
      lifetime: /^session$/i.test(text(c.lifetime)) ? t.session : text(c.lifetime),
      purpose: c.purpose ? text(c.purpose) : undefined,
    })),
    storage: service.storage,
    crossBorder: isAbroad(config, service.country) ? t.crossBorderNote : undefined,
    policyUrl: service.policyUrl,
  };
}
