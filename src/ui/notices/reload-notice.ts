import type { BannerPack, UiHost } from '../host';
import { chooseTexts } from '../i18n/pack';
import { keepFocusVisible } from '../page-spacing';
import { keepOnPage } from '../dom/keep-on-page';
import { uiConfig } from '../ui-config';
import { h } from '../dom/h';

/**
 * After a withdrawal, scripts that already ran keep running until the page reloads; the gate
 * asks (site option) and this offers the reload. A status message, so a screen reader
 * announces it without focus being taken.
 */
export function showReloadNotice(host: UiHost, pack: BannerPack, root: ShadowRoot): void {
  const ui = uiConfig(host.consent.config!);
  const { lang, t } = chooseTexts(host.consent.locale, pack.lang, pack.t, ui.texts, host.say);
  let status: HTMLElement;
  const button = (label: string, onclick: () => void, kind: string) => h('button', { type: 'button', class: kind, onclick }, label);
  // Dismissed, it takes its host with it, unless an opt-out site's choices link is drawn there too.
  const panel = h(
    'section',
    { class: 'panel n', 'aria-labelledby': 'cs-rt', 'data-consentry': 'reload' },
    (status = h('p', { id: 'cs-rt', role: 'status' })),
    h('div', { class: 'a' }, button(t.dismiss, () => (undo(), stopKeeping(), box.remove(), root.childElementCount || root.host.remove()), 'b s'), button(t.reload, () => location.reload(), 'b')),
  );
  const box = h('div', { class: 'root', 'data-theme': ui.theme, lang }, panel);
  root.append(box);
  // A live region speaks when its content changes, not (for some screen readers) when it
  // arrives already filled: the words come once the browser has taken the empty region in.
  setTimeout(() => (status.textContent = t.reloadText), 100);
  const undo = keepFocusVisible(panel);
  // What already ran still runs on the next page a site swaps <body> for: the offer stays there too.
  const stopKeeping = keepOnPage(root.host);
  host.ended(() => (undo(), stopKeeping())); // the page's spacing goes with the widget (its teardown)
}
