/**
 * The policy, summarised for visitors: the banner's short version (first layer)
 * and the dialog's 'About your data' section. Pure functions of the resolved
 * config, so every customer's banner is configuration only and each summary is
 * unit-tested against seed-like policies.
 */
import { pickText } from '../core/localized';
import type { ResolvedConfig } from '../core/resolved-config';
import type { ContactConfig, LocalizedText } from '../core/types';
import type { Messages, MessageKey } from './i18n';
import { countryName, joinList } from './i18n/intl';
import type { Link, Part } from './parts';
import { fill, joinParts } from './parts';
import { serviceDisclosure } from '../integrations/disclosures';

export interface SummaryInput {
  config: ResolvedConfig;
  /** The language the texts are shown in. */
  lang: string;
  messages: Messages;
  /** Global Privacy Control is in force on this page. */
  gpc: boolean;
}

export interface Line {
  id: string;
  parts: Part[];
  /** Drawn so it stands out (152-FZ asks for a clear cross-border warning). */
  warning?: boolean;
}

export interface BannerSummary {
  intro: string;
  /** The optional purposes, each with the data it uses. */
  purposes: string[];
  lines: Line[];
  policy: Link;
}

export interface Section {
  id: string;
  heading: string;
  items: Line[];
}

/** Someone outside the operator who receives data. */
export interface ThirdParty {
  name: string;
  country: string;
  purpose: string;
  /** Receives data only with the visitor's consent (a service in an optional category). */
  needsConsent: boolean;
  /** In another country than the operator. */
  abroad: boolean;
}

export function bannerSummary(input: SummaryInput): BannerSummary {
  const { config, messages: t, lang } = input;
  const text = textIn(input);
  const policy = config.policy;
  const operator = text(policy.operator.name);
  const dataName = dataNames(input);

  const purposes = policy.purposes
    .filter((p) => p.category !== 'necessary' && config.categories.some((c) => c.key === p.category))
    .map((p) => {
      const data = (p.data ?? []).map(dataName).filter(Boolean);
      return data.length ? fillText(t.purposeWithData, { purpose: text(p.title), data: joinList(data, t) }) : text(p.title);
    });
  const hasOptional = config.categories.some((c) => !c.necessary);

  const lines: Line[] = [];
  const parties = thirdParties(input);
  const named = (list: ThirdParty[]) => joinList(list.map((p) => `${p.name} (${countryName(p.country, lang)})`), t);
  const always = parties.filter((p) => !p.needsConsent);
  const ifAgreed = parties.filter((p) => p.needsConsent);
  if (always.length) lines.push({ id: 'recipients', parts: fill(t.sharedWith, { recipients: named(always) }) });
  if (ifAgreed.length) lines.push({ id: 'recipients-if-agreed', parts: fill(t.sharedIfAgree, { recipients: named(ifAgreed) }) });
  const abroad = parties.filter((p) => p.abroad);
  if (abroad.length) {
    // 152-FZ art. 12: a transfer abroad needs its own, informed consent, so say it where consent is given.
    const template = policy.laws.includes('152-fz') ? t.crossBorderConsent : t.crossBorder;
    lines.push({ id: 'cross-border', parts: fill(template, { recipients: named(abroad) }), warning: true });
  }
  lines.push({ id: 'retention', parts: fill(t.retentionLine, { retention: trimStop(text(policy.retention)) }) });
  if (policy.minimumAge) lines.push({ id: 'age', parts: fill(t.minimumAge, { age: policy.minimumAge }) });
  const gpcLine = gpcNotice(input);
  if (gpcLine) lines.push(gpcLine);
  if (policy.laws.includes('dpdp')) {
    // DPDP Rules 2025, r.3: the notice itself says how to withdraw, how to complain to the Board, and whom to ask.
    lines.push({ id: 'withdraw', parts: fill(t.withdrawLine, { withdrawal: text(policy.withdrawal) }) });
    if (policy.complaint) lines.push({ id: 'complain', parts: fill(t.complainLine, { authority: [authorityLink(input)] }) });
    const contact = contactParts(policy.contact, text);
    if (contact.length) lines.push({ id: 'contact', parts: fill(t.contactLine, { contact: joinParts(contact) }) });
  }
  lines.push({ id: 'change', parts: [t.changeAnyTime] });

  return {
    intro: fillText(hasOptional ? t.bannerIntro : t.bannerIntroNecessaryOnly, { operator }),
    purposes,
    lines,
    policy: { text: t.policyLink, href: policy.url },
  };
}

/** The dialog's 'About your data': everything a notice must say, itemised. */
export function policySummary(input: SummaryInput): Section[] {
  const { config, messages: t, lang } = input;
  const text = textIn(input);
  const policy = config.policy;
  const dataName = dataNames(input);
  const sections: Section[] = [];
  const section = (id: string, heading: MessageKey, items: Line[]) => {
    if (items.length) sections.push({ id, heading: t[heading], items });
  };
  const line = (id: string, parts: Part[] | string): Line => ({ id, parts: typeof parts === 'string' ? [parts] : parts });

  const op = policy.operator;
  section('operator', 'operatorLabel', [
    line('name', `${text(op.name)} (${countryName(op.country, lang)})`),
    ...(op.address ? [line('address', fill(t.address, { address: text(op.address) }))] : []),
    ...(op.registration ? [line('registration', fill(t.registration, { registration: text(op.registration) }))] : []),
  ]);
  const contact = policy.contact;
  section('contact', 'contactLabel', [
    ...contactParts(contact, text).map((parts, i) => line(`contact-${i}`, parts)),
    ...(contact.person ? [line('person', fill(t.person, { person: text(contact.person) }))] : []),
    ...(contact.address ? [line('postal', fill(t.address, { address: text(contact.address) }))] : []),
  ]);
  section('data', 'dataLabel', policy.data.map((d) => line(d.id, text(d.name))));
  section(
    'purposes',
    'purposesLabel',
    policy.purposes
      .filter((p) => p.category === 'necessary' || config.categories.some((c) => c.key === p.category))
      .map((p) => {
        const category = config.categories.find((c) => c.key === p.category);
        const basis = !category || category.necessary ? t.purposeNeeded : fillText(t.purposeNeedsConsent, { category: text(category.title) });
        const data = (p.data ?? []).map(dataName).filter(Boolean);
        const bits = [basis, ...(data.length ? [fillText(t.purposeUses, { data: joinList(data, t) })] : [])];
        const description = p.description ? ` ${text(p.description)}` : '';
        return line(p.id, `${text(p.title)} (${bits.join('; ')}).${description}`);
      }),
  );
  section('retention', 'retentionLabel', [line('retention', text(policy.retention))]);
  const parties = thirdParties(input);
  section(
    'recipients',
    'recipientsLabel',
    parties.length
      ? parties.map((p, i) => ({
          id: `recipient-${i}`,
          parts: fill(t.recipientLine, { name: p.name, country: countryName(p.country, lang), purpose: trimStop(p.purpose) }),
          ...(p.abroad ? { warning: true } : {}),
        }))
      : [line('none', t.noRecipients)],
  );
  section('rights', 'rightsLabel', policy.rights.map((r) => line(r, t[`right_${r}`])));
  section('withdraw', 'withdrawLabel', [line('here', fillText(t.withdrawHere, { rejectAll: t.rejectAll })), line('policy', text(policy.withdrawal))]);
  if (policy.complaint) section('complaint', 'complaintLabel', [line('authority', [authorityLink(input)])]);
  if (policy.minimumAge) section('age', 'ageLabel', [line('age', fillText(t.minimumAge, { age: policy.minimumAge }))]);
  const gpcLine = gpcNotice(input);
  if (gpcLine) sections.unshift({ id: 'gpc', heading: 'Global Privacy Control', items: [gpcLine] });
  return sections;
}

/** The policy's recipients and the companies behind configured services, without repeats. */
export function thirdParties(input: SummaryInput): ThirdParty[] {
  const { config } = input;
  const text = textIn(input);
  const home = config.policy.operator.country.toUpperCase();
  const out: ThirdParty[] = [];
  const add = (name: string, country: string, purpose: string, needsConsent: boolean) => {
    const existing = out.find((p) => p.name === name && p.country === country.toUpperCase());
    if (existing) {
      existing.needsConsent &&= needsConsent;
      return;
    }
    out.push({ name, country: country.toUpperCase(), purpose, needsConsent, abroad: country.toUpperCase() !== home });
  };
  for (const r of config.policy.recipients) add(text(r.name), r.country, text(r.purpose), false);
  for (const category of config.categories) {
    for (const key of category.services) {
      const service = config.services[key] && serviceDisclosure(config.services[key]);
      if (service) add(text(service.provider), service.country, text(service.purpose), !category.necessary);
    }
  }
  return out;
}

/** Whether a service processes data outside the operator's country (a cross-border transfer). */
export function isAbroad(config: ResolvedConfig, country: string): boolean {
  return country.toUpperCase() !== config.policy.operator.country.toUpperCase();
}

function gpcNotice(input: SummaryInput): Line | null {
  if (!input.gpc) return null;
  const text = textIn(input);
  const refused = input.config.categories.filter((c) => input.config.gpc.categories.includes(c.key)).map((c) => text(c.title));
  if (!refused.length) return null;
  return { id: 'gpc', parts: fill(input.messages.gpcNotice, { categories: joinList(refused, input.messages) }) };
}

function authorityLink(input: SummaryInput): Part {
  const complaint = input.config.policy.complaint!;
  const name = textIn(input)(complaint.authority);
  return complaint.url ? { text: name, href: complaint.url } : name;
}

function contactParts(contact: ContactConfig, text: (t: LocalizedText) => string): Part[][] {
  const parts: Part[][] = [];
  if (contact.email) parts.push([{ text: contact.email, href: `mailto:${contact.email}` }]);
  if (contact.phone) parts.push([{ text: contact.phone, href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` }]);
  if (contact.url) parts.push([{ text: contact.url.replace(/^https?:\/\//, ''), href: contact.url }]);
  if (!parts.length && contact.address) parts.push([text(contact.address)]);
  return parts;
}

function textIn(input: SummaryInput): (value: LocalizedText) => string {
  return (value) => pickText(value, input.lang, input.config.language.default);
}

function dataNames(input: SummaryInput): (id: string) => string {
  const text = textIn(input);
  return (id) => {
    const item = input.config.policy.data.find((d) => d.id === id);
    return item ? lowerFirst(text(item.name), input.lang) : '';
  };
}

function fillText(template: string, values: Record<string, string | number>): string {
  return fill(template, values).map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

/** "Pages visited" reads as "count visits: pages visited" inside a sentence; acronyms (IP) stay. */
function lowerFirst(value: string, lang: string): string {
  const [first = '', second = ''] = value;
  if (second && second === second.toLocaleUpperCase(lang) && second !== second.toLocaleLowerCase(lang)) return value;
  return first.toLocaleLowerCase(lang) + value.slice(1);
}

/** A policy text often ends with a full stop; the template adds its own. */
function trimStop(value: string): string {
  return value.replace(/[.।]\s*$/, '');
}
