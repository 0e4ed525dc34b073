
/**
 * The first layer's texts in English: what the banner and the notices (choices link, reload offer) show, and all a
 * first visit downloads in one language (the `texts-en` part). The dialog's texts are apart
 * (`dialog-en.ts`). The other languages are typed as {@link BannerTexts}, so a missing key fails
 * the type check. `{name}` is a value from the config: a name or a list, never a sentence
 * fragment, so each language builds its own sentence around it.
 */
export const t = {
  bannerTitle: 'Cookies and your data',
  listPair: '{a} and {b}',
  listLast: '{rest}, and {last}',
  /** Put before a name in running text ("the Data Protection Board of India"); see `article`. */
  article: 'the ',
  quote: '“{x}”',
  intro: '{operator} uses cookies and similar technologies.',
  introNecessaryOnly: '{operator} uses only the cookies the site needs to work.',
  necessary: '{title} (always on): {description}',
  optional: 'Only with your consent: {categories}.',
  whoElse: 'If you agree, data also goes to {recipients}.',
  crossBorderConsent: 'If you agree, data also goes abroad (a cross-border transfer): {recipients}.',
  crossBorderAlways: 'Your data is also sent abroad (a cross-border transfer): {recipients}.',
  change: 'Change your choice any time in the cookie settings.',
  withdrawAnyTime: 'Withdraw any time in the cookie settings, just as easily.',
  complainLine: 'Complaints: to us first ({contact}), then to {authority}.',
  minimumAge: 'You must be {age} or older to agree.',
  underAge: 'I’m under {age}',
  gpcNotice: 'Your browser sent a Global Privacy Control signal, so we keep {categories} off.',
  notStated: 'country not stated',
  policyLink: 'Privacy policy',
  consentLink: 'Consent to data processing',
  privacyChoices: 'Your Privacy Choices',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',
  closeBanner: 'Close without choosing',
  language: 'Language',
  reloadText: 'Your choice is saved. Reload the page so it takes full effect.',
  reload: 'Reload page',
  dismiss: 'Dismiss',
};

/** The shape every language's first-layer texts must have: exactly the English keys. */
export type BannerTexts = { readonly [K in keyof typeof t]: string };

export const lang = 'en';

/** Country names the summaries use most (Google's, Yandex's, India's); others come from Intl.DisplayNames (see intl.ts). */
export const countries: Record<string, string> = {
  US: 'United States', RU: 'Russia', IN: 'India',
};

/** The companies behind the built-in integrations, by the first word of their services' keys (`google-analytics`). */
export const providers: Record<string, string> = { google: 'Google LLC', yandex: 'Yandex LLC' };
