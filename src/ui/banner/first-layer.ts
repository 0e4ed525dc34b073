/**
 * The first layer, as sentences: who asks, for what (the optional categories, in a few words),
 * that none of it runs without a yes, who else receives data if you agree, how to change your
 * mind, and exactly the lines the site's law puts on the first layer (152-FZ: the cross-border
 * warning; DPDP: withdrawal, complaint to the Board, contact, age; GPC); that essential cookies
 * are always on (in one word why: the 70-word budget of issue 10). Everything itemised
 * (data per purpose, recipients, retention, rights) is the dialog's. Pure: unit-tested
 * against the demo sites' configs, and small, since it ships with the banner.
 */
import type { ResolvedConfig } from '../../core/resolved-config';
import type { BannerTexts } from '../i18n/en';
import { countryName, joinList } from '../i18n/intl';
import { lowerFirst, textIn, withArticle } from '../config-text';
import { thirdParties } from '../third-parties';
import type { ThirdParty } from '../third-parties';

export interface FirstLayerInput {
  config: ResolvedConfig;
  /** The language the texts are in. */
  lang: string;
  t: BannerTexts;
  countries: Readonly<Record<string, string>>;
  providers: Readonly<Record<string, string>>;
  /** Global Privacy Control is in force on this page. */
  gpc: boolean;
}

export interface Line {
  id: string;
  text: string;
  /** Drawn so it stands out (152-FZ asks for a clear cross-border warning). */
  warn?: boolean;
}

export function firstLayer({ config, lang, t, countries, providers, gpc }: FirstLayerInput): Line[] {
  const text = textIn(config, lang);
  const policy = config.policy;
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
  const list = (items: string[]) => joinList(items, t);
  const optional = config.categories.filter((c) => !c.necessary);
  const lines: Line[] = [];
  const line = (id: string, template: string, values: Record<string, string | number> = {}, warn?: boolean) => lines.push({ id, text: fill(template, values), ...(warn ? { warn } : {}) });
  // A company is named with its country where that tells the visitor something: abroad, or not stated.
  const named = (parties: ThirdParty[], always?: boolean) =>
    list(parties.map((p) => (always || p.abroad || p.country === 'ZZ' ? `${p.name} (${countryName(p.country, lang, countries, t.notStated)})` : p.name)));

  line('intro', optional.length ? t.intro : t.introNecessaryOnly, { operator: text(policy.operator.name) });
  if (optional.length) {
    line('optional', t.optional, { categories: list(optional.map((c) => lowerFirst(text(c.title), lang))) });
    // GUIDE §3: 'necessary' shown as always on and explained on the first layer, not only in the dialog.
    line('necessary', t.necessary);
  }

  const parties = thirdParties(config, text, (key) => {
    const own = config.services[key]!.disclosure;
    return own ? text(own.provider) : (providers[key.split('-')[0]!] ?? key);
  });
  // 152-FZ art. 12: a transfer abroad needs its own informed consent, so it is said where consent is given.
  const warnAbroad = policy.laws.includes('152-fz');
  const ifAgreed = parties.filter((p) => p.category && !(warnAbroad && p.abroad));
  if (ifAgreed.length) line('recipients', t.whoElse, { recipients: named(ifAgreed) });
  if (warnAbroad) {
    const abroad = parties.filter((p) => p.abroad);
    const gated = abroad.filter((p) => p.category);
    const always = abroad.filter((p) => !p.category);
    if (gated.length) line('cross-border', t.crossBorderConsent, { recipients: named(gated, true) }, true);
    if (always.length) line('cross-border-always', t.crossBorderAlways, { recipients: named(always, true) }, true);
  }

  if (policy.minimumAge) line('age', t.minimumAge, { age: policy.minimumAge });
  if (gpc) {
    const refused = config.categories.filter((c) => config.gpc.categories.includes(c.key)).map((c) => fill(t.quote, { x: text(c.title) }));
    if (refused.length) line('gpc', t.gpcNotice, { categories: list(refused) });
  }
  if (policy.laws.includes('dpdp')) {
    // DPDP Rules 2025, r.3: the notice itself says how to withdraw, how to complain (to the
    // operator first, then the Board: DPDP s.13(3)) and whom to ask.
    line('withdraw', t.withdrawAnyTime);
    if (policy.complaint) line('complain', t.complainLine, { authority: withArticle(text(policy.complaint.authority), t.article) });
    const c = policy.contact;
    const contact = [c.email, c.phone, c.url?.replace(/^https?:\/\//, '')].filter((x): x is string => !!x);
    if (contact.length) line('contact', t.contactLine, { contact: contact.join(', ') });
  } else line('change', t.change);
  return lines;
}
