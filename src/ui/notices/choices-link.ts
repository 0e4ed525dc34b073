import type { BannerPack, UiHost } from '../host';
import { chooseTexts } from '../i18n/pack';
import { keepFocusVisible } from '../page-spacing';
import { uiConfig } from '../ui-config';
import { h } from '../dom/h';

// California's opt-out icon (CCPA Regulations §7015(b)): a toggle, a check on white and a cross on blue.
const ICON =
  '<svg viewBox="0 0 30 14" width="30" height="14" aria-hidden="true"><rect x=".5" y=".5" width="29" height="13" rx="6.5" fill="#06f"/><path d="M7 1.5h10l-3 11H7a5.5 5.5 0 0 1 0-11z" fill="#fff"/><path d="M4.5 7l2.3 2.3 4.4-4.6" stroke="#06f" stroke-width="1.6" fill="none"/><path d="M19.6 4.4l5 5m0-5l-5 5" stroke="#fff" stroke-width="1.6"/></svg>';

/**
 * The opt-out model's first layer (the US pack): no banner, since nothing is asked before the
 * visitor acts, but "Your Privacy Choices" with its icon on every page, which opens the settings
 * where each category can be opted out of (Civ. Code §1798.135(a)). Fixed at the bottom left,
 * where a footer's links are: like the banner, it keeps the page's focused element in sight
 * (WCAG 2.4.11), and its spacing goes with the widget.
 */
export function showChoicesLink(host: UiHost, pack: BannerPack, root: ShadowRoot): void {
  const ui = uiConfig(host.consent.config!);
  const { lang, t } = chooseTexts(host.consent.locale, pack.lang, pack.t, ui.texts, host.say);
  const link: HTMLElement = h('button', { type: 'button', class: 'b s p', 'data-consentry': 'choices', onclick: () => host.open('preferences', link) }, t.privacyChoices);
  link.insertAdjacentHTML('afterbegin', ICON);
  root.append(h('div', { class: 'root', 'data-theme': ui.theme, lang }, link));
  host.ended(keepFocusVisible(link));
}
