/**
 * The first layer in plain DOM: a short summary ending in its links (the policy; under 152-FZ
 * the consent document; with an age limit, the under-age button), then Reject all and Accept
 * all side by side (one class, so equal size, weight and colour), Settings. A labelled region
 * that never traps focus, unless the site chose the blocking `modal` layout: a native modal
 * `<dialog>` that keeps Reject all on this layer, traps Tab, and that Escape does not close
 * (unless the browser insists). Only a click on a choice decides: Escape, × and waiting store
 * nothing.
 */
import type { BannerPack, UiHost } from '../host';
import { chooseTexts } from '../i18n/pack';
import { languageName } from '../i18n/language-name';
import { keepFocusVisible } from '../page-spacing';
import { uiConfig } from '../ui-config';
import { h } from '../dom/h';
import { LOCALE_EVENT } from '../../core/locale-event';
import { HELD_EVENT } from '../../gate/held-choices';
import type { ConsentState, DecisionOptions } from '../../core/types';
import { firstLayer } from './first-layer';

export function showBanner(host: UiHost, pack: BannerPack, root: ShadowRoot, gone: () => void): void {
  const { consent } = host;
  const config = consent.config!;
  const ui = uiConfig(config);
  const modal = ui.layout === 'modal';
  const widget = root.host as HTMLElement;
  let pageFocus: HTMLElement | undefined;
  let reject: HTMLElement;
  /** The locale the banner was last drawn (or asked to be drawn) for. */
  let drawnIn: string | undefined;
  /** Gone (decided, or closed without a choice): nothing brings it back. */
  let out: 1 | undefined;
  /**
   * The choice not made yet: the latest click's, until what a decision needs is here. ×,
   * Escape and Settings drop it, and so does another tab's choice made after the click.
   */
  let chosen: (() => Promise<void>) | undefined;
  let clickedAt = 0;
  /** Choices clicked here: a click after a retry was asked gets its own if that one fails. */
  let clicks = 0;
  /** When the choice last made here was clicked: it supersedes a frame's grant clicked before it. */
  let madeAt = 0;
  /** The wait for what a decision needs, then the choices held, one after another. */
  let issuing: Promise<void> | undefined;
  /** What had the focus when a choice hid the modal layout (hidden, it loses the focus meanwhile). */
  let held: Element | null = null;
  // (The banner's state is declared here, above every closure that sets it: declared below one,
  // terser 5.51 folded `clickedAt` to its first value and dropped the assignment.)
  const panel = h(modal ? 'dialog' : 'section', {
    class: `panel ${ui.layout}`,
    'aria-labelledby': 'cs-bt',
    'data-consentry': 'banner',
    onkeydown: (event: KeyboardEvent) => {
      if (!modal) return event.key === 'Escape' && remove(1);
      if (event.key !== 'Tab') return;
      // The modal dialog makes the page inert, but Tab could still leave for the browser's own UI.
      const items = panel.querySelectorAll<HTMLElement>('button,select,a');
      const edge = event.shiftKey ? items[0] : items[items.length - 1];
      if (root.activeElement === edge || root.activeElement === panel.firstChild) {
        event.preventDefault();
        (event.shiftKey ? items[items.length - 1] : items[0])!.focus();
      }
    },
    onfocusin: ({ relatedTarget: from }: FocusEvent) => {
      // Not from the dialog: its host, or its button just taken away (detached, so not retargeted).
      if (from instanceof HTMLElement && from.getRootNode() == document && from.localName != widget.localName) pageFocus = from;
      host.reached();
    },
    // Before any click on it (a touch fires this too): what a decision needs is fetched now.
    onpointerover: () => host.reached(),
    oncancel: (event: Event) => event.preventDefault(), // Escape is not a choice, and this layout waits for one
    // Yet a browser may close it (Chromium does at a second Escape, so no page can trap its
    // visitor): closed without a choice, as ×, so the floating button comes and the page is not
    // left thinking a banner is up. Not while a choice is held (out of sight): it is still
    // made, and the dialog is shown again if it could not be; the page is usable meanwhile, so
    // the focus is the visitor's again. (A decision closes nothing.)
    onclose: () => out || (panel.style.visibility ? (held = null) : remove(1)),
  });
  const box = h('div', { class: 'root', 'data-theme': ui.theme }, panel);

  // The consent document opens in the settings (the dialog finds it by its opener); "I am under
  // the age" refuses everything optional, recorded as such.
  const lineAction = (action: 'consent' | 'under-age', opener: HTMLElement, made: DecisionOptions) =>
    action === 'consent' ? settingsFrom(opener) : choose(() => consent.rejectAll({ ...made, underAge: true }));
  // The settings instead of a choice held on a stalled line (the banner came back): it is dropped.
  const settingsFrom = (opener: HTMLElement | null) => ((chosen = undefined), host.open('preferences', opener));
  /** Another tab's choice is here: one stored after the click held here is the newer, and replaces it. */
  const olderThan = (state: ConsentState) => state.updatedAt! > clickedAt && (chosen = undefined);
  // A choice takes the banner away at once, as a click should: on a first visit the core may
  // still be on its way (half a second after a tap on a phone's network, measured). Nothing
  // decided once the choice settles (the core could not come), or after 10 s on a line that
  // stalls: it is back, to try again, with the focus on the button pressed unless the visitor
  // has moved it since (WCAG 2.4.3). The blocking layout only goes out of sight: the page stays
  // inert until the choice is stored.
  const choose = (decide: () => Promise<void>) => {
    chosen = decide;
    clickedAt = Date.now();
    clicks++;
    const pressed = root.activeElement as HTMLElement | null;
    if (modal) (held = pressed), (panel.style.visibility = 'hidden');
    else hide();
    const left = document.activeElement;
    const back = () => {
      if (out) return;
      // (In the modal layout the page was inert: the focus cannot have moved on.)
      const still = modal || document.activeElement == left;
      panel.style.visibility = '';
      if (!box.isConnected) root.append(box);
      // (Not if the page's code took our element off the page meanwhile: showModal() would throw.)
      if (modal && !(panel as HTMLDialogElement).open && panel.isConnected) (panel as HTMLDialogElement).showModal();
      // (A switch of language meanwhile redrew the banner: its new button of the same action.)
      if (still) (pressed?.isConnected ? pressed : pressed && panel.querySelector<HTMLElement>(`[data-action="${pressed.dataset.action}"]`))?.focus();
    };
    void Promise.race([issue(), new Promise((stalled) => setTimeout(stalled, 1e4))]).then(back, back);
  };
  // A choice waits for it here, not queued in the instance: a click on the banner brought back
  // replaces it, so a stalled Accept cannot land after the Reject that followed it. Asked again
  // before each (a 152-FZ decision needs the consent document in the language now), and what
  // failed at the pointer is asked for again: a retry that stalls holds the choice here too.
  // If it could not come, nothing is decided and the banner comes back (the console says why;
  // on npm the instance's import() tries once more, and says it), unless the visitor clicked
  // again on the banner brought back while that retry was on its way: that click asks again.
  // Meanwhile a frame's "Always allow" clicked after it waits for it, then is made on top of it:
  // made first, this older click would take it back. If a choice clicked after the grant (on the
  // banner brought back) is made first, the grant is dropped: Accept all or Reject all, newer,
  // says all it would. (A page's own call is not asked, and lands as it comes.) It answers
  // while this wait lasts, after a teardown too.
  const onHeld = (event: Event) => {
    const asked = Date.now();
    (event as CustomEvent<Array<Promise<boolean>>>).detail.push(issuing!.then(() => madeAt > asked));
  };
  const issue = () =>
    (issuing ??= (async () => {
      window.addEventListener(HELD_EVENT, onHeld);
      try {
        for (let asked = clicks; chosen; asked = clicks) {
          if (!(await host.reached(1))) {
            if (clicks == asked) break; // no click since it was asked: nothing is decided
            continue; // a click since: it asks again
          }
          const decide = chosen;
          const at = clickedAt;
          if (!decide) break; // ×, Settings or another tab's choice dropped it meanwhile
          chosen = undefined;
          await decide();
          madeAt = at;
        }
      } finally {
        issuing = chosen = undefined;
        window.removeEventListener(HELD_EVENT, onHeld);
      }
    })());

  const draw = (received: BannerPack) => {
    const { lang, t } = chooseTexts((drawnIn ??= consent.locale), received.lang, received.t, ui.texts, host.say);
    // Each choice is recorded in the language drawn here: English until a site's own language has
    // every text, though `consent.locale` names that language (the record is proof of what was read).
    const made: DecisionOptions = { layer: 'banner', locale: lang };
    const button = (action: string, label: string, onclick: () => unknown, kind = 'b') => h('button', { type: 'button', class: kind, 'data-action': action, onclick }, label);
    box.lang = widget.lang = lang;
    // A redraw replaces every control, the language menu just used too: it keeps the focus, or
    // the keyboard user lands on <body> (WCAG 2.4.3). A switch in the dialog leaves focus there.
    const inMenu = root.activeElement?.localName === 'select';
    // Reject all comes first in the markup after the text (its links and the under-age button at
    // its end), so the first Tab into the banner reaches it or the link just before it (issue 10);
    // the grid puts the title and the controls back at the top.
    panel.replaceChildren(
      h('h2', { id: 'cs-bt', tabindex: -1 }, t.bannerTitle),
      // One flowing paragraph: on a phone, short sentences as blocks would waste half a line each.
      h(
        'p',
        { class: 't' },
        // The links and buttons, last, are labels: a dot between them, so two read as two.
        ...firstLayer({ config, lang, t, countries: received.countries, providers: received.providers, gpc: consent.state.gpc, base: document.baseURI }).flatMap((l, i, all) => [
          i ? (all[i - 1]!.href || all[i - 1]!.action ? ' · ' : ' ') : '',
          l.href
            ? h('a', { 'data-line': l.id, href: l.href, target: '_blank' }, l.text)
            : l.action
              ? h('button', { type: 'button', class: 'u', 'data-line': l.id, 'data-action': l.action, onclick: ({ currentTarget }: Event) => lineAction(l.action!, currentTarget as HTMLElement, made) }, l.text)
              : h('span', { 'data-line': l.id, class: l.warn && 'warn' }, l.text),
        ]),
      ),
      h(
        'div',
        { class: 'a' },
        (reject = button('reject', t.rejectAll, () =>
          choose(() => {
            // Taking back an earlier grant is a withdrawal, recorded as such.
            const state = consent.state;
            return state.decided && config.categories.some((c) => !c.necessary && state.categories[c.key]) ? consent.withdraw(made) : consent.rejectAll(made);
          }),
        )),
        button('accept', t.acceptAll, () => choose(() => consent.acceptAll(made))),
        button('settings', t.settings, () => settingsFrom(settings), 'b s'),
      ),
      h(
        'div',
        { class: 'c' },
        ui.languages[1] &&
          h(
            'select',
            {
              'aria-label': t.language,
              onchange: ({ target }: Event) => {
                consent.setLocale((target as HTMLSelectElement).value);
                onLocale();
                window.dispatchEvent(new Event(LOCALE_EVENT)); // the placeholders too
              },
            },
            ...ui.languages.map((l) => h('option', { value: l, lang: l, selected: lang.startsWith(l) }, languageName(l))),
          ),
        !modal && h('button', { type: 'button', class: 'x', 'aria-label': t.closeBanner, title: t.closeBanner, onclick: () => remove(1) }, '×'),
      ),
    );
    const settings = panel.querySelector<HTMLElement>('[data-action=settings]');
    if (inMenu) panel.querySelector('select')!.focus();
  };

  // The banner is last in <body> (so it cannot shift the page's :first-child styles), yet a
  // keyboard user meets it first: the first Tab from the top of the page goes to Reject all.
  const firstTab = (event: KeyboardEvent) => {
    document.removeEventListener('keydown', firstTab, true);
    // (Not once a choice has taken the banner away.)
    if (event.key !== 'Tab' || event.shiftKey || document.activeElement !== document.body || !reject.isConnected) return;
    event.preventDefault();
    reject.focus();
  };
  // Decided here (a click held meanwhile is made next: it is the newer; a frame's "Always allow"
  // clicked after it waits for it, `onHeld`), or in another tab (no action): a choice held here
  // from before it is dropped, or it would override the newer one.
  const offChange = consent.on('change', ({ state, action }) => state.decided && (action || olderThan(state), remove()));
  // The language switched here or in the settings: the banner says it in the new language.
  // Said by the other view, or by the page's `setLocale()` (the facade, also for this banner's own
  // switch): one that changes nothing the banner says, or that it was asked for already, draws
  // nothing (one redraw per switch, and the focus stays).
  const onLocale = () => consent.locale != drawnIn && void host.texts<BannerPack>((drawnIn = consent.locale)).then(draw);
  window.addEventListener(LOCALE_EVENT, onLocale);
  // Destroyed with the widget (an app unmounted) or another tab's choice found as the core came:
  // its spacing and listeners go too. A choice held here is dropped, unless a choice was already
  // stored before its click (then it is the newer, and is made: a teardown cannot tell which of
  // the two it is). A second remove() after a decision's is harmless.
  host.ended(() => (consent.state.decided ? olderThan(consent.state) : (chosen = undefined), remove()));
  let undoSpacing = () => {};
  // Taken off the page with the <body> a site swapped for the next page's, before any choice: back
  // in the new one, as the next page would show it (keep-on-page.ts, written out: about 60 B less
  // in the first visit's file). A dialog taken off the page left the top layer: the modal layout
  // is made modal again (`open` unset first, which fires no `close`), unless the browser had
  // closed it (a choice held meanwhile: the page stays usable).
  const keep = new MutationObserver(
    () => widget.isConnected || !document.body || (document.body.append(widget), (panel as HTMLDialogElement).open && (((panel as HTMLDialogElement).open = false), (panel as HTMLDialogElement).showModal())),
  );
  keep.observe(document.documentElement, { childList: true, subtree: true });

  /** Gone: decided (here, in the dialog, in another tab) or, with `undecided`, closed without a choice. */
  function remove(undecided?: 1) {
    out = 1;
    if (undecided) chosen = undefined;
    keep.disconnect();
    offChange();
    window.removeEventListener(LOCALE_EVENT, onLocale);
    document.removeEventListener('keydown', firstTab, true);
    undoSpacing();
    hide(undecided);
    host.bannerShown(false);
    gone();
    // Its host too (after `hide`, which reads the focus in it): left empty, it stayed in the
    // page, and the settings opened later added a second one beside it.
    widget.remove();
  }

  /** Out of sight (out of the top layer too), and the focus back on the page if it was here. */
  function hide(undecided?: 1) {
    const hadFocus = root.activeElement ?? held;
    box.remove();
    // Back to where the visitor was on the page, unless focus has moved on (into the dialog, say).
    // (A decision in the dialog opened here lands after it closed, focus back on our Settings.)
    if ((undecided || hadFocus) && pageFocus?.isConnected) pageFocus.focus();
    // Entered from the top of the page (the first Tab): the next Tab starts there again, not at
    // the banner's place at the end of <body>, from where it would leave the page (WCAG 2.4.3).
    // (<body> focusable for that moment only, unless the page made it so.)
    else if (hadFocus) {
      const body = document.body;
      const own = body.hasAttribute('tabindex');
      if (!own) body.tabIndex = -1;
      body.focus({ preventScroll: true });
      if (!own) body.removeAttribute('tabindex');
    }
  }

  draw(pack);
  root.append(box);
  host.bannerShown(true);
  if (modal) {
    (panel as HTMLDialogElement).showModal();
    (panel.firstChild as HTMLElement).focus();
  } else {
    // WCAG 2.4.11: the bar and the box must not hide the page's focused element.
    undoSpacing = keepFocusVisible(panel);
    document.addEventListener('keydown', firstTab, true);
  }
}
