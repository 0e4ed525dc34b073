/**
 * The longest consent cookie a config may make and a decision writes (fits.ts, decisions.ts): the
 * most choice-format.ts's decodeChoice reads back (its MAX_COOKIE_LENGTH, kept equal by
 * cookie-limit.test.ts). One module for the two lazy parts, apart from choice-format.ts: imported
 * from there, an npm app's entry would export it to them, 16 bytes; a script-tag chunk inlines it.
 */
export const COOKIE_LIMIT = 3000;
