/**
 * The preferences dialog's texts in English (the `dialog-texts-en` part, fetched only when a
 * visitor opens the settings). The first layer's texts ({@link BannerTexts}) come with them.
 * Sentences are whole templates; config values fill names and lists, and a config's own
 * sentences stand as paragraphs of their own, never after a colon.
 */
export const d = {
  dialogTitle: 'Privacy settings',
  dialogIntro: 'Choose what you allow. Everything optional stays off until you turn it on.',
  /** On an opt-out site (the US pack), where it runs until the visitor opts out. */
  dialogIntroOptOut: 'Choose what you allow. Everything optional is on until you turn it off.',
  /** The same, under Global Privacy Control, which turned {categories} off (the first layer's `gpcNotice`). */
  dialogIntroGpc: 'Choose what you allow. Your browser sent a Global Privacy Control signal, so we keep {categories} off. Everything else optional is on until you turn it off.',
  currentChoice: 'Your current choice was saved on {date}.',
  alwaysOn: 'Always on',
  details: 'Details',
  provider: 'Company',
  purpose: 'Purpose',
  country: 'Country',
  cookies: 'Cookies',
  browserStorage: 'Stored in your browser',
  session: 'until you close the browser',
  crossBorderNote: 'Cross-border transfer: this company processes data in another country.',
  providerPolicy: 'Their privacy policy',
  saveChoices: 'Save choices',
  close: 'Close',
  stop: '.',

  summaryHeading: 'About your data',
  operatorLabel: 'Who we are',
  contactLabel: 'How to reach us',
  dataLabel: 'What we collect',
  purposesLabel: 'Why we use it',
  purposeNeeded: 'Does not depend on your choice here.',
  purposeNeedsConsent: 'Only if you allow {category}.',
  /** On an opt-out site (the US pack): the category runs until the visitor turns it off. */
  purposeUnlessOff: 'On unless you turn off {category}.',
  purposeUses: 'Data: {data}.',
  retentionLabel: 'How long we keep it',
  recipientsLabel: 'Who else receives it',
  recipientLine: '{name} ({country}): {purpose}.',
  recipientIfAllowed: '{name} ({country}), only if you allow {category}: {purpose}.',
  // A company behind services in several categories, any of which sends it data: each of {rest}
  // (all but the last, joined by commas) and {last} is a category with its services, "“Analytics” (Yandex Metrica)".
  recipientIfAllowedAny: '{name} ({country}), only if you allow {rest} or {last}.',
  /** On an opt-out site: the company receives data until the visitor turns off its category, or every one of them. */
  recipientUnlessOff: '{name} ({country}), unless you turn off {category}: {purpose}.',
  recipientUnlessAllOff: '{name} ({country}), unless you turn off {rest} and {last}.',
  noRecipients: 'No one else.',
  rightsLabel: 'Your rights',
  right_access: 'See the data we hold about you',
  right_correct: 'Have wrong data corrected',
  right_delete: 'Have your data deleted',
  right_withdraw: 'Withdraw your consent at any time',
  right_object: 'Object to how we use your data',
  right_restrict: 'Ask us to limit how we use your data',
  right_portability: 'Get your data in a file you can take elsewhere',
  right_complain: 'Complain to the data protection authority',
  right_nominate: 'Name someone to act for you if you die or cannot act yourself',
  withdrawLabel: 'How to withdraw consent',
  withdrawHere: 'Press {rejectAll} in these settings at any time.',
  complaintLabel: 'Where to complain',
  ageLabel: 'Age limit',
  fullPolicy: 'Read the full privacy policy',
  registration: 'Registration: {registration}',
  address: 'Address: {address}',
  person: 'Contact person: {person}',
  notInPolicy: 'Not stated in the policy.',
  grievance: 'First to us:',
  grievanceOfficer: 'Grievance officer: {officer}',
  complaintThen: 'Then, if that does not resolve it: {authority}.',
};

/** The shape every language's dialog texts must have: exactly the English keys. */
export type DialogTexts = { readonly [K in keyof typeof d]: string };

export { services } from '../../integrations/disclosures-en';
