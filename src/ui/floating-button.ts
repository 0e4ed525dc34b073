/**
 * The optional floating 'Cookie settings' button: plain DOM in its own shadow root, styled by
 * a constructable stylesheet (strict-CSP safe, no inline styles). Script tag: in the core, which
 * also puts its stylesheet and markup in the plan, so a returning page's boot file draws it
 * without downloading the widget or the core.
 */
import type { Consent } from '../core/types';
import { REOPEN_LABEL } from './i18n/reopen-label';
import { withBody } from './dom-ready';
import type { LauncherOptions } from './launcher';

export const FLOATING_CSS = `:host{all:initial}
button{position:fixed;bottom:16px;right:16px;z-index:2147482999;width:44px;height:44px;padding:8px;border-radius:50%;border:2px solid var(--consentry-background,#fff);background:var(--consentry-accent,#1d4ed8);color:var(--consentry-accent-text,#fff)}
.l{left:16px;right:auto}[hidden]{display:none}
@media(prefers-color-scheme:dark){button{background:var(--consentry-dark-accent,#93c5fd);color:var(--consentry-dark-accent-text,#0b1220);border-color:var(--consentry-dark-background,#111827)}}`;

// A cookie with a bite and two chips (holes: `evenodd`), drawn as a path so no icon font or
// image is fetched. Markup, as the choices link's icon is: a string says it in fewer bytes than
// the calls that would build it (the boot file's own chunk loading already sets a script's
// `src`, so Trusted Types could not be enforced on the page either way).
export const ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" fill-rule="evenodd" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zM8 9a2 2 0 1 1 0 .1zm6 5a2 2 0 1 1 0 .1z"/></svg>';

export interface FloatingButton {
  setHidden(hidden: boolean): void;
  remove(): void;
}

export function floatingButton(consent: Consent, options: LauncherOptions, onOpen: (opener: HTMLElement) => void): FloatingButton {
  const host = document.createElement('consentry-reopen');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(FLOATING_CSS);
  root.adoptedStyleSheets = [sheet];
  const [label, lang] = floatingLabel(consent.locale, options);
  const button = document.createElement('button');
  if (options.floatingButton === 'bottom-left') button.className = 'l';
  button.lang = lang;
  button.title = label;
  button.setAttribute('aria-label', label);
  button.hidden = true;
  button.innerHTML = ICON;
  button.onclick = () => onOpen(button);
  root.append(button);
  // Kept on the page when a site swaps <body> for the next page's (keep-on-page.ts, written out:
  // fewer bytes); not drawn once removed (before <body> was there too).
  const keep = new MutationObserver(() => host.isConnected || document.body?.append(host));
  let removed: unknown;
  withBody((body) => removed || (body.append(host), keep.observe(document.documentElement, { childList: true, subtree: true })));
  return {
    setHidden: (hidden) => (button.hidden = hidden),
    remove: () => ((removed = 1), keep.disconnect(), host.remove()),
  };
}

/** The button's label and its language: the site's own text, else ours, else English (its `lang` must say which). */
export function floatingLabel(locale: string, options: LauncherOptions): [label: string, lang: string] {
  const primary = locale.split('-')[0] as keyof typeof REOPEN_LABEL;
  const label = options.texts?.[locale]?.reopen ?? options.texts?.[primary]?.reopen ?? REOPEN_LABEL[primary];
  return label ? [label, locale] : [REOPEN_LABEL.en, 'en'];
}
