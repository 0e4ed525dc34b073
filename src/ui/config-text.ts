import { pickText } from '../core/localized';
import type { ResolvedConfig } from '../core/resolved-config';
import type { LocalizedText } from '../core/types';

/** The config's texts in the language shown (else the site's default language). */
export function textIn(config: ResolvedConfig, lang: string): (value: LocalizedText) => string {
  return (value) => pickText(value, lang, config.language.default);
}

/**
 * A config text going inside a sentence, after a colon or in a list: "Pages visited" reads as
 * "data: pages visited" (no capital after a colon). Acronyms and names in capitals stay (IP, RUTUBE).
 */
export function lowerFirst(value: string, lang: string): string {
  const [first = '', second = ''] = value;
  if (second.toLocaleLowerCase(lang) !== second) return value;
  return first.toLocaleLowerCase(lang) + value.slice(1);
}

/** A config text often ends with a full stop (or a danda); the template adds its own. */
export function trimStop(value: string): string {
  return value.replace(/[.।]\s*$/, '');
}

/**
 * English names of bodies take "the" inside a sentence ("complain to the Data Protection Board
 * of India"), single-word names do not ("Roskomnadzor"); `article` is empty in languages without one.
 */
export function withArticle(name: string, article: string): string {
  return article && name.includes(' ') && !/^the /i.test(name) ? article + name : name;
}

/**
 * A config URL shown as text (a contact page): a path gets the page's host, since a bare path
 * ("/sites/arcon/#contacts") names no site a visitor could type or keep; "https://" left off.
 * A link's href needs none of this: it resolves by itself. `base` is the page's (`document.baseURI`).
 */
export function urlText(url: string, base: string): string {
  // The checker allows http(s) URLs and paths: "//host/…" names its own host. The path as written,
  // not as URL resolution encodes it ("/контакты"); about:blank has no host: the path alone.
  return url[0] == '/' ? (url[1] == '/' ? url.slice(2) : new URL(base).host + url) : url.replace(/^https?:\/\//, '');
}
