import { expect, test } from 'vitest';
import { pickText } from './localized';

test('a plain string is used in every language', () => {
  expect(pickText('Cookies', 'ru', 'en')).toBe('Cookies');
});

test('the locale, then its primary language, then the default, then any', () => {
  const text = { en: 'Cookies', ru: 'Куки', 'pt-BR': 'Biscoitos' };
  expect(pickText(text, 'ru', 'en')).toBe('Куки');
  expect(pickText(text, 'pt-BR', 'en')).toBe('Biscoitos');
  expect(pickText(text, 'ru-RU', 'en')).toBe('Куки');
  expect(pickText(text, 'hi', 'en')).toBe('Cookies');
  expect(pickText({ ru: 'Куки' }, 'hi', 'en')).toBe('Куки');
});
