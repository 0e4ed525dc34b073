import type { Logger } from '../core/log';
import type { MessageKey } from './i18n/messages';
import type { UiOptions } from './options';

/**
 * The names of the widget's texts, which `ui.texts` may override, without their words (the
 * checker need not download every language). Exactly the keys of `i18n/en.ts` and
 * `i18n/dialog-en.ts`: a name missing here, or unknown there, fails compilation below.
 */
export const TEXT_NAMES = [
  'bannerTitle', 'listPair', 'listLast', 'article', 'quote', 'intro', 'introNecessaryOnly', 'optional', 'whoElse',
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

type Missing = Exclude<MessageKey, (typeof TEXT_NAMES)[number]>;
/** Fails to compile while a text has no name above. */
export const TEXT_NAMES_COMPLETE: [Missing] extends [never] ? true : Missing = true;

/**
 * Reports text overrides whose name the widget does not know (a typo would
 * otherwise be silently ignored) and drops them.
 */
export function checkTextKeys(texts: UiOptions['texts'], log: Logger): UiOptions['texts'] {
  const known: readonly string[] = TEXT_NAMES;
  const out: Record<string, Record<string, string>> = {};
  for (const [lang, entries] of Object.entries(texts)) {
    out[lang] = {};
    for (const [name, text] of Object.entries(entries)) {
      if (known.includes(name)) out[lang]![name] = text as string;
      else log.error(`config.ui.texts.${lang}.${name}: got ${JSON.stringify(text)}; expected a known text name, such as "acceptAll", "rejectAll" or "bannerTitle" (all names: README, "The widget"). Ignored.`);
    }
  }
  return out;
}
