import type { Environment } from './environment';

export interface LocaleSettings {
  default: string;
  available: readonly string[];
  force?: string | undefined;
}

/** Picks the visitor's language: config's `force`, else `<html lang>`, else the browser's languages, else the default. `consent.locale` is it as the widget shows it (shown-language.ts). */
export function resolveLocale(settings: LocaleSettings, env: Pick<Environment, 'documentLang' | 'browserLanguages'>): string {
  if (settings.force) return settings.force;
  const candidates = [env.documentLang(), ...env.browserLanguages()];
  for (const candidate of candidates) {
    const match = candidate ? matchLocale(candidate, settings.available) : undefined;
    if (match) return match;
  }
  return settings.default;
}

/** `ru-RU` matches `ru-RU`, else `ru`; `en` matches `en-GB` when that is all the site has. */
export function matchLocale(tag: string, available: readonly string[]): string | undefined {
  const wanted = tag.trim().toLowerCase();
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  if (wanted) for (const same of [(a: string) => a.toLowerCase() === wanted, (a: string) => a.toLowerCase() === primary(wanted), (a: string) => primary(a) === primary(wanted)]) {
    const found = available.find(same);
    if (found) return found;
  }
  return undefined;
}
