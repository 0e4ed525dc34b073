/**
 * Script-tag entry, `consentry.js`: the one file every page loads. It reads the site's config
 * and the stored choice and, when the choice is current and this browser kept its plan (what
 * the core worked out for it), applies the plan with no other request: granted blocked scripts
 * and frames run, Google gets its Consent Mode update, Metrica its flag and tag, the floating
 * button and `[data-consentry-open]` links work. A first visit fetches the banner's file, which
 * shows the banner with this file's gate and ways back, and the core only once the visitor
 * reaches for it. Anything else (another choice, a changed config, records waiting, the
 * settings) fetches the core chunk. `window.consentry` is the facade, from the first line.
 */
import type { ConfigIssue, Consent } from '../core/types';
import { pushConsentDefault } from '../integrations/consent-default';
import { DEFAULT_COOKIE_NAME } from '../core/cookie-name';
import { OPT_OUT_LAWS } from '../core/laws/opt-out';
import { shippedLanguage } from '../core/shipped-language';
import { cookieSet } from '../storage/read-cookie';
import { applyPlan } from './apply-plan';
import { facade } from './facade';
import type { Facade } from './facade';
import type { Handoff } from './handoff';
import { partLoader } from './part-loader';
import { readPageConfig } from './page-config';
import { recordsDue } from './records-due';
import type { Plan } from './plan';
import { planKey, planStore } from './plan';
import { sayLater } from './say-later';

declare global {
  interface Window {
    consentry?: Consent;
  }
}

// Read now: `currentScript` is only set while this file first runs.
const script = document.currentScript as HTMLScriptElement | null;
const nonce = script?.nonce || undefined;

function boot(): void {
  let load = partLoader(script?.src || location.href, nonce);
  const say = sayLater((name) => load(name));
  const page = readPageConfig(say);
  const config = page?.config;
  // An http(s) URL or a path from "/" or ".": a chunk never comes from a data:, blob: or javascript: URL.
  if (/^(https?:|[./])/i.test(config?.ui?.chunkBase as string)) load = partLoader(config!.ui!.chunkBase as string, nonce);
  const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const ready = () => window.dispatchEvent(new CustomEvent('consentry:ready', { detail: window.consentry }));
  // Not checked yet: a name that is not a string finds no cookie, and the checker says what is wrong.
  const name = (config?.cookie?.name as string | undefined) ?? DEFAULT_COOKIE_NAME;
  let raw: string | undefined;
  try {
    raw = cookieSet(name);
  } catch {
    // A frame sandboxed without allow-same-origin has no cookies: it fails closed below, once the defaults are pushed.
  }
  let plan: Plan | undefined;
  // The choice the plan was made for is still the cookie's, and current: not expired, and not
  // from more than a day ahead (a clock set back), which the core would read as forged.
  const holds = (kept: Plan) => cookieSet(name) === kept.raw && kept.from <= Date.now() && Date.now() < kept.until;
  try {
    // The plan made for this page (its key: config, cookie, languages; not expired), unless
    // records wait from an earlier page, due (records-due.ts), and this page sends records: the core sends them. (A page
    // that sends nowhere leaves them to one that does, as the core does: start-core.ts `queued`.)
    // No cookie, no plan: a first visit does not open localStorage.
    const key = raw && page && planKey(page.text, raw);
    const found = key && (JSON.parse(localStorage.getItem(planStore(name))!) as Plan[]).find((kept) => kept.key === key);
    const sends = config!.records?.endpoint || window.consentryOptions?.onRecord;
    if (found && holds(found) && !(sends && recordsDue(name, Date.now()))) plan = found;
  } catch {
    // none kept, unreadable, or storage blocked: the core works it out
  }
  let core: Promise<void> | undefined;
  const fetchCore = (opener?: HTMLElement | null) => {
    if (opener !== undefined) handoff.opener = opener;
    core ??= load<typeof import('./parts/core')>('core')
      .then((m) => m.startCore(handoff))
      .catch((error: unknown) => {
        if (!plan && !handoff.memo && !handoff.undecided) return fail(error);
        // The plan (or the banner of a checked config, or of one its file is still checking) still holds: what waited settles, and the next call tries again.
        say('error', 'coreUnloaded', error);
        core = undefined;
        front.lost();
      });
  };
  const current = () => holds(plan!);
  const front: Facade = facade(plan, plan ? { ...plan.memo.config, source: config! } : null, gpc, () => current() || (fetchCore(), false), () => fetchCore(), say, () => handoff.stop(true));
  window.consentry = front.consent;
  // Made before a missing config stops the start, so that `destroy()` always finds it.
  const handoff: Handoff = {
    page: page!,
    load,
    say,
    nonce,
    digest: script?.dataset.configChecked,
    undecided: false,
    lang: 'en',
    facade: front,
    plan,
    stop: () => {},
    ready,
    fail,
    core: fetchCore,
    apply: (applied, holding) => applyPlan(applied, handoff, holding),
  };
  function fail(error: unknown, issues: ConfigIssue[] = [{ path: 'config', value: 'n/a', expected: `a config Consentry can start with (${String(error)})` }], to: { fail(issues: ConfigIssue[]): void } = front) {
    if (error) say('error', 'notStarted', error);
    to.fail(issues);
    ready();
  }
  if (!page) return fail(0, [{ path: 'config', value: 'missing', expected: 'a config' }]);
  try {
    // Before the page's own scripts, even while the config is being checked: Google's denied
    // default, and Metrica's flag that stops a counter the site may have added itself.
    // `config?.`: a config that is JSON `null` goes on to the checker, which says so, key and all.
    const { google, yandexMetrica } = (config?.integrations ?? {}) as { google?: { waitForUpdate?: unknown }; yandexMetrica?: { id?: unknown } };
    if (google) pushConsentDefault(window, google.waitForUpdate);
    // The counter's own name for it: a number ("0098765432" is counter 98765432), as the integration sets it.
    if (yandexMetrica) (window as unknown as Record<string, boolean>)[`disableYaCounter${Number(yandexMetrica.id)}`] = true;
    // Throws again, for the console and the facade to say why.
    if (raw === undefined) cookieSet(name);
    if (plan) {
      handoff.stop = handoff.apply(plan, current);
      ready();
      return;
    }
    // A visitor with no stored choice, on a site that asks first: the file with what a first
    // visit shows (the banner, the checker or the resolver of a config `consentry check` checked,
    // the texts of the likely language) comes at once, and starts the banner without the core,
    // which comes once the visitor reaches for the banner (or the page needs it). Laws that are
    // not a list are read as one law, and a mistyped `language` picks English here; the checker names the key.
    handoff.undecided = !raw && ![(config as { policy?: { laws?: unknown } } | null)?.policy?.laws].flat().some((law) => OPT_OUT_LAWS.includes(law as never));
    if (handoff.undecided) {
      // Only the primary subtag picks the file (`shippedLanguage`), so matching on it alone finds
      // what core/locale.ts `resolveLocale` would; a wrong value here costs a language's texts, no more.
      try {
        const { force, default: fallback = 'en', available = [fallback] } = config!.language ?? {};
        const primary = (tag: string) => tag.toLowerCase().split('-')[0];
        handoff.lang = force ?? [document.documentElement.lang, ...navigator.languages].map(primary).find((p) => p && available.some((a) => primary(a) === p)) ?? fallback;
      } catch {}
      // part-names.ts's checkedPart / textsPart, written out: terser made them an IIFE and a call (20 B).
      load(`${handoff.digest ? 'checked' : 'texts'}-${shippedLanguage(handoff.lang)}`).catch(() => {});
      return void load<typeof import('./parts/first')>('first')
        .then((m) => m.startFirst(handoff))
        .catch(fail);
    }
    fetchCore();
  } catch (error) {
    fail(error);
  }
}

if (window.consentry) sayLater(partLoader(script?.src || location.href, nonce))('warn', 'twice');
else boot();
