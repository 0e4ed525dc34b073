import { REOPEN_LABEL } from './reopen-label';

/**
 * Every text the widget shows, in English. The other languages are typed as
 * {@link Messages}, so a key missing in `ru.ts` or `hi.ts` fails the type check.
 * `{name}` marks a value filled in from the config. Written for visitors: short
 * sentences, no legal jargon.
 */
export const en = {
  bannerLabel: 'Cookie consent',
  bannerTitle: 'Cookies and your data',
  bannerIntro: '{operator} uses cookies and similar tools. Some are needed for the site to work. We use the others only if you agree:',
  bannerIntroNecessaryOnly: '{operator} uses only the cookies the site needs to work.',
  purposeWithData: '{purpose}: {data}',
  sharedWith: 'We share data with {recipients}.',
  sharedIfAgree: 'If you agree, we also share data with {recipients}.',
  crossBorder: 'Some of them process data abroad: {recipients}.',
  crossBorderConsent: 'If you agree, your data will also be sent abroad (cross-border transfer): {recipients}.',
  retentionLine: 'How long we keep it: {retention}.',
  changeAnyTime: 'You can change or withdraw your choice at any time.',
  minimumAge: 'You must be {age} or older to agree. If you are younger, ask a parent or guardian.',
  gpcNotice: 'Your browser sent a Global Privacy Control signal. We respect it: {categories} stays off.',
  withdrawLine: 'To withdraw your consent later: {withdrawal}',
  complainLine: 'If you are not happy with how we handle your data, you can complain to {authority}.',
  contactLine: 'Questions: {contact}.',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',
  closeBanner: 'Close without choosing',
  close: 'Close',
  language: 'Language',

  dialogTitle: 'Privacy settings',
  dialogIntro: 'Choose what you allow. Everything optional stays off until you turn it on.',
  currentChoice: 'Your current choice was saved on {date}.',
  alwaysOn: 'Always on',
  necessaryNote: 'The site cannot work without these, so they cannot be turned off.',
  servicesHeading: 'Services ({count})',
  provider: 'Company',
  purpose: 'Purpose',
  country: 'Country',
  cookies: 'Cookies',
  browserStorage: 'Stored in your browser',
  session: 'until you close the browser',
  crossBorderNote: 'Cross-border transfer: this company processes data in another country.',
  providerPolicy: 'Their privacy policy',
  saveChoices: 'Save choices',

  summaryHeading: 'About your data',
  operatorLabel: 'Who we are',
  contactLabel: 'How to reach us',
  dataLabel: 'What we collect',
  purposesLabel: 'Why we use it',
  purposeNeeded: 'needed for the site to work',
  purposeNeedsConsent: 'only if you allow “{category}”',
  purposeUses: 'uses: {data}',
  retentionLabel: 'How long we keep it',
  recipientsLabel: 'Who else receives it',
  recipientLine: '{name} ({country}): {purpose}',
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
  withdrawHere: 'Press “{rejectAll}” in these settings at any time.',
  complaintLabel: 'Where to complain',
  ageLabel: 'Age limit',
  fullPolicy: 'Read the full privacy policy',
  registration: 'Registration: {registration}',
  address: 'Address: {address}',
  person: 'Contact person: {person}',

  reloadText: 'Your choice is saved. Reload the page so it takes full effect.',
  reload: 'Reload page',
  dismiss: 'Dismiss',
  reopen: REOPEN_LABEL.en,
};

/** The shape every language must have: exactly the English keys. */
export type Messages = { readonly [K in keyof typeof en]: string };
export type MessageKey = keyof Messages;
