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

/**
 * The names of the widget's texts, which `ui.texts` may override: the checker knows the names
 * without shipping the words. They must be exactly the keys of `src/ui/i18n/en.ts` and
 * `dialog-en.ts`: a name missing here or unknown there fails compilation.
 */
export const TEXT_NAMES = [
  'bannerTitle', 'listPair', 'listLast', 'article', 'quote', 'intro', 'introNecessaryOnly', 'optional', 'necessary', 'whoElse',
  'crossBorderConsent', 'crossBorderAlways', 'change', 'withdrawAnyTime', 'complainLine', 'contactLine', 'minimumAge',
  'gpcNotice', 'notStated', 'policyLink', 'acceptAll', 'rejectAll', 'settings', 'closeBanner', 'language', 'reloadText',
  'reload', 'dismiss', 'reopen',
  'dialogTitle', 'dialogIntro', 'currentChoice', 'alwaysOn', 'details', 'provider', 'purpose', 'country', 'cookies',
  'browserStorage', 'session', 'crossBorderNote', 'providerPolicy', 'saveChoices', 'close', 'stop', 'summaryHeading',
  'operatorLabel', 'contactLabel', 'dataLabel', 'purposesLabel', 'purposeNeeded', 'purposeNeedsConsent', 'purposeUses',
  'retentionLabel', 'recipientsLabel', 'recipientLine', 'recipientIfAllowed', 'noRecipients', 'rightsLabel',
  'right_access', 'right_correct', 'right_delete', 'right_withdraw', 'right_object', 'right_restrict', 'right_portability',
  'right_complain', 'right_nominate', 'withdrawLabel', 'withdrawHere', 'complaintLabel', 'ageLabel', 'fullPolicy',
  'registration', 'address', 'person',
] as const satisfies readonly MessageKey[];

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
