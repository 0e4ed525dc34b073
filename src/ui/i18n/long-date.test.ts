import { describe, expect, it } from 'vitest';
import { d as en } from './dialog-en';
import { d as hi } from './dialog-hi';
import { d as ru } from './dialog-ru';
import { withDate } from './long-date';

const saved = Date.UTC(2026, 11, 4, 12);

describe('withDate', () => {
  // Review: "Ваш текущий выбор сохранён 4 декабря 2026 г.." (ru's date ends with "г.").
  it('ends a Russian sentence with one full stop', () => {
    expect(withDate(ru.currentChoice, saved, 'ru')).toBe('Ваш текущий выбор сохранён 4 декабря 2026 г.');
  });

  it('keeps the sentence’s own stop after a date without one', () => {
    expect(withDate(en.currentChoice, saved, 'en')).toBe('Your current choice was saved on December 4, 2026.');
    expect(withDate(hi.currentChoice, saved, 'hi')).toBe('आपकी मौजूदा पसंद 4 दिसंबर 2026 को सहेजी गई थी।');
    expect(withDate('Saved {date}', saved, 'ru')).toBe('Saved 4 декабря 2026 г.');
  });
});
