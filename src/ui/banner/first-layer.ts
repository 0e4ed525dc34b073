/**
 * The first layer, as sentences: who asks, for what (the optional categories, in a few words),
 * what is always on and why, that none of the rest runs without a yes, who else receives data
 * if you agree, how to change your mind, the policy, and exactly the lines the site's laws put
 * on the first layer (laws/*.ts: 152-FZ's cross-border warning and its consent document; DPDP's
 * withdrawal and two-step complaint) and what the config asks for (the age limit and its
 * "I am under" path, GPC). The links and buttons come last (labels, not sentences: the banner
 * puts a dot between them). Everything itemised is the dialog's. Pure: unit-tested against the
 * demo sites' configs, and small, since it ships with the banner.
 */
import { packsOf } from '../../core/laws';
import type { LawLine } from '../../core/laws';
import { isNotStated } from '../../core/not-stated';
import type { ResolvedConfig } from '../../core/resolved-config';
import type { BannerTexts } from '../i18n/en';
import { countryName, joinList } from '../i18n/intl';
import { lowerFirst, textIn, urlText, withArticle } from '../config-text';
import { thirdParties } from '../../core/third-parties';
import type { ThirdParty } from '../../core/third-parties';

export interface FirstLayerInput {
  config: ResolvedConfig;
  /** The language the texts are in. */
  lang: string;
  t: BannerTexts;
  countries: Readonly<Record<string, string>>;
  providers: Readonly<Record<string, string>>;
  /** Global Privacy Control is in force on this page. */
  gpc: boolean;
  /** The page's URL (`document.baseURI`), which a relative contact URL is shown resolved against. */
  base: string;
}

export interface Line {
  id: string;
  text: string;
  /** Drawn so it stands out (152-FZ asks for a clear cross-border warning). */
  warn?: boolean;
  /** A link: the policy, or the consent document the site publishes. */
  href?: string;
  /** A button the banner wires (`consent`: the document in the settings; `under-age`: refuse as under age). */
  action?: 'consent' | 'under-age';
}

export function firstLayer({ config, lang, t, countries, providers, gpc, base }: FirstLayerInput): Line[] {
  const text = textIn(config, lang);
  const policy = config.policy;
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
  const list = (items: string[]) => joinList(items, t);
  const optional = config.categories.filter((c) => !c.necessary);
  const lines: Line[] = [];
  const line = (id: string, template: string, values: Record<string, string | number> = {}, more?: Omit<Line, 'id' | 'text'>) => lines.push({ id, text: fill(template, values), ...more });
  const law = new Set<LawLine>(packsOf(policy.laws).flatMap((p) => p.firstLayer));
  // A company is named with its country where that tells the visitor something: abroad, or not stated.
  const named = (parties: ThirdParty[], always?: boolean) =>
    list(parties.map((p) => (always || p.abroad || p.country === 'ZZ' ? `${p.name} (${countryName(p.country, lang, countries, t.notStated)})` : p.name)));

  line('intro', optional.length ? t.intro : t.introNecessaryOnly, { operator: text(policy.operator.name) });
  if (optional.length) {
    // What runs without asking is said, and why (GUIDE §3: "necessary" shown as always on and explained).
    const necessary = config.categories[0]!;
    line('necessary', t.necessary, { title: text(necessary.title), description: lowerFirst(text(necessary.description), lang) });
    line('optional', t.optional, { categories: list(optional.map((c) => lowerFirst(text(c.title), lang))) });
  }

  const parties = thirdParties(config, text, (key) => {
    const own = config.services[key]!.disclosure;
    return own ? text(own.provider) : (providers[key.split('-')[0]!] ?? key);
  });
  // 152-FZ art. 12: a transfer abroad needs its own informed consent, so it is said where consent is given.
  const warnAbroad = law.has('cross-border');
  const ifAgreed = parties.filter((p) => p.categories && !(warnAbroad && p.abroad));
  if (ifAgreed.length) line('recipients', t.whoElse, { recipients: named(ifAgreed) });
  if (warnAbroad) {
    const abroad = parties.filter((p) => p.abroad);
    const gated = abroad.filter((p) => p.categories);
    const always = abroad.filter((p) => !p.categories);
    if (gated.length) line('cross-border', t.crossBorderConsent, { recipients: named(gated, true) }, { warn: true });
    if (always.length) line('cross-border-always', t.crossBorderAlways, { recipients: named(always, true) }, { warn: true });
  }

  // An age limit "to agree", and a consent to withdraw, only where something is asked.
  const asks = optional.length > 0;
  const age = asks && policy.minimumAge;
  if (age) line('age', t.minimumAge, { age });
  if (gpc) {
    const refused = config.categories.filter((c) => config.gpc.categories.includes(c.key)).map((c) => fill(t.quote, { x: text(c.title) }));
    if (refused.length) line('gpc', t.gpcNotice, { categories: list(refused) });
  }
  // DPDP Rules 2025 r.3(c): the notice itself says how to withdraw (as easily as consenting) and
  // how to complain: to the operator's grievance redressal first, then the Board (s.13(3)).
  const withdraw = asks && law.has('withdraw');
  line(withdraw ? 'withdraw' : 'change', withdraw ? t.withdrawAnyTime : t.change);
  if (law.has('complain') && policy.complaint) {
    const g = policy.grievance ?? policy.contact;
    const officer = policy.grievance && !isNotStated(policy.grievance.officer) ? text(policy.grievance.officer) : '';
    const contact = [officer, g.email, g.phone, g.url && urlText(g.url, base)].filter(Boolean).join(', ');
    line('complain', t.complainLine, { contact, authority: withArticle(text(policy.complaint.authority), t.article) });
  }
  line('policy', t.policyLink, {}, { href: policy.url });
  // 152-FZ Art. 9 (156-FZ): the consent is a document of its own, linked as its own item.
  if (law.has('consent') && asks) {
    const url = policy.consentUrl?.replace('{lang}', lang);
    line('consent', t.consentLink, {}, url ? { href: url } : { action: 'consent' });
  }
  // DPDP s.9: a child's consent is a parent's, which a click cannot verify; this only refuses.
  // With the links: labels, not sentences, so they go last, one after another.
  if (age) line('under-age', t.underAge, { age }, { action: 'under-age' });
  return lines;
}
