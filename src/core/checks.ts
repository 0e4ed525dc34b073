import type { ConfigIssue } from './types';

/**
 * Collects config problems with their path, so one error can list them all.
 * Each check returns whether the value passed, so callers can skip dependent checks.
 */
export class IssueList {
  readonly issues: ConfigIssue[] = [];

  add(path: string, value: unknown, expected: string): false {
    this.issues.push({ path, value: show(value), expected });
    return false;
  }

  object(path: string, value: unknown, allowed: readonly string[]): value is Record<string, unknown> {
    if (!isPlainObject(value)) return this.add(path, value, 'an object');
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.add(child(path, key), value[key], `no such option; expected one of ${list(allowed)}`);
    }
    return true;
  }

  string(path: string, value: unknown, pattern?: RegExp, expected?: string): value is string {
    if (typeof value !== 'string' || value.trim() === '') return this.add(path, value, expected ?? 'a non-empty string');
    if (pattern && !pattern.test(value)) return this.add(path, value, expected ?? `a string matching ${pattern}`);
    return true;
  }

  boolean(path: string, value: unknown): value is boolean {
    return typeof value === 'boolean' || this.add(path, value, 'true or false');
  }

  integer(path: string, value: unknown, min: number, max: number): value is number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return this.add(path, value, `a whole number from ${min} to ${max}`);
    }
    return true;
  }

  oneOf<T extends string>(path: string, value: unknown, options: readonly T[]): value is T {
    return (typeof value === 'string' && (options as readonly string[]).includes(value)) || this.add(path, value, `one of ${list(options)}`);
  }

  array(path: string, value: unknown, minLength = 0): value is unknown[] {
    if (!Array.isArray(value)) return this.add(path, value, minLength ? `an array with at least ${minLength} item(s)` : 'an array');
    if (value.length < minLength) return this.add(path, value, `an array with at least ${minLength} item(s)`);
    return true;
  }

  /** A visitor-facing text: a string, or `{ lang: text }` that includes the site's default language. */
  text(path: string, value: unknown, defaultLang: string): boolean {
    if (typeof value === 'string') return value.trim() !== '' || this.add(path, value, 'a non-empty text');
    if (!isPlainObject(value) || Object.keys(value).length === 0) {
      return this.add(path, value, `a text: a string, or an object of texts by language such as { "${defaultLang}": "…" }`);
    }
    let ok = true;
    for (const [lang, text] of Object.entries(value)) {
      if (!LANG_TAG.test(lang)) ok = this.add(`${path}.${lang}`, text, 'a language tag such as "en", "ru" or "hi" as the key');
      else if (typeof text !== 'string' || text.trim() === '') ok = this.add(`${path}.${lang}`, text, 'a non-empty string');
    }
    // A missing default-language text would silently show another language: make the drift loud.
    if (ok && !has(value, defaultLang)) ok = this.add(path, value, `a text for the default language "${defaultLang}" too`);
    return ok;
  }
}

/** The path of a key: top-level keys are `categorys`, not `config.categorys` (formatIssues adds `config.`). */
function child(path: string, key: string): string {
  return path === 'config' ? key : `${path}.${key}`;
}

export const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function list(options: readonly string[]): string {
  return options.map((o) => JSON.stringify(o)).join(', ');
}

/** A value for an error message: JSON, cut short, functions and undefined named. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined (missing)';
  if (typeof value === 'function') return 'a function';
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = String(value);
  }
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/** Own keys only: a category called "constructor" must not find Object.prototype. */
export function has(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
