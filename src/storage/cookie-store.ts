import Cookies from 'js-cookie';
import type { ChoiceStore } from './store';

export interface CookieStoreOptions {
  name: string;
  path: string;
  domain?: string | undefined;
  sameSite: 'Lax' | 'Strict' | 'None';
  secure: boolean;
}

/** The consent cookie. Attributes are fixed once, so a write can never drift from a remove. */
export function cookieStore(options: CookieStoreOptions): ChoiceStore {
  const attributes = {
    path: options.path,
    sameSite: options.sameSite,
    secure: options.secure,
    ...(options.domain ? { domain: options.domain } : {}),
  };
  const cookies = Cookies.withAttributes(attributes);
  return {
    read: () => cookies.get(options.name),
    write: (value, lifetimeDays) => {
      cookies.set(options.name, value, { expires: lifetimeDays });
    },
    remove: () => cookies.remove(options.name),
  };
}
