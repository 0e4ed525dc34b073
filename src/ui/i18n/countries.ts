/**
 * Names of the countries where services commonly process data, in the shipped
 * languages. Intl.DisplayNames knows them all, but building one took ~90 ms of the
 * banner's first render at 4x CPU slowdown (a long task); this table covers the
 * usual cases and Intl the rest. Also lets Russian say the usual "США".
 */
const NAMES: Record<string, readonly [en: string, ru: string, hi: string]> = {
  US: ['United States', 'США', 'संयुक्त राज्य अमेरिका'],
  RU: ['Russia', 'Россия', 'रूस'],
  IN: ['India', 'Индия', 'भारत'],
  IE: ['Ireland', 'Ирландия', 'आयरलैंड'],
  GB: ['United Kingdom', 'Великобритания', 'यूनाइटेड किंगडम'],
  DE: ['Germany', 'Германия', 'जर्मनी'],
  NL: ['Netherlands', 'Нидерланды', 'नीदरलैंड'],
  FR: ['France', 'Франция', 'फ़्रांस'],
  FI: ['Finland', 'Финляндия', 'फ़िनलैंड'],
  SE: ['Sweden', 'Швеция', 'स्वीडन'],
  CH: ['Switzerland', 'Швейцария', 'स्विट्ज़रलैंड'],
  SG: ['Singapore', 'Сингапур', 'सिंगापुर'],
  CN: ['China', 'Китай', 'चीन'],
  JP: ['Japan', 'Япония', 'जापान'],
  KZ: ['Kazakhstan', 'Казахстан', 'कज़ाख़स्तान'],
  BY: ['Belarus', 'Беларусь', 'बेलारूस'],
  CA: ['Canada', 'Канада', 'कनाडा'],
  AU: ['Australia', 'Австралия', 'ऑस्ट्रेलिया'],
  AE: ['United Arab Emirates', 'ОАЭ', 'संयुक्त अरब अमीरात'],
  TR: ['Türkiye', 'Турция', 'तुर्किये'],
};
const COLUMN: Record<string, number> = { en: 0, ru: 1, hi: 2 };

/** The name from the table, or `undefined` for another country or language. */
export function knownCountryName(code: string, lang: string): string | undefined {
  const column = COLUMN[lang.split('-')[0]!.toLowerCase()];
  return column === undefined ? undefined : NAMES[code.toUpperCase()]?.[column];
}
