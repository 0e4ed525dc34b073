/**
 * The words of what the boot-level code (the instance, the gate, the script-tag loader) can tell
 * the console, by key: code on every page names a key, and these words come only when there is
 * something to say (a lazy chunk of an npm app's bundler; the `messages` chunk of a script-tag
 * page), as `preact/debug` keeps Preact's.
 */
import { describeError } from './log';
import { placeholdersExpected, show } from './shown';

/** The element is passed as it is: its tag and markup are read here, so code on every page does not read them. */
const blocked = (problem: string, el: Element) => `${problem}, so this ${el.tagName.toLowerCase()} stays blocked: ${el.outerHTML.slice(0, 120)}`;
const list = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');

/** Why a receiver refused a record: consentry/server's `error` and `message`, else the start of what it sent (a proxy's page). */
function refusal(answer: string): string {
  let why = `"${answer}"`;
  try {
    const { error, message } = JSON.parse(answer) as { error?: unknown; message?: unknown };
    if (typeof error === 'string') why = message === undefined ? error : `${error}: ${String(message)}`;
  } catch {
    // not JSON: quoted as it came
  }
  why = why.replace(/\s+/g, ' ').trim();
  return answer.trim() ? ` (${why.length > 200 ? `${why.slice(0, 199)}…` : why})` : '';
}

/** What can throw inside the instance, by the key the instance names it with (`name`: the event, category or plugin). */
export const THROWERS = {
  listener: (name: string) => `a "${name}" listener`,
  read: () => 'reading the consent cookie',
  decision: () => 'a decision',
  when: (name: string) => `when("${name}") callback`,
  teardown: () => 'a plugin teardown',
  setup: (name: string) => `plugin "${name}" setup`,
};

export const MESSAGES = {
  threw: (what: keyof typeof THROWERS, error: unknown, name = '') => `${THROWERS[what](name)} threw: ${describeError(error)}`,
  cookieUnwritten: () => 'the consent cookie could not be stored (cookies blocked?); the choice holds for this page only.',
  invalidRefuse: () => 'the config is invalid (its own error says why), so no choice can be stored.',
  recordRefused: (url: string, id: string, status: number, answer: string) => `the consent log at ${url} refused record ${id} with HTTP ${status}${refusal(answer)}; it will not be sent again.`,
  refusedAlone: (id: string, action: string, sequence: number, at: string) =>
    `record ${id} (${action}, sequence ${sequence}) keeps failing at ${at}, which accepts newer records: something between this page and the receiver (a firewall, a proxy) refuses this record alone. Newer records no longer wait for it; it stays queued, is retried after an hour, then 2, 4… up to once a day, and is dropped once older than cookie.lifetimeDays.`,
  endpointMissing: (url: string, status: number) =>
    `records.endpoint: "${url}" answered HTTP ${status}; expected the consent log's receiver there (${status === 401 || status === 403 ? "does it allow this page's origin, and does a proxy in front of it ask for credentials?" : 'is it deployed, and is its route or proxy in place?'}). The records are kept and sent again until it takes them.`,
  decisionsUnloaded: (error: unknown) => `could not load what decisions need (${String(error)}); the choice was not stored.`,
  setLocale: (given: string, available: readonly string[]) => `setLocale(): "${given}" is not offered; expected one of ${list(available)}.`,
  decisionLocale: (given: unknown, visitor: string) => `locale: got ${show(given)}; expected "en" (the choice was shown in English) or the visitor's language, "${visitor}", which the record names.`,
  unknownName: (kind: 'categories' | 'services', name: string, known: Record<string, boolean>) =>
    `${kind == 'services' ? `allowedService("${name}")` : `allowed("${name}") / when("${name}")`}: the config has no ${kind == 'services' ? 'service' : 'category'} "${name}" (it has ${list(Object.keys(known))}), so it is never granted.`,
  noUi: () => 'showPreferences(): no UI is attached to this instance.',
  noWayBack: () =>
    'the banner tells visitors they can change their choice in the cookie settings, but this page has no way there (none was on it 5 seconds after the choice); withdrawing must be as easy as consenting (GDPR Art. 7(3)). Show the floating button ("ui": { "floatingButton": "bottom-right" } in the config, or "bottom-left"), or put data-consentry-open on a link or button on every page, such as "Cookie settings" in the footer. A control of your own that calls showPreferences() cannot be seen from here: give it the attribute instead of the call.',
  unknownCategory: (category: string, _: string, el: Element) => blocked(`data-category="${category}" is not a category of the config`, el),
  unknownService: (service: string, category: string, el: Element) => blocked(`data-service="${service}" is not a service listed in category "${category}"`, el),
  notWebUrl: (src: string, _: string, el: Element) => blocked(`data-src="${src}" is not an http(s) or relative URL`, el),
  chunkUnloaded: (error: unknown, what: string) => `${String(error)}; ${what} need it.`,
  twice: () => 'consentry.js was loaded twice; the second copy does nothing.',
  bothConfigs: (id: string) => `both window.consentryConfig and #${id} exist; using window.consentryConfig.`,
  noConfig: (id: string) => `no config found: add <script type="application/json" id="${id}">{…}</script> or set window.consentryConfig before consentry.js. Nothing optional will run.`,
  badJson: (id: string, error: unknown) => `#${id} is not valid JSON (${String(error)}). Nothing optional will run.`,
  notStarted: (error: unknown) => `could not start, so nothing optional will run (failing closed): ${String(error)}`,
  notChecked: (error: string) => `could not check the config, so nothing optional will run (failing closed): ${error}`,
  // A text override the widget dropped, as `consentry check` says it (text-keys.ts): `shipped` is the text shown instead.
  textPlaceholders: (lang: string, key: string, value: string, shipped: string) =>
    `config.ui.texts.${lang}.${key}: got ${show(value)}; expected ${placeholdersExpected(shipped.match(/\{\w+\}/g)?.sort() ?? [])}`,
  widgetUnloaded: (error: unknown) => `could not load the widget: ${String(error)}. Set config.ui.chunkBase if consentry's files live elsewhere.`,
};
