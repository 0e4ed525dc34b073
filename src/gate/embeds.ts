import { pickText } from '../core/localized';
import type { Consent } from '../core/types';
import { serviceDisclosure } from '../integrations/disclosures';
import { createPlaceholder } from './embed-placeholder';
import { adoptEmbedStyle } from './embed-style';
import { LOCALE_EVENT } from '../core/locale-event';
import { heldChoices } from './held-choices';
import type { GatingOptions } from './gating-options';

const BLOCKED_MARK = 'data-consentry-blocked';

export interface EmbedsModule {
  placeholder: typeof placeholder;
}

/**
 * Puts a refused frame behind a placeholder in the visitor's language: "Load it once" loads this
 * frame and stores nothing; "Always allow" grants the service (or the category) too. `load` is
 * the gate's: it takes the placeholder away (see the returned function) and shows the frame.
 * `grant` runs the grant: before the core is here, once it is (held-frames.ts); and after a
 * banner choice clicked before it that still waits, once that wait ends (held-choices.ts).
 */
export function placeholder(consent: Consent, frame: HTMLIFrameElement, texts: GatingOptions['texts'], load: () => void, grant = (allow: () => void) => allow()): () => void {
  const doc = frame.ownerDocument;
  const config = consent.config;
  if (!config || !frame.parentNode) return () => {};
  adoptEmbedStyle(doc);
  const key = frame.getAttribute('data-category')!;
  const svc = frame.getAttribute('data-service');
  const own = svc && config.services[svc] ? serviceDisclosure(config.services[svc]) : undefined;
  const category = config.categories.find((c) => c.key === key);
  /** In the visitor's language now: read again when it changes. */
  const words = () => {
    const text = (value: Parameters<typeof pickText>[0]) => pickText(value, consent.locale, config.language.default);
    return {
      // The notice names the company ("RUTUBE"), not the service's title ("RUTUBE video").
      provider: (own && text(own.provider)) || hostOf(frame.getAttribute('data-src')!, doc),
      grantName: (own && text(own.title)) || (category ? text(category.title) : key),
      locale: consent.locale,
    };
  };
  const show = () => {
    load();
    frame.focus(); // the clicked button is gone: keep keyboard users in place
  };
  const [box, label] = createPlaceholder(doc, {
    ...words(),
    texts,
    onLoadOnce: show,
    onAlwaysAllow: () => {
      // Asked now, at the click: the banner choices held now go first; one clicked after this
      // and made before it supersedes it (Accept all or Reject all says all this would).
      const after = heldChoices();
      const allow = () => alwaysAllow(consent, key, svc);
      grant(() => (after ? void after.then((superseded) => superseded || allow()) : allow()));
      show();
    },
  });
  // The language switched in the banner, the settings or by the page: the placeholder says it too.
  const relabel = () => label(words());
  window.addEventListener(LOCALE_EVENT, relabel);
  // A copy of the page (Turbo Drive's cache restored, a snapshot) has the frame hidden already,
  // behind a copy of its placeholder whose buttons do nothing, and loads one loaded once: this
  // placeholder takes the copy's place, and shows the frame when it goes. Not a live one (another
  // frame's, which the page put this one after): a copy has none of its properties, `live` too.
  const copy = frame.previousElementSibling as (Element & { live?: 1 }) | null;
  if (copy?.className == 'consentry-embed' && !copy.live) copy.remove();
  if (frame.getAttribute('src') == frame.getAttribute('data-src')) frame.src = 'about:blank';
  const hide = !frame.hidden || frame.hasAttribute(BLOCKED_MARK);
  if (hide) {
    frame.setAttribute(BLOCKED_MARK, '');
    frame.hidden = true;
  }
  frame.before(Object.assign(box, { live: 1 }));
  return () => {
    window.removeEventListener(LOCALE_EVENT, relabel);
    box.remove();
    if (hide) {
      frame.removeAttribute(BLOCKED_MARK);
      frame.hidden = false;
    }
  };
}

/**
 * Grants the category; when the frame names a service, only that one: the category's
 * other services not yet granted stay refused, so "Always allow YouTube" means YouTube.
 * Layer `api`: the record types have no 'placeholder' layer, and this is not the banner.
 */
function alwaysAllow(consent: Consent, key: string, svc: string | null): void {
  const state = consent.state;
  const services: Record<string, boolean> = {};
  if (svc) {
    for (const s of Object.values(consent.config!.services)) {
      if (s.category === key && s.key !== svc && !state.services[s.key]) services[s.key] = false;
    }
    services[svc] = true;
  }
  consent.set({ [key]: true }, { services, layer: 'api' });
}

function hostOf(src: string, doc: Document): string {
  try {
    return new URL(src, doc.baseURI).hostname || src;
  } catch {
    return src;
  }
}
