import { expect, test } from 'vitest';
import { crossesBorder } from './not-stated';

test('a transfer crosses a border only between two stated countries that differ: "ZZ" on either side is never abroad', () => {
  expect(crossesBorder('RU', 'US')).toBe(true);
  expect(crossesBorder('RU', 'RU')).toBe(false);
  expect(crossesBorder('RU', 'ZZ')).toBe(false);
  // The operator's country not stated: Russia is not "abroad" for a shop that may well be Russian.
  expect(crossesBorder('ZZ', 'RU')).toBe(false);
  expect(crossesBorder('ZZ', 'ZZ')).toBe(false);
});
