/** The consent cookie's name when `cookie.name` is not set. */
export const DEFAULT_COOKIE_NAME = 'consentry';
