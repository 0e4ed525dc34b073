/**
 * The contract between whoever loads the widget (the script-tag boot file, or `mountUi` for
 * npm) and the widget's parts. The loader owns the ways back (links, the floating button,
 * `showPreferences()`) and fetches parts when a view is asked for; each part renders one view.
 * Keep this small: the script-tag side of it is in the file every page downloads.
 */
import type { Consent } from '../core/types';

export type View = 'banner' | 'preferences' | 'reload';

/** What the loader gives a view. */
export interface UiHost {
  /** A started instance: `config` is set and valid. */
  readonly consent: Consent;
  /** Show another view (the banner's Settings opens the preferences; focus returns to `opener` after). */
  open(view: View, opener: HTMLElement | null): void;
  /** The banner is on screen or gone: the floating button hides meanwhile. */
  bannerShown(shown: boolean): void;
  /** The texts part for a language (`texts-en`…), fetched once; for a language switch. */
  texts<T>(lang: string): Promise<T>;
}

/** A view part: `banner` (the first layer, and the reload notice) or `dialog` (the preferences). */
export interface ViewPart {
  /** Shows the view; `texts` is the visitor's language's texts part, already here. */
  show(host: UiHost, view: View, texts: unknown, opener: HTMLElement | null): void;
}
