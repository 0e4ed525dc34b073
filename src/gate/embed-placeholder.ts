import type { EmbedTextKey, GatingOptions } from './gating-options';
import { embedText } from './embed-texts';

/** The words of a placeholder: they change with the visitor's language. */
export interface PlaceholderWords {
  /** Who serves the content ("YouTube"), shown in the notice. */
  provider: string;
  /** What "Always allow" grants: the service's name, or the category's when no service is named. */
  grantName: string;
  locale: string;
}

export interface PlaceholderInput extends PlaceholderWords {
  texts: GatingOptions['texts'];
  onLoadOnce(): void;
  onAlwaysAllow(): void;
}

let counter = 0;

/**
 * Plain DOM, no Preact: the gate ships in the small bundle every page loads.
 * A labelled group with a sentence and two real buttons, in the visitor's language. Returns it,
 * and what puts its words in another language in place (the focus stays on its button).
 */
export function createPlaceholder(doc: Document, input: PlaceholderInput): [HTMLElement, (words: PlaceholderWords) => void] {
  const box = doc.createElement('div');
  box.className = 'consentry-embed';
  box.setAttribute('role', 'group');
  const text = doc.createElement('p');
  text.className = 'consentry-embed__text';
  text.id = `consentry-embed-${++counter}`;
  box.setAttribute('aria-labelledby', text.id);
  const actions = doc.createElement('div');
  actions.className = 'consentry-embed__actions';
  const once = button(doc, input.onLoadOnce);
  const always = button(doc, input.onAlwaysAllow);
  actions.append(once, always);
  box.append(text, actions);
  const label = (words: PlaceholderWords) => {
    const fill = (el: HTMLElement, key: EmbedTextKey, name: string) => {
      const { text: said, lang } = embedText(key, words.locale, input.texts);
      el.textContent = said.replace('{name}', name);
      el.lang = lang;
    };
    fill(text, 'notice', words.provider);
    box.lang = text.lang;
    fill(once, 'loadOnce', words.provider);
    fill(always, 'alwaysAllow', words.grantName);
  };
  label(input);
  return [box, label];
}

function button(doc: Document, onClick: () => void): HTMLButtonElement {
  const el = doc.createElement('button');
  el.type = 'button';
  el.addEventListener('click', onClick);
  return el;
}
