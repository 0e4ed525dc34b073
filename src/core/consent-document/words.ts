import type { ConsentTexts } from './texts-en';

/** One language's words of the consent document (`texts-<lang>.ts`): English for a language not shipped. */
export interface DocWords {
  readonly texts: ConsentTexts;
  readonly countries: Readonly<Record<string, string>>;
  readonly providers: Readonly<Record<string, string>>;
}
