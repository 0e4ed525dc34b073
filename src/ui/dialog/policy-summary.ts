/**
 * The dialog's 'About your data': everything a notice must say, itemised (operator, contact,
 * data, purposes with their data and whether they need consent, retention, recipients, rights,
 * withdrawal, complaint, age). Pure, so each customer's summary is unit-tested; shipped with
 * the dialog only. A config's own sentences (retention, withdrawal, a purpose's description)
 * stand as they are written; names and lists go into whole per-language templates.
 */
import type { ResolvedConfig } from '../../core/resolved-config';
import { isNotStated } from '../../core/not-stated';
import type { ContactConfig, LocalizedText, NotStated } from '../../core/types';
import type { ServiceTexts } from '../../integrations/disclosures';
import { lowerFirst, textIn, trimStop, urlText } from '../config-text';
import type { BannerTexts } from '../i18n/en';
import type { DialogTexts } from '../i18n/dialog-en';
import { countryName, joinList } from '../i18n/intl';
import type { Part } from '../parts';
import { fill, joinParts } from '../parts';
import { thirdParties } from '../../core/third-parties';

export interface DialogInput {
  config: ResolvedConfig;
  lang: string;
  t: BannerTexts;
  d: DialogTexts;
  countries: Readonly<Record<string, string>>;
  providers: Readonly<Record<string, string>>;
  /** The built-in integrations' services in this language. */
  services: Readonly<Record<string, ServiceTexts>>;
  /** The Global Privacy Control categories that are off now (intro.ts `gpcOff`): its section names them. */
  gpc: readonly string[];
  /** The page's URL (`document.baseURI`), which a relative contact URL is shown resolved against. */
  base: string;
}

export interface Item {
  id: string;
  parts: Part[];
  warn?: boolean;
}

export interface Section {
  id: string;
  heading: string;
  items: Item[];
}

export function policySummary(input: DialogInput): Section[] {
  const { config, t, d, lang } = input;
  const text = textIn(config, lang);
  const policy = config.policy;
  const country = (code: string) => countryName(code, lang, input.countries, t.notStated);
  const quoted = (value: LocalizedText) => t.quote.replace('{x}', text(value));
  // What the policy does not state is said so, with what it says instead.
  const stated = (value: LocalizedText | NotStated) => (isNotStated(value) ? [d.notInPolicy, ...(value.note ? [text(value.note)] : [])].join(' ') : text(value));
  const sections: Section[] = [];
  const section = (id: string, heading: string, items: Item[]) => {
    if (items.length) sections.push({ id, heading, items });
  };
  const item = (id: string, parts: Part[] | string, warn?: boolean): Item => ({ id, parts: typeof parts === 'string' ? [parts] : parts, ...(warn ? { warn } : {}) });
  // On an opt-out site (the US pack) an optional category runs until the visitor turns it off,
  // except what Global Privacy Control keeps off: that one, as on an opt-in site, only if allowed.
  const runs = (key: string) => config.optOut && !input.gpc.includes(key);
  const dataName = (id: string) => {
    const found = policy.data.find((x) => x.id === id);
    return found ? lowerFirst(text(found.name), lang) : '';
  };

  const op = policy.operator;
  section('operator', d.operatorLabel, [
    item('name', `${text(op.name)} (${country(op.country)})`),
    ...(op.address ? [item('address', fill(d.address, { address: stated(op.address) }))] : []),
    ...(op.registration ? [item('registration', fill(d.registration, { registration: text(op.registration) }))] : []),
  ]);
  const contact = policy.contact;
  section('contact', d.contactLabel, [
    ...contactLinks(contact, input.base).map((parts, i) => item(`contact-${i}`, parts)),
    ...(contact.person ? [item('person', fill(d.person, { person: text(contact.person) }))] : []),
    ...(contact.address ? [item('postal', fill(d.address, { address: text(contact.address) }))] : []),
  ]);
  section('data', d.dataLabel, policy.data.map((x) => item(x.id, text(x.name))));
  section(
    'purposes',
    d.purposesLabel,
    policy.purposes
      .filter((p) => config.categories.some((c) => c.key === p.category))
      .map((p) => {
        const category = config.categories.find((c) => c.key === p.category)!;
        const sentences = [
          `${trimStop(text(p.title))}${d.stop}`,
          category.necessary ? d.purposeNeeded : (runs(category.key) ? d.purposeUnlessOff : d.purposeNeedsConsent).replace('{category}', quoted(category.title)),
        ];
        const data = (p.data ?? []).map(dataName).filter(Boolean);
        if (data.length) sentences.push(d.purposeUses.replace('{data}', joinList(data, t)));
        if (p.description) sentences.push(text(p.description));
        return item(p.id, sentences.join(' '));
      }),
  );
  section('retention', d.retentionLabel, [item('retention', text(policy.retention))]);
  const provider = (key: string) => {
    const own = config.services[key]!.disclosure;
    return own ? text(own.provider) : (input.providers[key.split('-')[0]!] ?? key);
  };
  const parties = thirdParties(config, text, provider);
  section(
    'recipients',
    d.recipientsLabel,
    parties.length
      ? parties.map((p, i) => {
          // A company behind services is there for those services, by name (matched as thirdParties merges names).
          const services = (keys: readonly string[]) => joinList(keys.filter((key) => provider(key).trim().toLowerCase() === p.name.trim().toLowerCase()).map((key) => serviceTitle(config, key, input.services, text)), t);
          const values = { name: p.name, country: country(p.country) };
          // On an opt-out site it receives data unless the visitor turns off every one of its
          // categories that runs (those GPC keeps off only send data once allowed).
          const on = (p.categories ?? []).filter((c) => runs(c.key));
          const categories = on.length ? on : (p.categories ?? []);
          // Services in two categories: allowing either one sends data to the company, so each is
          // a condition, with the services it brings (not the first category alone).
          const either = categories.map((c) => `${quoted(c.title)} (${services(c.services)})`);
          const parts =
            categories.length > 1
              ? fill(on.length ? d.recipientUnlessAllOff : d.recipientIfAllowedAny, { ...values, rest: either.slice(0, -1).join(', '), last: either[either.length - 1]! })
              : categories[0]
                ? fill(on.length ? d.recipientUnlessOff : d.recipientIfAllowed, { ...values, category: quoted(categories[0].title), purpose: services(categories[0].services) })
                : // A recipient's purpose is the policy's sentence.
                  fill(d.recipientLine, { ...values, purpose: p.purpose ? lowerFirst(trimStop(text(p.purpose)), lang) : services(Object.keys(config.services)) });
          return item(`recipient-${i}`, parts, p.abroad);
        })
      : [item('none', d.noRecipients)],
  );
  section('rights', d.rightsLabel, policy.rights.map((r) => item(r, d[`right_${r}`])));
  section('withdraw', d.withdrawLabel, [item('here', d.withdrawHere.replace('{rejectAll}', t.quote.replace('{x}', t.rejectAll))), item('policy', text(policy.withdrawal))]);
  if (policy.complaint) {
    const name = text(policy.complaint.authority);
    const authority: Part[] = [policy.complaint.url ? { text: name, href: policy.complaint.url } : name];
    const g = policy.grievance;
    // DPDP s.13(3): the operator's grievance redressal first, then the Board.
    section('complaint', d.complaintLabel, [
      ...(g ? [item('grievance', [`${d.grievance} `, ...joinParts(contactLinks(g, input.base))]), item('officer', fill(d.grievanceOfficer, { officer: stated(g.officer) }))] : []),
      item('authority', g ? fill(d.complaintThen, { authority }) : authority),
    ]);
  }
  if (policy.minimumAge) section('age', d.ageLabel, [item('age', t.minimumAge.replace('{age}', String(policy.minimumAge)))]);
  if (input.gpc.length) {
    const refused = config.categories.filter((c) => input.gpc.includes(c.key)).map((c) => quoted(c.title));
    if (refused.length) sections.unshift({ id: 'gpc', heading: 'Global Privacy Control', items: [item('gpc', t.gpcNotice.replace('{categories}', joinList(refused, t)))] });
  }
  return sections;
}

/** A service's name: the site's words, else the built-in integration's in this language. */
export function serviceTitle(config: ResolvedConfig, key: string, builtIn: Readonly<Record<string, ServiceTexts>>, text: (value: LocalizedText) => string): string {
  const own = config.services[key]?.disclosure;
  return own ? text(own.title) : (builtIn[key]?.title ?? key);
}

function contactLinks(contact: ContactConfig, base: string): Part[][] {
  const parts: Part[][] = [];
  if (contact.email) parts.push([{ text: contact.email, href: `mailto:${contact.email}` }]);
  if (contact.phone) parts.push([{ text: contact.phone, href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` }]);
  if (contact.url) parts.push([{ text: urlText(contact.url, base), href: contact.url }]);
  return parts;
}
