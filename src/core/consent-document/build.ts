/**
 * The consent to processing as a document of its own (152-FZ Art. 9 as amended by 156-FZ, in
 * force 1 Sep 2025): separate from the policy, naming the operator and its address, each purpose
 * the visitor is asked about with its data, what is done with the data and how, who receives it
 * and whether it crosses a border, how long the consent lasts and how to withdraw it. Built from
 * the config alone, so the site's server (`consentDocument()`), the dialog and the record's hash
 * all read the same text. What the policy does not state is said so, never invented.
 */
import { pickText } from '../localized';
import { isNotStated, NOT_STATED_COUNTRY } from '../not-stated';
import type { ResolvedConfig } from '../resolved-config';
import { thirdParties } from '../third-parties';
import type { ThirdParty } from '../third-parties';
import type { LocalizedText, NotStated } from '../types';
import type { DocWords } from './words';

export interface DocSection {
  heading: string;
  lines: string[];
  /** The lines are items of a list. */
  list?: true;
}

export interface ConsentDoc {
  lang: string;
  title: string;
  intro: string;
  sections: DocSection[];
}

/** The builder bound to one language's words: what the dialog of a 152-FZ site is given. */
export interface DocumentBuilder {
  buildConsentDocument(config: ResolvedConfig, lang: string): ConsentDoc;
}

/**
 * The document in `lang`, in `words` (one language's, see words.ts: English for a language not
 * shipped), with the config's own texts in `lang`.
 */
export function buildConsentDocument(config: ResolvedConfig, lang: string, words: DocWords): ConsentDoc {
  const { texts: t, countries, providers } = words;
  const policy = config.policy;
  const text = (value: LocalizedText) => pickText(value, lang, config.language.default);
  const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k]!);
  // A config text often ends with a full stop (or a danda), and a template adds its own.
  const x = (value: LocalizedText) => text(value).replace(/[.।]\s*$/, '');
  const said = (value: LocalizedText | NotStated | undefined, missing: string, template = '{x}') =>
    isNotStated(value) ? [missing, ...(value.note ? [text(value.note)] : [])] : value ? [fill(template, { x: x(value) })] : [missing];
  const quoted = (value: LocalizedText) => fill(t.quote, { x: text(value) });
  const country = (code: string) => (code === NOT_STATED_COUNTRY ? t.notStated : (countries[code] ?? code));
  const optional = config.categories.filter((c) => !c.necessary);
  const dataName = (id: string) => x(policy.data.find((d) => d.id === id)!.name);

  const op = policy.operator;
  const processing = policy.processing;
  const actions = processing?.actions;
  // Whom the first layer and the dialog name (third-parties.ts): the policy's own recipients and the
  // companies behind necessary services too, or the document would call a transfer abroad "No".
  const parties = thirdParties(config, text, (key) => {
    const own = config.services[key]!.disclosure;
    return own ? text(own.provider) : (providers[key.split('-')[0]!] ?? key);
  });
  const recipients = parties.flatMap((p) => {
    const values = { name: p.name, country: country(p.country) };
    // One line for each category that sends data to it; none: whatever the visitor chooses.
    if (p.categories) return p.categories.map((c) => fill(t.recipient, { ...values, category: quoted(c.title) }));
    return [p.purpose ? fill(t.recipientAlwaysFor, { ...values, purpose: x(p.purpose) }) : fill(t.recipientAlways, values)];
  });
  const abroad = parties.filter((p) => p.abroad);
  const unknown = parties.filter((p) => p.country === NOT_STATED_COUNTRY);
  const names = (list: ThirdParty[]) => list.map((p) => (p.country === NOT_STATED_COUNTRY ? p.name : `${p.name} (${country(p.country)})`)).join('; ');

  return {
    lang,
    title: t.title,
    intro: t.intro,
    sections: [
      { heading: t.operator, lines: [text(op.name), ...said(op.address, t.noAddress, t.address), ...(op.registration ? [fill(t.registration, { x: x(op.registration) })] : [])] },
      {
        heading: t.purposes,
        list: true,
        lines: policy.purposes
          .filter((p) => optional.some((c) => c.key === p.category))
          .map((p) =>
            fill(t.purpose, {
              title: x(p.title),
              category: quoted(optional.find((c) => c.key === p.category)!.title),
              data: p.data?.length ? p.data.map(dataName).join('; ') : t.noData,
            }),
          ),
      },
      {
        heading: t.actions,
        lines: [
          ...(!actions || isNotStated(actions) ? said(actions, t.noActions) : [fill(t.actionList, { x: actions.map((a) => t[a]).join(', ') })]),
          ...(processing?.methods ? said(processing.methods, t.noMethods, t.methods) : []),
        ],
      },
      { heading: t.recipients, list: true, lines: recipients.length ? recipients : [t.noRecipients] },
      {
        heading: t.crossBorder,
        // Without the operator's country, neither "yes" nor "no" is known (the checker warns).
        lines:
          op.country === NOT_STATED_COUNTRY && parties.length
            ? [t.noCountry]
            : [...(abroad.length ? [fill(t.abroad, { x: names(abroad) })] : unknown.length ? [] : [t.notAbroad]), ...(unknown.length ? [fill(t.unknownCountry, { x: names(unknown) })] : [])],
      },
      { heading: t.term, lines: said(policy.consentTerm, t.noTerm) },
      { heading: t.withdraw, lines: [t.withdrawHere, text(policy.withdrawal)] },
      // The URL as the config writes it, a path too: resolved against the page, the hashed text
      // would differ by page origin, and the server publishing it (`consentDocument()`) could not
      // reproduce a record's text. A site wanting its address here writes it absolute (README).
      { heading: t.policy, lines: [fill(t.policyLine, { url: policy.url, revision: policy.revision })] },
    ],
  };
}
