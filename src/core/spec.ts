/**
 * A small typed schema language for the config, and its checker. One spec (config-spec.ts)
 * makes both the runtime check and the JSON Schema (tools/config-schema.ts).
 *
 * Each builder returns a function that checks a value and records what is wrong as a finding:
 * a path and a code with the few values its message needs, never words (explain.ts has them, in
 * a chunk a script-tag page fetches only when something is wrong). So the checker is the spec
 * itself, with no interpreter (valibot's design, for the same reason: size). What each node
 * accepts is also attached as plain data (`kind`, `re`, `min`…), which the schema is made from.
 * Nothing stops at the first problem. References between parts of the config (a category's
 * services, a purpose's data) are checked once the whole value has been walked, against the
 * values the walk collected.
 *
 * Each builder's type parameter is the TypeScript type the node accepts; config-spec.ts proves
 * that type equal to the documented contract in types.ts. Builders are marked free of side
 * effects, so a bundle that imports a module for something else drops its spec.
 */
import { has, isPlainObject } from './checks';
import { BLANK, LANG_TAG } from './patterns';
import type { LocalizedText } from './types';

/** What rule a value broke. explain.ts has the words for each (a missing one fails compilation). */
export type Code =
  // generic
  | 'obj' | 'str' | 'bool' | 'int' | 'enum' | 'arr' | 'key' | 'ref'
  | 'text' | 'textEmpty' | 'textKey' | 'textLang'
  // the core config
  | 'idKey' | 'categories' | 'services' | 'necessary' | 'service' | 'listedTwice' | 'country'
  | 'cookieGlob' | 'storageKey' | 'httpUrl' | 'url' | 'policyUrl' | 'revision' | 'version' | 'lang' | 'availDefault'
  | 'force' | 'cookieName' | 'proto' | 'domain' | 'path' | 'sameSiteSecure' | 'email' | 'phone'
  | 'contact' | 'id' | 'dupData' | 'dupPurpose' | 'textOrNot' | 'grievanceContact' | 'actions' | 'tooMany'
  // what the whole config becomes in the consent cookie and the records (fits.ts)
  | 'cookieSize' | 'policyUrlEncoded' | 'recordServices'
  // what a law requires (laws/*.ts), and its warnings
  | 'dpdpComplaint' | 'dpdpAge' | 'dpdpData' | 'dpdpGrievance' | 'dpdpPurpose' | 'dpdpChild' | 'dpdpRights' | 'ruAddress' | 'ruCountry' | 'ruData' | 'ruActions' | 'ruMethods' | 'ruTerm' | 'ruPurpose' | 'ruPurposeOnce'
  | 'ccpaGpc'
  | 'notStated' | 'ruAbroad' | 'optOutAlone' | 'trackerNecessary'
  // integrations, gating, ui
  | 'integration' | 'ga4' | 'gtm' | 'gaOrGtm' | 'gtagUrl' | 'signal' | 'signalKey' | 'tagManagerSignals' | 'ymId' | 'tagJsUrl'
  | 'bounce' | 'ecommerce' | 'floating' | 'uiTexts' | 'textsObj' | 'textName' | 'placeholders' | 'textsIncomplete' | 'noTexts' | 'chunkBase';

/** A step of a path: an object key or an array index. */
export type Seg = string | number;

export interface Finding {
  /** Where, from the checked value's root: `['categories', 'analytics', 'services', 0]`. */
  readonly path: readonly Seg[];
  readonly code: Code;
  /** What the message needs besides the value (bounds, options, where a value was first seen). */
  readonly args?: readonly unknown[];
  /** Printed, but the config still starts (a law's warning: laws/check.ts). */
  readonly warn?: true;
}

/** Values collected while walking, by name (`set`). The first of `lang` is the default language. */
export type Sets = Record<string, unknown[]>;

/**
 * A forbidden combination in an object: when every key of `when` has its value there
 * (`undefined`: left out), a finding at key `at`, or at the object itself.
 * `{ when: { email: undefined, phone: undefined }, code: 'contact' }`: one of them is required.
 */
export interface Rule {
  readonly when: Readonly<Record<string, unknown>>;
  readonly at?: string;
  readonly code: Code;
}

/**
 * A requirement that depends on another part of the object (a law's, see laws/): when the
 * list at key `if` contains `has`, every value at `at` (`*`: each item) must be given; an
 * empty list counts as not given (a purpose with `"data": []` itemises nothing).
 */
export interface Need {
  readonly if: string;
  readonly has: string;
  readonly at: readonly string[];
  readonly code: Code;
}

/** Values a string may not be, though its pattern allows them. */
export interface Not {
  readonly of: readonly string[];
  readonly code: Code;
}

/** What a node accepts, as data: the JSON Schema is made from it. */
export interface Description {
  readonly kind: 'str' | 'int' | 'bool' | 'enum' | 'alt' | 'text' | 'arr' | 'obj' | 'ref';
  readonly code?: Code;
  readonly re?: RegExp;
  readonly min?: number;
  readonly max?: number;
  readonly values?: readonly unknown[];
  readonly of?: Node | readonly Node[];
  readonly props?: Readonly<Record<string, Node>>;
  readonly keys?: Node;
  readonly unknown?: Code;
  readonly rules?: readonly Rule[];
  readonly needs?: readonly Need[];
  readonly includes?: Code;
  readonly set?: string;
  readonly once?: Code;
  readonly not?: Not;
  readonly shape?: Node;
  readonly except?: string;
  readonly optional?: boolean;
  readonly fallback?: unknown;
}

/** Checks `value` at `path`; `true` when that found nothing wrong. */
export type Node = ((value: unknown, path: readonly Seg[]) => boolean) & Description;
/** A node that accepts values of type `T` (for the type checker only). */
export type Spec<T> = Node & { readonly __type?: T };
export type Infer<S> = S extends Spec<infer T> ? T : never;

/** Compiles only when `T` is `true`: `type X = Assert<Same<A, B>>`. */
export type Assert<T extends true> = T;
/** `true` when `A` and `B` are the same type, `readonly` and optional keys included. */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type Flat<T> = { [K in keyof T]: T[K] };
type OptionalKeys<P> = { [K in keyof P]: P[K] extends { optional: true } ? K : never }[keyof P];
// An optional key takes `undefined` as left out (`object` below), as the documented types say.
type ObjectOf<P> = Flat<{ [K in Exclude<keyof P, OptionalKeys<P>>]: Infer<P[K]> } & { [K in OptionalKeys<P>]?: Infer<P[K]> | undefined }>;

// The walk's state: set by `check`, which runs synchronously and alone.
let found: Finding[] = [];
let sets: Sets = {};
let firsts: Record<string, readonly Seg[]> = {};
let later: Array<() => unknown> = [];

/** Records a finding; `false`, so a check can end with `ok || add(…)`. */
const add = (path: readonly Seg[], code: Code, args?: readonly unknown[]) => !found.push({ path, code, args }) as false;
const lang = () => (sets.lang ?? ['en'])[0];
/** A value seen before under the same code is reported, with where it was first. */
const once = (code: Code | undefined, v: unknown, path: readonly Seg[]) => {
  const key = `${code} ${v}`;
  if (code) return firsts[key] ? add(path, code, [firsts[key]]) : (firsts[key] = path);
};
/* @__NO_SIDE_EFFECTS__ */
const node = <T>(check: (value: unknown, path: readonly Seg[]) => boolean, description: Description) => Object.assign(check, description) as Spec<T>;

/** Every problem in `root`, checked against `spec`; `seeds` are values the walk does not collect itself. */
export function check(spec: Node, root: unknown, seeds: Readonly<Sets> = {}): Finding[] {
  found = [];
  sets = { ...seeds };
  firsts = {};
  later = [];
  spec(root, []);
  for (const run of later) run();
  return found;
}

/** A leaf: `test` decides. A passing value is reported when seen twice (`once`) and collected into `set`. */
/* @__NO_SIDE_EFFECTS__ */
const leaf = <T>(description: Description & { code: Code }, test: (v: unknown) => boolean, args?: readonly unknown[]) =>
  node<T>((v, path) => {
    if (!test(v)) return add(path, description.code, args);
    if (description.not?.of.includes(v as string)) return add(path, description.not.code);
    once(description.once, v, path);
    const set = description.set ? (sets[description.set] ??= []) : [];
    if (!set.includes(v)) set.push(v);
    return true;
  }, description);

/** A key that may be left out; `fallback` is checked (and collected) in its place, as the default it is. */
/* @__NO_SIDE_EFFECTS__ */
export const opt = <S extends Node>(spec: S, fallback?: Infer<S>) =>
  Object.assign((v: unknown, path: readonly Seg[]) => spec(v, path), spec, { optional: true, fallback }) as S & { readonly optional: true };

/** A string: non-blank, or matching `re` (whose own rules must exclude blanks). */
/* @__NO_SIDE_EFFECTS__ */
export const str = (re?: RegExp, code: Code = 'str', more: { set?: string; once?: Code; not?: Not } = {}) =>
  leaf<string>({ kind: 'str', code, re, ...more }, (v) => typeof v === 'string' && (re ? re.test(v) : !BLANK.test(v)));

/* @__NO_SIDE_EFFECTS__ */
export const int = (min: number, max = Infinity, code: Code = 'int') =>
  leaf<number>({ kind: 'int', code, min, max }, (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max, [min, max]);

export const BOOL = leaf<boolean>({ kind: 'bool', code: 'bool' }, (v) => typeof v === 'boolean');

/* @__NO_SIDE_EFFECTS__ */
export const oneOf = <const V extends readonly unknown[]>(values: V, code: Code = 'enum') =>
  leaf<V[number]>({ kind: 'enum', code, values }, (v) => values.includes(v), [values]);

/** Any one of the alternatives; else one finding with `code`. */
/* @__NO_SIDE_EFFECTS__ */
export const alt = <S extends Node[]>(code: Code, ...of: S) =>
  node<Infer<S[number]>>((v, path) => {
    const before = found.length;
    return of.some((a) => a(v, path) || void (found.length = before)) || add(path, code);
  }, { kind: 'alt', code, of });

/**
 * One of the alternatives, as `alt` (and the same JSON Schema), but a value that fails `base`
 * gets `base`'s findings, which say exactly what is wrong ("lgpd" in a list of laws); `code`
 * only for a value `base` accepts and no alternative does (a forbidden combination).
 */
/* @__NO_SIDE_EFFECTS__ */
export const altOf = <S extends Node[]>(code: Code, base: Node, ...of: S) => {
  const either = alt(code, ...of);
  return node<Infer<S[number]>>((v, path) => base(v, path) && either(v, path), either);
};

/** A visitor-facing text: a string, or texts by language that include the default language. */
export const TEXT = node<LocalizedText>((v, path) => {
  if (typeof v === 'string') return !BLANK.test(v) || add(path, 'textEmpty');
  if (!isPlainObject(v) || !Object.keys(v).length) return add(path, 'text');
  const before = found.length;
  for (const [k, t] of Object.entries(v)) {
    if (!LANG_TAG.test(k)) add([...path, k], 'textKey');
    else if (typeof t !== 'string' || BLANK.test(t)) add([...path, k], 'str');
  }
  // A missing default-language text would silently show another language: make the drift loud.
  if (found.length > before) return false;
  later.push(() => has(v, lang() as string) || add(path, 'textLang'));
  return true;
}, { kind: 'text' });

/** A list, each item checked; `includes`: it must list the default language. */
/* @__NO_SIDE_EFFECTS__ */
export const arr = <T>(of: Spec<T>, min = 0, includes?: Code) =>
  node<readonly T[]>((v, path) => {
    if (!Array.isArray(v) || v.length < min) return add(path, 'arr', [min]);
    if (!v.map((item, i) => of(item, [...path, i])).every(Boolean)) return false;
    if (includes) later.push(() => v.includes(lang()) || add(path, includes));
    return true;
  }, { kind: 'arr', of, min, includes });

/**
 * An object. Its `props` are the keys it knows; any other key is `unknown`, unless the object
 * is a map of entries (`of`: categories, services, texts by language) whose keys `keys` checks.
 */
/* @__NO_SIDE_EFFECTS__ */
const object = <T>(props: Readonly<Record<string, Node>>, more: Omit<Description, 'kind' | 'props'>) =>
  node<T>((v, path) => {
    if (!isPlainObject(v)) return add(path, more.code ?? 'obj');
    const before = found.length;
    const at = (k: string) => [...path, k];
    for (const [k, x] of Object.entries(v)) {
      if (has(props, k)) continue;
      if (!more.of) add(at(k), more.unknown ?? 'key', [Object.keys(props)]);
      else {
        more.keys!(k, at(k));
        (more.of as Node)(x, at(k));
      }
    }
    for (const [k, p] of Object.entries(props)) {
      // A key given as `undefined` (a variable not set) is left out: resolve.ts gives it its default too.
      const given = has(v, k) && v[k] !== undefined ? v[k] : p.fallback;
      if (given !== undefined || !p.optional) p(given, at(k));
    }
    // A map's entries each go into every consent record, whose schema holds only so many.
    if (more.max !== undefined && Object.keys(v).length > more.max) add(path, 'tooMany', [more.max]);
    for (const r of more.rules ?? []) if (Object.entries(r.when).every(([k, x]) => (has(v, k) ? v[k] : undefined) === x)) add(r.at ? at(r.at) : path, r.code);
    for (const need of more.needs ?? []) {
      const list = has(v, need.if) ? v[need.if] : undefined;
      if (Array.isArray(list) && list.includes(need.has)) for (const [p, x] of each(v, need.at, path)) if (x === undefined || (Array.isArray(x) && !x.length)) add(p, need.code);
    }
    return found.length === before;
  }, { kind: 'obj', props, ...more });

/* @__NO_SIDE_EFFECTS__ */
export const obj = <P extends Readonly<Record<string, Node>>>(props: P, more: { code?: Code; unknown?: Code; rules?: readonly Rule[]; needs?: readonly Need[] } = {}) =>
  object<ObjectOf<P>>(props, more);

/** An object whose keys are all optional and all take the same node (signals, text names). */
/* @__NO_SIDE_EFFECTS__ */
export const keysOf = <const K extends string, T>(keys: readonly K[], of: Spec<T>, more: { code?: Code; unknown?: Code } = {}) =>
  object<{ [P in K]?: T | undefined }>(Object.fromEntries(keys.map((k) => [k, opt(of)])), more);

/** An object of entries by key (categories, services, texts by language); `keys` checks (and collects) the keys. */
/* @__NO_SIDE_EFFECTS__ */
export const map = <T>(keys: Spec<string>, of: Spec<T>, more: { code?: Code; rules?: readonly Rule[]; max?: number } = {}) => object<Record<string, T>>({}, { keys, of, ...more });

/**
 * A string that must be one of the values collected into `set` elsewhere in the config (category
 * keys, data ids…), checked once the whole config has been walked; `shape` is checked first.
 * `except` is left out of the set; `once` reports a value referenced a second time.
 */
/* @__NO_SIDE_EFFECTS__ */
export const ref = (set: string, code: Code = 'ref', more: { shape?: Spec<string>; except?: string; once?: Code } = {}) =>
  node<string>((v, path) => {
    if (more.shape && !more.shape(v, path)) return false;
    later.push(() => {
      // A set never collected (its part of the config is missing) was reported there.
      const options = sets[set]?.filter((x) => x !== more.except);
      if (options) return options.includes(v) ? once(more.once, v, path) : add(path, code, [options]);
    });
    return true;
  }, { kind: 'ref', code, set, ...more });

/** The value at `path` under `root` (own keys only), or `undefined`. */
export function get(root: unknown, path: readonly Seg[]): unknown {
  return path.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null && has(v, k as string) ? (v as Record<Seg, unknown>)[k] : undefined), root);
}

/** Every value at `path` (`*`: each item or entry), with its full path from `at`. */
export function each(v: unknown, [k, ...rest]: readonly string[], at: readonly Seg[]): Array<[readonly Seg[], unknown]> {
  if (k === undefined) return [[at, v]];
  const keys = k !== '*' ? [k] : typeof v === 'object' && v !== null ? Object.keys(v) : [];
  return keys.flatMap((key) => each(get(v, [key]), rest, [...at, Array.isArray(v) ? +key : key]));
}
