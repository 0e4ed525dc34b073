import { expect, test } from 'vitest';
import { MAX_COOKIE_LENGTH } from './choice-format';
import { fitErrors } from './fits';
import { extremeConfig } from './testing/longest-config';

// The checker's limit (cookie-limit.ts) is the one choices are read back with.
test("the cookie's limit is MAX_COOKIE_LENGTH, and the longest choice at the checker's other limits is counted whole", () => {
  expect(fitErrors(extremeConfig())).toEqual([{ path: ['categories'], code: 'cookieSize', args: [8397, MAX_COOKIE_LENGTH] }]);
});
