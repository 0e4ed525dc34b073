import type { Say } from '../../core/messages';
import type { ServiceTexts } from '../../integrations/disclosures';
import type { DialogTexts } from './dialog-en';
import type { BannerTexts } from './en';

/** A `texts-<lang>` part: what the first layer says in one language (`en.ts`, `ru.ts`, `hi.ts`). */
export interface BannerPack {
  lang: string;
  t: BannerTexts;
  countries: Readonly<Record<string, string>>;
  providers: Readonly<Record<string, string>>;
}

/** A `dialog-texts-<lang>` part: the dialog's words and the built-in services' disclosures. */
export interface DialogPack {
  d: DialogTexts;
  services: Readonly<Record<string, ServiceTexts>>;
}

export type TextOverrides = Readonly<Record<string, Readonly<Record<string, string | undefined>>>> | undefined;

/**
 * The texts for `locale`: the pack received (the visitor's language, or English for one the
 * widget does not ship) with the site's `ui.texts` on top. A language the widget does not ship
 * is used only when the site gave every text of the pack; otherwise English, so the widget's
 * `lang` attribute always matches what is shown (WCAG 3.1.1). A text dropped for its placeholders
 * is told through `say` (its words come only then: message-words.ts), as `consentry check` says it.
 */
export function chooseTexts<T extends object>(locale: string, packLang: string, texts: T, overrides: TextOverrides, say?: Say): { lang: string; t: T } {
  const primary = locale.split('-')[0]!;
  // An override without its text's placeholders would print "undefined" or drop what the line
  // must say (152-FZ's recipients abroad, DPDP's authority): the shipped line is shown instead,
  // so the visitor still reads a true one, and the console and the checker say so (text-keys.ts).
  // A language with such a text is not complete, so it is not shown without English beside it. A
  // text given as `undefined` (a variable not set) is no override, as the checker takes it.
  // Texts are chosen again on each draw (a language switch, each opening of the dialog): each text
  // is told once a page. What was told is kept on `say`, the one function a page hands every
  // chunk's copy of this file (the banner's, the dialog's, the notices').
  const told = say ? ((say as Say & { told?: Set<string> }).told ??= new Set()) : new Set<string>();
  const fit = (lang: string) =>
    Object.fromEntries(
      Object.entries(overrides?.[lang] ?? {}).filter(([k, v]) => {
        const shipped = (texts as Record<string, string>)[k] ?? (v as string);
        const key = lang + ' ' + k;
        return v !== undefined && (placeholders(v) == placeholders(shipped) || void (told.has(key) || (told.add(key), say?.('warn', 'textPlaceholders', lang, k, v, shipped))));
      }),
    );
  const own = fit(overrides?.[locale] ? locale : primary);
  if (packLang === primary || Object.keys(texts).every((key) => own[key])) return { lang: locale, t: { ...texts, ...own } };
  return { lang: packLang, t: { ...texts, ...fit(packLang) } };
}

/** A text's placeholders, sorted, to compare: `"{last},{rest}"` (`"undefined"`: none). Every language's pack has English's (i18n.test.ts). */
export const placeholders = (text: string): string => text.match(/\{\w+\}/g)?.sort() + '';
