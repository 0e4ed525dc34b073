/**
 * Makes `config.schema.json` (JSON Schema draft-07, for editors and site owners' CI) from the
 * config's spec (src/core/config-spec.ts): its keys, types, patterns, ranges and rules, with
 * each option's one-line doc and default read from the documented contract (src/core/types.ts,
 * `@default` tags). Nothing is written twice: the spec says what is accepted, types.ts says
 * what it means. Run at build time (rollup.config.mjs) and by the tests.
 *
 * What JSON Schema cannot say is checked when Consentry starts and listed in `$comment`:
 * references between parts of the config, ids used twice, texts in the default language, whether
 * the keys fit in the consent cookie, and a root-relative policy URL's length once %-encoded.
 * Every subschema names its type, even where its parent's says it: ajv (the README's first
 * validator for CI) logs a warning for each one that does not, and refuses it under `strict: true`.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { CONFIG_SPEC } from '../src/core/config-spec';
import { LAW_CHECKS } from '../src/core/laws/check';
import { LANG_TAG } from '../src/core/patterns';
import type { Need, Node, Rule } from '../src/core/spec';
import type { Law } from '../src/core/types';
import { EMBED_TEXTS } from '../src/gate/embed-texts';
import { DEFAULT_SIGNAL_MAP } from '../src/integrations/consent-mode';
import { d } from '../src/ui/i18n/dialog-en';
import { t } from '../src/ui/i18n/en';
import { REOPEN_LABEL } from '../src/ui/i18n/reopen-label';

const en: Record<string, string> = { ...t, ...d, reopen: REOPEN_LABEL.en };

export type JsonSchema = { [key: string]: unknown };

const TYPES = resolve(dirname(fileURLToPath(import.meta.url)), '../src/core/types.ts');
const TEXT = '#/definitions/text';

/**
 * Entries named by data rather than by types.ts, described by their real default: the
 * signal map's categories, the widget's English texts, the placeholder's English texts.
 */
const ENTRIES: Record<string, (key: string) => { description: string; default?: unknown }> = {
  '$.integrations.google.signals': (key) => ({
    // googleDefaults: analytics_storage goes with the category that lists google-analytics.
    description: `The category that grants ${key} (\`necessary\`: always)${key === 'analytics_storage' ? '. Default: the category listing `google-analytics`, else `analytics`' : ''}.`,
    default: DEFAULT_SIGNAL_MAP[key as keyof typeof DEFAULT_SIGNAL_MAP],
  }),
  '$.gating.texts': (key) => ({ description: `Default in English: "${EMBED_TEXTS[key as keyof typeof EMBED_TEXTS].en}"` }),
  '$.ui.texts{}': (key) => ({ description: `Default in English: "${en[key]}"` }),
};

/** Where docs come from: a TypeScript type, walked beside the spec. */
interface Docs {
  checker: ts.TypeChecker;
  type: ts.Type | undefined;
}

export function configSchema(): JsonSchema {
  const program = ts.createProgram([TYPES], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(TYPES);
  const config = source?.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'ConsentryConfig');
  if (!config) throw new Error(`${TYPES}: no interface ConsentryConfig`);
  const symbol = checker.getSymbolAtLocation(config.name)!;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Consentry config',
    description: doc(symbol, checker).description,
    $comment:
      'Also checked when Consentry starts, beyond what JSON Schema can say: a category lists only services defined in "services" or by an integration, each in one category; purposes name configured categories and data ids; ids are not used twice; gpc.categories and Google\'s signals name configured categories; language.available includes language.default, and language.force is one of them; every text given by language includes the default language; under "152-fz" and "dpdp" every optional category is named by a purpose (under "152-fz" by one only), and under "ccpa" gpc.categories names a configured optional category; the categories\' and their services\' keys fit in the consent cookie (each optional category its key\'s length + 3, each service it lists its key\'s + 9, and 145 more, at most 3,000); a root-relative policy.url is at most 1,748 characters once %-encoded, as the browser resolves it for the records; the categories list at most 128 services in all, plugins\' included. A law\'s warnings (a value given as { "notStated": true }, a 152-FZ site\'s service storing data abroad, a right the DPDP Act gives left out of policy.rights) are printed then, never refused.',
    ...withLawLimits(schemaOf(CONFIG_SPEC, { checker, type: checker.getDeclaredTypeOfSymbol(symbol) }, '$')),
    definitions: {
      text: {
        description: 'A text for visitors: one string, or one string per language (which must include the default language).',
        anyOf: [
          { type: 'string', pattern: '\\S' },
          { type: 'object', minProperties: 1, propertyNames: { pattern: LANG_TAG.source }, additionalProperties: { type: 'string', pattern: '\\S' } },
        ],
      },
    },
  };
}

function schemaOf(n: Node, docs: Docs, at: string): JsonSchema {
  switch (n.kind) {
    case 'str':
      return { type: 'string', pattern: n.re ? pattern(n.re, at) : '\\S', ...(n.not && { not: { enum: n.not.of } }) };
    case 'int':
      return { type: 'integer', minimum: n.min, ...(n.max !== Infinity && { maximum: n.max }) };
    case 'bool':
      return { type: 'boolean' };
    case 'enum':
      return { enum: n.values };
    case 'alt':
      return { anyOf: (n.of as Node[]).map((a) => schemaOf(a, { ...docs, type: undefined }, at)) };
    case 'text':
      // In an allOf, so the description beside it counts (draft-07 ignores a $ref's siblings).
      return { allOf: [{ $ref: TEXT }] };
    case 'ref':
      return n.shape ? schemaOf(n.shape, docs, at) : { type: 'string' };
    case 'arr': {
      const item = docs.type && docs.checker.getIndexTypeOfType(docs.type, ts.IndexKind.Number);
      return { type: 'array', items: schemaOf(n.of as Node, { ...docs, type: item }, `${at}[]`), ...(n.min && { minItems: n.min }) };
    }
    case 'obj':
      return n.of ? mapSchema(n, docs, at) : objectSchema(n, docs, at);
  }
}

function objectSchema(n: Node, docs: Docs, at: string): JsonSchema {
  const properties: JsonSchema = {};
  const required: string[] = [];
  for (const [key, prop] of Object.entries(n.props ?? {})) {
    const symbol = docs.type && docs.checker.getPropertyOfType(docs.type, key);
    if (docs.type && !symbol) throw new Error(`${at}.${key}: in the spec, not in types.ts`);
    const type = symbol && docs.checker.getNonNullableType(docs.checker.getTypeOfSymbol(symbol));
    const described = ENTRIES[at]?.(key) ?? (symbol ? doc(symbol, docs.checker, type) : {});
    if (prop.fallback !== undefined && JSON.stringify(prop.fallback) !== JSON.stringify(described.default)) {
      throw new Error(`${at}.${key}: the spec checks ${JSON.stringify(prop.fallback)} in its place, types.ts says @default ${JSON.stringify(described.default)}`);
    }
    properties[key] = { ...described, ...schemaOf(prop, { ...docs, type }, `${at}.${key}`) };
    if (!prop.optional) required.push(key);
  }
  const out: JsonSchema = { type: 'object', properties, additionalProperties: false };
  const conditions: JsonSchema[] = [];
  for (const rule of n.rules ?? []) {
    const left = Object.keys(rule.when).filter((k) => rule.when[k] === undefined);
    if (left.length === Object.keys(rule.when).length) {
      // "These keys may not all be left out": one of them is required.
      if (left.length === 1) required.push(left[0]!);
      else conditions.push({ anyOf: left.map((k) => ({ required: [k] })) });
    } else conditions.push(forbidden(rule));
  }
  for (const need of n.needs ?? []) conditions.push(needed(need));
  if (required.length) out.required = required;
  if (conditions.length) out.allOf = conditions;
  return out;
}

function mapSchema(n: Node, docs: Docs, at: string): JsonSchema {
  const entry = docs.type && docs.type.getStringIndexType();
  const keys = schemaOf(n.keys!, { ...docs, type: undefined }, `${at}{}`);
  const out: JsonSchema = { type: 'object', propertyNames: { pattern: keys.pattern }, additionalProperties: schemaOf(n.of as Node, { ...docs, type: entry }, `${at}{}`) };
  const required = (n.rules ?? []).map((r: Rule) => {
    const left = Object.keys(r.when);
    if (left.length !== 1 || r.when[left[0]!] !== undefined) throw new Error(`${at}: a map's rules may only require a key`);
    return left[0]!;
  });
  if (n.max !== undefined) out.maxProperties = n.max;
  return required.length ? { ...out, required } : out;
}

/** A forbidden combination: `when`'s given values all present, its `undefined` keys all left out. */
function forbidden(rule: Rule): JsonSchema {
  const given = Object.entries(rule.when).filter(([, v]) => v !== undefined);
  const left = Object.keys(rule.when).filter((k) => rule.when[k] === undefined);
  return {
    not: {
      properties: Object.fromEntries(given.map(([k, v]) => [k, { const: v }])),
      required: given.map(([k]) => k),
      ...(left.length && { allOf: left.map((k) => ({ not: { required: [k] } })) }),
    },
  };
}

/** `policy.laws` lists `law`. */
const lawIs = (law: Law): JsonSchema => ({ type: 'object', properties: { laws: { type: 'array', contains: { const: law } } }, required: ['laws'] });

/**
 * The laws' limits that JSON Schema can say (laws/check.ts, lawErrors): a law's least
 * `policy.minimumAge` (DPDP: 18), and Global Privacy Control not switched off where a law makes
 * it an opt-out (CCPA). Which categories it refuses names the config's own: checked at start.
 */
function withLawLimits(root: JsonSchema): JsonSchema {
  const policy = (root.properties as Record<string, JsonSchema>).policy!;
  const ifLaw = (law: Law) => ({ properties: { policy: lawIs(law) }, required: ['policy'] });
  const gpcOn = { properties: { gpc: { type: 'object', properties: { honour: { not: { const: false } } } } } };
  for (const law of Object.keys(LAW_CHECKS) as Law[]) {
    const { minimumAge, gpcOptOut } = LAW_CHECKS[law];
    if (minimumAge) ((policy.allOf ??= []) as JsonSchema[]).push({ if: lawIs(law), then: { properties: { minimumAge: { type: 'integer', minimum: minimumAge.min } } } });
    if (gpcOptOut) ((root.allOf ??= []) as JsonSchema[]).push({ if: ifLaw(law), then: gpcOn });
  }
  return root;
}

/** A law's requirement: when the list at `if` contains `has`, the path `at` (`*`: each item) is required, and not as an empty list. */
function needed(need: Need): JsonSchema {
  const require = ([key, ...rest]: readonly string[]): JsonSchema =>
    key === '*'
      ? { type: 'array', items: require(rest) }
      : { type: 'object', required: [key!], properties: { [key!]: rest.length ? require(rest) : { not: { type: 'array', maxItems: 0 } } } };
  return { if: { properties: { [need.if]: { type: 'array', contains: { const: need.has } } }, required: [need.if] }, then: require(need.at) };
}

/**
 * A regex as JSON Schema reads it: its source, read with the `u` flag (code points, as ajv reads
 * every pattern and JSON Schema counts lengths), so that flag may be given. No other can be carried.
 */
function pattern(re: RegExp, at: string): string {
  if (re.flags.replace('u', '')) throw new Error(`${at}: /${re.source}/${re.flags} has flags, which JSON Schema patterns cannot carry`);
  new RegExp(re.source, 'u'); // throws when ajv could not read it
  return re.source;
}

/** One line of docs, and the JSON value of its `@default` tag, from a symbol in types.ts (else from its type). */
function doc(symbol: ts.Symbol, checker: ts.TypeChecker, type?: ts.Type): { description?: string; default?: unknown } {
  let text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
  if (!text && type?.aliasSymbol === undefined && type?.symbol && !(type.flags & ts.TypeFlags.Union)) {
    text = ts.displayPartsToString(type.symbol.getDocumentationComment(checker));
  }
  const out: { description?: string; default?: unknown } = {};
  if (text) out.description = text.replace(/\{@link (\w+)\}/g, '`$1`').replace(/\s+/g, ' ').trim();
  for (const tag of symbol.getJsDocTags(checker)) {
    if (tag.name !== 'default') continue;
    const value = ts.displayPartsToString(tag.text).trim();
    try {
      out.default = JSON.parse(value);
    } catch {
      throw new Error(`${symbol.name}: @default ${value} is not JSON`);
    }
  }
  return out;
}

// `node --import tsx tools/config-schema.ts`: prints the schema (the build writes it to dist/).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(configSchema(), null, 2)}\n`);
}
