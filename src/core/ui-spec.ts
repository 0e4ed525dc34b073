/**
 * The rules of `config.ui`, part of the config's: the headless core checks them with the rest
 * (a wrong value fails the whole config closed), without the widget's code or words.
 */
import { CHUNK_BASE, LANG_TAG } from './patterns';
import type { Assert, Same } from './spec';
import { BOOL, keysOf, map, obj, oneOf, opt, str } from './spec';
import type { UiConfig } from './types';
import type { MessageKey } from '../ui/i18n/messages';

export const LAYOUTS = ['bar', 'box', 'modal'] as const satisfies readonly NonNullable<UiConfig['layout']>[];
export const THEMES = ['auto', 'light', 'dark'] as const satisfies readonly NonNullable<UiConfig['theme']>[];
export const FLOATING_POSITIONS = ['bottom-left', 'bottom-right'] as const;

/** The words of a text split at `D`, as a union of their literal types. */
type Split<S extends string, D extends string, Found = never> = S extends `${infer W}${D}${infer Rest}` ? Split<Rest, D, Found | W> : Found | S;

/**
 * The names of the widget's texts, which `ui.texts` may override: the checker knows the names
 * without shipping the words. They must be exactly the keys of `src/ui/i18n/en.ts` and
 * `dialog-en.ts`: a name missing here or unknown there fails compilation. One string split at
 * its spaces (its type is those words, so the check holds; each `\` ends a source line, not a
 * word): every first visit downloads the checker, and a list of 88 quoted strings is longer.
 */
const NAMES = 'bannerTitle listPair listLast article quote intro introNecessaryOnly necessary optional whoElse \
crossBorderConsent crossBorderAlways change withdrawAnyTime complainLine minimumAge underAge \
gpcNotice notStated policyLink consentLink privacyChoices acceptAll rejectAll settings closeBanner language reloadText \
reload dismiss reopen \
dialogTitle dialogIntro dialogIntroOptOut dialogIntroGpc currentChoice alwaysOn details provider purpose country cookies \
browserStorage session crossBorderNote providerPolicy saveChoices close stop summaryHeading \
operatorLabel contactLabel dataLabel purposesLabel purposeNeeded purposeNeedsConsent purposeUnlessOff purposeUses \
retentionLabel recipientsLabel recipientLine recipientIfAllowed recipientIfAllowedAny recipientUnlessOff recipientUnlessAllOff \
noRecipients rightsLabel \
right_access right_correct right_delete right_withdraw right_object right_restrict right_portability \
right_complain right_nominate withdrawLabel withdrawHere complaintLabel ageLabel fullPolicy \
registration address person notInPolicy grievance grievanceOfficer complaintThen';
export const TEXT_NAMES = NAMES.split(' ') as Array<Split<typeof NAMES, ' '>>;

export type TextNamesComplete = Assert<Same<(typeof TEXT_NAMES)[number], MessageKey>>;

export const UI_SPEC = obj({
  layout: opt(oneOf(LAYOUTS)),
  theme: opt(oneOf(THEMES)),
  floatingButton: opt(oneOf([false, ...FLOATING_POSITIONS], 'floating')),
  texts: opt(map(str(LANG_TAG, 'textKey'), keysOf(TEXT_NAMES, str(), { code: 'textsObj', unknown: 'textName' }), { code: 'uiTexts' })),
  languageSwitch: opt(BOOL),
  // The chunks run as code: never a `data:` or `javascript:` URL.
  chunkBase: opt(str(CHUNK_BASE, 'chunkBase')),
});
