/**
 * The optional floating 'Cookie settings' button: plain DOM in its own shadow root,
 * styled by a constructable stylesheet (strict-CSP safe, no inline styles). It lives
 * in the small script-tag bundle so a returning visitor sees it without downloading
 * the widget.
 */
import type { Consent } from '../core/types';
import { REOPEN_LABEL } from './i18n/reopen-label';
import { withBody } from './dom-ready';
import type { UiOptions } from './options';

const CSS = `:host{all:initial}
button{position:fixed;inset-block-end:16px;z-index:2147482999;inline-size:44px;block-size:44px;padding:0;display:grid;place-items:center;
border-radius:50%;cursor:pointer;border:2px solid var(--consentry-background,#fff);
background:var(--consentry-accent,#1d4ed8);color:var(--consentry-accent-text,#fff);box-shadow:0 2px 8px rgb(0 0 0/.35)}
button.left{left:16px}button.right{right:16px}button[hidden]{display:none}
button:focus-visible{outline:3px solid var(--consentry-accent,#1d4ed8);outline-offset:3px}
svg{inline-size:24px;block-size:24px}
@media (prefers-color-scheme:dark){button{background:var(--consentry-dark-accent,#93c5fd);color:var(--consentry-dark-accent-text,#0b1220);border-color:var(--consentry-dark-background,#111827)}}`;

// A cookie with a bite: drawn as a path so no icon font or image is fetched.
const ICON = 'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zM8.5 9a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm6 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm-7 2a1 1 0 1 1 0 2 1 1 0 0 1 0-2z';

export interface FloatingButton {
  setHidden(hidden: boolean): void;
  remove(): void;
}

export function floatingButton(consent: Consent, options: UiOptions, onOpen: (opener: HTMLElement) => void): FloatingButton {
  const host = document.createElement('consentry-reopen');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];

  const locale = consent.locale;
  const primary = locale.split('-')[0] as keyof typeof REOPEN_LABEL;
  const own = options.texts[locale]?.reopen ?? options.texts[primary]?.reopen;
  const builtIn = REOPEN_LABEL[primary];
  // The label must be in the language its `lang` says: English unless the site's language is known.
  const label = own ?? builtIn ?? REOPEN_LABEL.en;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = options.floatingButton === 'bottom-left' ? 'left' : 'right';
  button.lang = own || builtIn ? locale : 'en';
  button.setAttribute('aria-label', label);
  button.title = label;
  button.hidden = true;
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', ICON);
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('fill-rule', 'evenodd');
  svg.append(path);
  button.append(svg);
  button.addEventListener('click', () => onOpen(button));
  root.append(button);
  withBody((body) => body.append(host));
  return {
    setHidden: (hidden) => (button.hidden = hidden),
    remove: () => host.remove(),
  };
}
