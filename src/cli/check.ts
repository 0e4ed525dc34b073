import { configDigest } from '../core/config-digest';
import { formatIssues, formatWarnings, validateConfig } from '../validate';
import { VERSION } from '../core/version';
import { jsonErrorAt, lineAndColumn } from './json-error';

/** What `consentry check` says about one file. */
export interface CheckReport {
  ok: boolean;
  /** The script tag's attribute, for a valid config. */
  attribute?: string;
  /** What to print, line by line. */
  lines: string[];
}

// The element the script tag reads (src/browser/page-config.ts, getElementById), in a page given
// whole: the first <script> whose id is exactly "consentry-config", outside comments (a config
// commented out is no element, and "consentry-config-old" is another id).
const PAGE_PARTS = /<!--[\s\S]*?(?:-->|$)|<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const CONFIG_ID = /\s[Ii][Dd]\s*=\s*(?:"consentry-config"|'consentry-config'|consentry-config(?!\S))/;

/** The config element's text, and where it starts in the page. */
function configInPage(page: string): { json: string; at: number } | undefined {
  for (const m of page.matchAll(PAGE_PARTS)) if (m[1] !== undefined && CONFIG_ID.test(m[1])) return { json: m[2]!, at: m.index + m[0].indexOf('>') + 1 };
  return undefined;
}

/**
 * Checks a config as the script tag does on a first visit (the same checker, with the services
 * its integrations bring) and, when it is valid, gives the digest that lets the browser skip
 * that check. `text` is the config's JSON, or a page with `#consentry-config` in it.
 */
export function checkText(text: string, name: string): CheckReport {
  // A byte order mark (Windows Notepad saves one): JSON.parse would stop at that invisible character.
  text = text.replace(/^\uFEFF/, '');
  const page = /^\s*</.test(text);
  const inPage = page ? configInPage(text) : undefined;
  if (page && !inPage) return { ok: false, lines: [`${name}: no <script type="application/json" id="consentry-config"> in this page`] };
  const json = inPage ? inPage.json : text;
  let config: unknown;
  try {
    config = JSON.parse(json);
  } catch (error) {
    // Where, as an editor counts it (in the page, for a page), and what is there.
    const at = jsonErrorAt(json);
    if (at === undefined) return { ok: false, lines: [`${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
    const { line, column } = lineAndColumn(text, (inPage?.at ?? 0) + at);
    return { ok: false, lines: [`${name}:${line}:${column}: not valid JSON: ${at < json.length ? `unexpected ${JSON.stringify(json[at])}` : 'it ends too soon'}`] };
  }
  // The services its integrations bring count as defined (validate.ts adds them).
  const result = validateConfig(config);
  if (!result.ok) return { ok: false, lines: [`${name}: ${formatIssues(result.issues)}`] };
  const attribute = `data-config-checked="${configDigest(config)}"`;
  return {
    ok: true,
    attribute,
    lines: [
      ...(result.warnings.length ? [`${name}: ${formatWarnings(result.warnings)}`] : []),
      `${name}: valid for consentry ${VERSION}. Add to the <script> that loads consentry.js, so visitors' browsers skip this check:`,
      `  ${attribute}`,
      'Run the check again after any change to the config or an update of consentry: until then the browser checks it itself.',
    ],
  };
}
