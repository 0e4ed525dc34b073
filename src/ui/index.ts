/**
 * `consentry/ui`: the widget for npm users.
 *
 * ```ts
 * import { createConsent } from 'consentry';
 * import { mountUi } from 'consentry/ui';
 * const ui = mountUi(createConsent(config));
 * ```
 * Importing does nothing; `mountUi` shows the banner when the visitor has not chosen yet,
 * and wires the ways back (`[data-consentry-open]`, `showPreferences()`, the floating
 * button, the reload offer). Only that wiring is in the initial bundle: the banner, the
 * dialog (with Preact) and each language's texts are dynamic imports, split out by the
 * site's bundler and fetched when shown. On a server (no `document`) it does nothing.
 */
import { consoleLogger } from '../core/log';
import { sayThrough } from '../core/messages';
import { shippedLanguage } from '../core/shipped-language';
import type { ResolvedConfig } from '../core/resolved-config';
import type { Consent } from '../core/types';
import type { BannerPack, DialogPack, UiHost, View, ViewPart } from './host';
import { removeViews } from './dom/views';
import { startLauncher } from './launcher';
import { lazyFloatingButton } from './lazy-floating-button';

export interface MountOptions {
  /** What to show now. `auto`: the banner if the visitor has not chosen. Default `auto`. */
  open?: 'auto' | 'none' | View | undefined;
}

export interface UiHandle {
  open(view: View, opener?: HTMLElement | null): void;
  destroy(): void;
}

const NOTHING: UiHandle = { open() {}, destroy() {} };

/** Each shipped language's texts, as its own chunk. */
const TEXTS: Record<string, () => Promise<BannerPack>> = { en: () => import('./i18n/en'), ru: () => import('./i18n/ru'), hi: () => import('./i18n/hi') };
const DIALOG_TEXTS: Record<string, () => Promise<DialogPack>> = { en: () => import('./i18n/dialog-en'), ru: () => import('./i18n/dialog-ru'), hi: () => import('./i18n/dialog-hi') };

export function mountUi(consent: Consent, mount: MountOptions = {}): UiHandle {
  if (typeof document === 'undefined') return NOTHING; // SSR: nothing to show, nothing touched
  if (consent.config) return mounted(consent, consent.config, mount);
  // Not started yet: on a browser's first page the instance is still checking its config (the
  // checker is a lazy chunk). The widget mounts once it has; what was asked of it meanwhile,
  // `showPreferences()` included, follows.
  let ui: UiHandle | undefined;
  let destroyed = false;
  const asked: Array<Parameters<UiHandle['open']>> = [];
  const off = consent.on('show', () => asked.push(['preferences']));
  void consent.ready.then(() => {
    off();
    if (destroyed) return;
    // No config: failed closed (which its own error explains), or destroyed before it started.
    if (!consent.config) return void (consent.ok || consoleLogger.error('mountUi(): this consent instance failed to start (its own error says why), so there is nothing to show.'));
    ui = mounted(consent, consent.config, mount);
    for (const args of asked.splice(0)) ui.open(...args);
  });
  return {
    open: (...args) => (ui ? ui.open(...args) : void asked.push(args)),
    destroy() {
      destroyed = true;
      off();
      ui?.destroy();
    },
  };
}

function mounted(consent: Consent, config: ResolvedConfig, mount: MountOptions): UiHandle {
  let destroyed = false;
  const undos: Array<() => void> = [];
  const say = sayThrough(consoleLogger);
  const host: UiHost = {
    consent,
    say,
    open(view, opener) {
      const dialog = view === 'preferences';
      const lang = consent.locale;
      // The consent document's builder only for a site whose law asks for it (152-FZ).
      const docPart = dialog && config.consentDocument && host.document(lang);
      // The reload offer and an opt-out site's choices link (it has no banner) are the notices.
      const part = dialog ? import('./dialog/show') : view === 'reload' || config.optOut ? import('./notices/show') : import('./banner/show');
      Promise.all([part, host.texts(lang), dialog && host.texts(lang, true), docPart]).then(
        // The language switched while they came: fetched again in the new one (as the script tag's loader does).
        ([part, texts, dialogTexts, doc]) =>
          destroyed || (consent.locale != lang ? host.open(view, opener) : (part as ViewPart).show(host, view, texts, opener, dialogTexts, doc || undefined)),
        (error: unknown) => consoleLogger.error(`the widget could not load (${String(error)}).`),
      );
    },
    bannerShown: (shown) => launcher.setBannerVisible(shown),
    // The chunks createConsent's import() fetches for a decision (on a 152-FZ site, the consent
    // document in the language now), asked for ahead: the module cache makes each one request.
    // If they could not come, the choice is made anyway: the instance's import() says why.
    reached: () => Promise.all([import('../core/decisions'), config.consentDocument && host.document(consent.locale)]).catch(() => 1),
    ended: (undo) => void undos.push(undo),
    texts: <T,>(lang: string, dialog?: boolean) => (dialog ? DIALOG_TEXTS : TEXTS)[shippedLanguage(lang)]!() as Promise<T>,
    document: (lang) => import('../core/consent-document/in-language').then((m) => m.builderIn(lang)),
  };
  const launcher = startLauncher(consent, config.ui, host.open, lazyFloatingButton, say);
  const asked = mount.open ?? 'auto';
  // An opt-out site draws its choices link (the notices part), on every page.
  const first: View | null = asked === 'auto' ? (consent.state.decided && !config.optOut ? null : 'banner') : asked === 'none' ? null : asked;
  if (first) host.open(first, null);
  if (first !== 'banner') launcher.setBannerVisible(false);
  return {
    open: (view, opener = null) => host.open(view, opener),
    destroy() {
      destroyed = true;
      launcher.destroy();
      removeViews(undos);
    },
  };
}

export type { UiOptions } from './options';
export type { View } from './host';
export type { Messages } from './i18n/messages';
