import { LOCALE_EVENT } from '../core/locale-event';
import type { Consent } from '../core/types';

/**
 * The instance as the facade hands the page's calls to it: a language the page switches to
 * (`window.consentry.setLocale`) is said to the views on screen (the banner drawn before the core
 * came, the placeholders) when it changed, so they do not contradict the records. The widget's
 * own switches say it themselves. Here, in the core's chunk, not in the boot file every page loads.
 */
export function pageLocale(consent: Consent): Consent {
  return Object.create(consent, {
    setLocale: {
      value(tag: string) {
        const was = consent.locale;
        consent.setLocale(tag);
        if (consent.locale !== was) window.dispatchEvent(new Event(LOCALE_EVENT));
      },
    },
  }) as Consent;
}
