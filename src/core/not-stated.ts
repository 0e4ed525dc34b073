import type { NotStated } from './types';

/** `{ "notStated": true }`: the policy does not say (types.ts, NotStated). */
export function isNotStated(value: unknown): value is NotStated {
  return typeof value === 'object' && value !== null && (value as NotStated).notStated === true;
}

/** ISO 3166 "ZZ" (CLDR's unknown region): the policy does not say where. Never "abroad". */
export const NOT_STATED_COUNTRY = 'ZZ';
