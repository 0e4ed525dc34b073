/**
 * A `JSON.stringify` replacer that throws on what JSON would not carry whole (a function, a
 * symbol, `undefined`, NaN or Infinity, a Date or another class's instance), which plain
 * `JSON.stringify` drops or changes without a word. A config's text is what a browser keeps it
 * checked by: with such a value dropped, an invalid config could read as the valid one it
 * replaced, and start unchecked.
 */
export function onlyJson(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  // An object: plain or an array. Else a string, a boolean, null or a finite number (isFinite
  // throws on a symbol or a bigint, which is as good).
  if (raw !== null && typeof raw === 'object' ? !PLAIN.includes(Object.getPrototypeOf(raw)) : typeof raw !== 'string' && typeof raw !== 'boolean' && !isFinite(raw as number)) throw 0;
  return value;
}

const PLAIN: unknown[] = [Object.prototype, Array.prototype];
