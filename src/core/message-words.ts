/**
 * The words of what the boot-level code (the instance, the gate, the script-tag loader) can tell
 * the console, by key: code on every page names a key, and these words come only when there is
 * something to say (a lazy chunk of an npm app's bundler; the `messages` chunk of a script-tag
 * page), as `preact/debug` keeps Preact's.
 */
const blocked = (problem: string, tag: string, html: string) => `${problem}, so this ${tag} stays blocked: ${html}`;
const list = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');

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
  threw: (what: keyof typeof THROWERS, error: string, name = '') => `${THROWERS[what](name)} threw: ${error}`,
  cookieUnwritten: () => 'the consent cookie could not be stored (cookies blocked?); the choice holds for this page only.',
  invalidRefuse: () => 'the config is invalid (its own error says why), so no choice can be stored.',
  decisionsUnloaded: (error: string) => `could not load what decisions need (${error}); the choice was not stored.`,
  setLocale: (given: string, available: readonly string[]) => `setLocale(): "${given}" is not offered; expected one of ${list(available)}.`,
  noUi: () => 'showPreferences(): no UI is attached to this instance.',
  unknownCategory: (category: string, _: string, tag: string, html: string) => blocked(`data-category="${category}" is not a category of the config`, tag, html),
  unknownService: (service: string, category: string, tag: string, html: string) => blocked(`data-service="${service}" is not a service listed in category "${category}"`, tag, html),
  notWebUrl: (src: string, _: string, tag: string, html: string) => blocked(`data-src="${src}" is not an http(s) or relative URL`, tag, html),
  chunkUnloaded: (error: string, what: string) => `${error}; ${what} need it.`,
  twice: () => 'consentry.js was loaded twice; the second copy does nothing.',
  bothConfigs: (id: string) => `both window.consentryConfig and #${id} exist; using window.consentryConfig.`,
  noConfig: (id: string) => `no config found: add <script type="application/json" id="${id}">{…}</script> or set window.consentryConfig before consentry.js. Nothing optional will run.`,
  badJson: (id: string, error: string) => `#${id} is not valid JSON (${error}). Nothing optional will run.`,
  notStarted: (error: string) => `could not start, so nothing optional will run (failing closed): ${error}`,
  notChecked: (error: string) => `could not check the config, so nothing optional will run (failing closed): ${error}`,
  widgetUnloaded: (error: string) => `could not load the widget: ${error}. Set config.ui.chunkBase if consentry's files live elsewhere.`,
};
