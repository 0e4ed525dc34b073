/**
 * The consent document's words in English (see build.ts). The other languages are typed as
 * {@link ConsentTexts}, so a missing key fails compilation. Config values fill names and lists
 * after a label or a colon, never inside a sentence that would need them inflected. Country
 * names come from this table only, never from the browser's Intl data: the text is hashed, and
 * must read the same in every browser and on the site's server.
 */
export const texts = {
  title: 'Consent to the processing of personal data',
  intro:
    'I freely, of my own will and in my own interest, consent to the processing of my personal data on the terms below, separately for each purpose I allow on the site: with “Accept all”, or with “Save choices” in the cookie settings. Purposes that do not depend on this choice are described in the privacy policy.',
  quote: '“{x}”',
  operator: 'Operator',
  address: 'Address: {x}.',
  noAddress: 'The privacy policy does not state the operator’s address.',
  registration: 'Registration: {x}.',
  purposes: 'Purposes and personal data (consent is given for each purpose separately)',
  purpose: '{title} (category {category}). Personal data: {data}.',
  noData: 'not listed',
  notStated: 'country not stated',
  actions: 'What is done with the personal data',
  actionList: 'Actions: {x}.',
  noActions: 'The privacy policy does not list the actions performed with the personal data.',
  methods: 'Methods: {x}.',
  noMethods: 'The privacy policy does not describe the methods of processing.',
  recipients: 'Who receives the personal data',
  recipient: '{name} ({country}), for category {category}.',
  recipientAlways: '{name} ({country}), whatever I choose on the site.',
  recipientAlwaysFor: '{name} ({country}), whatever I choose on the site: {purpose}.',
  noRecipients: 'No one outside the operator.',
  crossBorder: 'Cross-border transfer',
  abroad: 'Yes: {x}.',
  notAbroad: 'No.',
  unknownCountry: 'The country is not stated for: {x}.',
  noCountry: 'The privacy policy does not state the operator’s country, so whether the personal data goes abroad cannot be said.',
  term: 'How long this consent lasts',
  noTerm: 'The privacy policy does not state how long this consent lasts.',
  withdraw: 'How to withdraw this consent',
  withdrawHere: 'At any time, with “Reject all” in the cookie settings on the site: the withdrawal takes effect at once. Also:',
  policy: 'Privacy policy',
  policyLine: '{url}, revision {revision}.',
  collection: 'collection',
  recording: 'recording',
  systematisation: 'systematisation',
  accumulation: 'accumulation',
  storage: 'storage',
  clarification: 'clarification (updating, changing)',
  extraction: 'extraction',
  use: 'use',
  transfer: 'transfer (distribution, provision, access)',
  depersonalisation: 'depersonalisation',
  blocking: 'blocking',
  deletion: 'deletion',
  destruction: 'destruction',
};

export type ConsentTexts = { readonly [K in keyof typeof texts]: string };

export const countries: Readonly<Record<string, string>> = {
  RU: 'Russia', US: 'United States', IN: 'India', DE: 'Germany', NL: 'Netherlands', IE: 'Ireland', FI: 'Finland', GB: 'United Kingdom', FR: 'France', KZ: 'Kazakhstan', BY: 'Belarus', CN: 'China', SG: 'Singapore',
};

/** The companies behind the built-in integrations, by the first word of their services' keys. */
export const providers: Readonly<Record<string, string>> = { google: 'Google LLC', yandex: 'Yandex LLC' };
