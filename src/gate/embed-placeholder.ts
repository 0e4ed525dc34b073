import type { LocalizedText } from '../core/types';
import type { EmbedTextKey } from './gating-options';
import { embedText } from './embed-texts';

export interface PlaceholderInput {
  /** Who serves the content ("YouTube"), shown in the notice. */
  provider: string;
  /** What "Always allow" grants: the service's name, or the category's when no service is named. */
  grantName: string;
  locale: string;
  texts: Partial<Record<EmbedTextKey, LocalizedText>>;
  onLoadOnce(): void;
  onAlwaysAllow(): void;
}

let counter = 0;

/**
 * Plain DOM, no Preact: the gate ships in the small bundle every page loads.
 * A labelled group with a sentence and two real buttons, in the visitor's language.
 */
export function createPlaceholder(doc: Document, input: PlaceholderInput): HTMLElement {
  const fill = (key: EmbedTextKey, name: string) => {
    const { text, lang } = embedText(key, input.locale, input.texts);
    return { text: text.replace('{name}', name), lang };
  };
  const notice = fill('notice', input.provider);
  const box = doc.createElement('div');
  box.className = 'consentry-embed';
  box.setAttribute('role', 'group');
  box.lang = notice.lang;
  const text = doc.createElement('p');
  text.className = 'consentry-embed__text';
  text.id = `consentry-embed-${++counter}`;
  text.textContent = notice.text;
  box.setAttribute('aria-labelledby', text.id);
  const actions = doc.createElement('div');
  actions.className = 'consentry-embed__actions';
  actions.append(button(doc, fill('loadOnce', input.provider), input.onLoadOnce), button(doc, fill('alwaysAllow', input.grantName), input.onAlwaysAllow));
  box.append(text, actions);
  return box;
}

function button(doc: Document, label: { text: string; lang: string }, onClick: () => void): HTMLButtonElement {
  const el = doc.createElement('button');
  el.type = 'button';
  el.textContent = label.text;
  el.lang = label.lang;
  el.addEventListener('click', onClick);
  return el;
}
