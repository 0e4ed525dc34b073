/**
 * The contract between whoever loads the widget (the script tag's core, or `mountUi` for
 * npm) and the widget's parts. The loader owns the ways back (links, the floating button,
 * `showPreferences()`) and fetches parts when a view is asked for; each part renders one view.
 * Keep this small: the script-tag side of it is in the file every page downloads.
 */
import type { DocumentBuilder } from '../core/consent-document/build';
import type { Say } from '../core/messages';
import type { Consent } from '../core/types';

export type View = 'banner' | 'preferences' | 'reload';

/** What the loader gives a view. */
export interface UiHost {
  /** A started instance: `config` is set and valid. */
  readonly consent: Consent;
  /** Tells the console (a text override dropped: i18n/pack.ts), its words fetched only then. */
  readonly say: Say;
  /** Show another view (the banner's Settings opens the preferences; focus returns to `opener` after). */
  open(view: View, opener: HTMLElement | null): void;
  /** The banner is on screen or gone: the floating button hides meanwhile. */
  bannerShown(shown: boolean): void;
  /**
   * A pointer or the focus reached the banner: a decision is near, so what it needs is fetched
   * now (the click then does not wait). Called again on each such event; fetches once, and a
   * failure is not asked again (a pointer crosses many elements). A click (`again`) asks again
   * for what failed. Resolves (never rejects) once that is here, truthy, or could not come:
   * the script tag's hosts then say why (if `again`) and resolve falsy, so the banner decides
   * nothing; `mountUi`'s resolves truthy, and the instance's own import() tries and says why.
   * The banner holds a choice until then, so a later click replaces it rather than queueing a
   * second decision behind a line that stalls.
   */
  reached(again?: 1): Promise<unknown>;
  /**
   * The widget's teardown (`mountUi().destroy()`, `consent.destroy()`) runs `undo`: a view still
   * showing takes back what it did outside its shadow root, and forgets it was shown, so the
   * next `mountUi` shows it anew.
   */
  ended(undo: () => void): void;
  /**
   * A language's texts, fetched once: the first layer's (`texts-<lang>`, a {@link BannerPack}),
   * or with `dialog` the dialog's (`dialog-texts-<lang>`, a {@link DialogPack}). A language
   * the widget does not ship gets English (the parts then use the site's own texts if complete).
   */
  texts<T>(lang: string, dialog?: boolean): Promise<T>;
  /**
   * The consent document's builder with the words of `lang`, fetched once (152-FZ sites only:
   * ask only when `config.consentDocument`).
   */
  document(lang: string): Promise<DocumentBuilder>;
}

/** A view part: `banner` (the first layer), `notices` (an opt-out site's choices link, the reload offer) or `dialog` (the preferences). */
export interface ViewPart {
  /**
   * Shows the view. `texts` is the visitor's language's first-layer pack, already here; the
   * dialog also gets its own pack, fetched in parallel.
   */
  show(host: UiHost, view: View, texts: unknown, opener: HTMLElement | null, dialogTexts?: unknown, docPart?: DocumentBuilder): void;
}

export type { BannerPack, DialogPack } from './i18n/pack';
