import { pickText } from '../core/localized';
import type { Consent, ConsentState } from '../core/types';
import { allowedIn } from './allowed';
import { serviceDisclosure } from '../integrations/disclosures';
import { createPlaceholder } from './embed-placeholder';
import { adoptEmbedStyle } from './embed-style';
import type { GatingOptions } from './gating-options';

/** `<iframe data-category="…" data-src="…">`: maps, videos, widgets from other sites. */
export const BLOCKED_IFRAME = 'iframe[data-category][data-src]';
const BLOCKED_MARK = 'data-consentry-blocked';

/**
 * Shows a placeholder in place of a blocked iframe and loads it on consent (or "Load it once").
 * Unlike a script, a frame can be unloaded: on withdrawal it goes back to its placeholder.
 */
export class Embeds {
  private readonly placeholders = new WeakMap<HTMLIFrameElement, HTMLElement>();
  private readonly loaded = new WeakSet<HTMLIFrameElement>();

  constructor(
    private readonly consent: Consent,
    private readonly doc: Document,
    private readonly options: GatingOptions,
  ) {}

  /** Loads the frame if allowed, else makes sure it is blocked behind its placeholder. */
  update(frame: HTMLIFrameElement, state: ConsentState): void {
    if (this.loaded.has(frame)) return;
    if (allowedIn(state, category(frame), service(frame))) this.load(frame, false);
    else this.block(frame);
  }

  /** After a withdrawal: frames that were allowed and no longer are go back behind their placeholder. */
  withdraw(frame: HTMLIFrameElement, previous: ConsentState, state: ConsentState): void {
    if (!this.loaded.has(frame)) return;
    if (!allowedIn(previous, category(frame), service(frame)) || allowedIn(state, category(frame), service(frame))) return;
    this.loaded.delete(frame);
    frame.src = 'about:blank';
    this.block(frame);
  }

  private load(frame: HTMLIFrameElement, focus: boolean): void {
    if (!this.loaded.has(frame)) {
      this.loaded.add(frame);
      this.placeholders.get(frame)?.remove();
      this.placeholders.delete(frame);
      if (frame.hasAttribute(BLOCKED_MARK)) {
        frame.removeAttribute(BLOCKED_MARK);
        frame.hidden = false;
      }
      frame.src = frame.getAttribute('data-src')!;
    }
    if (focus) frame.focus(); // the clicked button is gone: keep keyboard users in place
  }

  private block(frame: HTMLIFrameElement): void {
    if (this.placeholders.has(frame) || !frame.parentNode) return;
    adoptEmbedStyle(this.doc);
    const config = this.consent.config!;
    const key = category(frame);
    const svc = service(frame);
    const disclosure = svc && config.services[svc] ? serviceDisclosure(config.services[svc]) : undefined;
    const serviceTitle = disclosure ? pickText(disclosure.title, this.consent.locale, config.language.default) : null;
    const categoryDef = config.categories.find((c) => c.key === key);
    const categoryTitle = categoryDef ? pickText(categoryDef.title, this.consent.locale, config.language.default) : key;
    const placeholder = createPlaceholder(this.doc, {
      provider: serviceTitle ?? hostOf(frame.getAttribute('data-src')!, this.doc),
      grantName: serviceTitle ?? categoryTitle,
      locale: this.consent.locale,
      texts: this.options.texts,
      onLoadOnce: () => this.load(frame, true),
      onAlwaysAllow: () => {
        this.alwaysAllow(key, svc); // its change event loads every frame it allows, this one included
        this.load(frame, true);
      },
    });
    if (!frame.hasAttribute('hidden')) {
      frame.setAttribute(BLOCKED_MARK, '');
      frame.hidden = true;
    }
    frame.before(placeholder);
    this.placeholders.set(frame, placeholder);
  }

  /**
   * Grants the category; when the frame names a service, only that one: the category's
   * other services not yet granted stay refused, so "Always allow YouTube" means YouTube.
   * Layer `api`: the record types have no 'placeholder' layer, and this is not the banner.
   */
  private alwaysAllow(key: string, svc: string | null): void {
    const state = this.consent.state;
    const services: Record<string, boolean> = {};
    if (svc) {
      for (const s of Object.values(this.consent.config!.services)) {
        if (s.category === key && s.key !== svc && !state.services[s.key]) services[s.key] = false;
      }
      services[svc] = true;
    }
    this.consent.set({ [key]: true }, { services, layer: 'api' });
  }
}

function category(frame: HTMLIFrameElement): string {
  return frame.getAttribute('data-category')!;
}

function service(frame: HTMLIFrameElement): string | null {
  return frame.getAttribute('data-service');
}

function hostOf(src: string, doc: Document): string {
  try {
    return new URL(src, doc.baseURI).hostname || src;
  } catch {
    return src;
  }
}
