/**
 * Script-tag entry, `consentry.js`: the one file every page loads. It reads the site's config
 * and the stored choice and, when the choice is current, applies it with no other request:
 * granted blocked scripts and frames run, Google gets its Consent Mode update, Metrica its
 * flag and tag, the floating button and `[data-consentry-open]` links work. Everything else
 * (the validator, decisions and records, the widget, clean-up, the console's words) is a chunk
 * fetched in parallel when the visit needs it. The instance is `window.consentry`.
 */
import { createInstance } from '../core/kernel';
import type { Kernel } from '../core/kernel';
import type { ConfigIssue, Consent } from '../core/types';
import { pushConsentDefault } from '../integrations/consent-default';
import { pageEnv } from './env';
import type { Memo } from './memo';
import { memoKey } from './memo';
import { recall } from '../storage/checked-configs';
import { partLoader } from './part-loader';
import { readPageConfig } from './page-config';
import { pluginsFromMemo } from './plugins';
import { readCookie } from '../storage/read-cookie';
import { sayLater } from './say-later';
import { attachUi, checkedPart, textsPart } from './ui-loader';
import { resolveLocale } from '../core/locale';
import { DEFAULT_COOKIE_NAME } from '../core/cookie-name';
import { OPT_OUT_LAWS } from '../core/laws/opt-out';
import type { FirstVisit } from './first-visit';

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
  const env = pageEnv();
  const instance = createInstance({
    env,
    options: window.consentryOptions ?? {},
    say,
    loadDecisions: () => load<typeof import('./parts/decisions')>('decisions').then((m) => (k: Kernel) => m.decisionsWith(k, load)),
    read: (c) => readCookie(c.cookie.name),
    queued: (c) => {
      try {
        return Object.keys(localStorage).some((key) => key.startsWith(`${c.cookie.name}.outbox`));
      } catch {
        return false;
      }
    },
  });
  const consent = (window.consentry = instance.consent);
  const ready = () => window.dispatchEvent(new CustomEvent('consentry:ready', { detail: consent }));
  const fail = (error: unknown, issues: ConfigIssue[] = [{ path: 'config', value: 'n/a', expected: `a config Consentry can start with (${String(error)})` }]) => {
    if (error) say('error', 'notStarted', error);
    instance.fail(issues);
    ready();
  };
  if (!page) return fail(0, [{ path: 'config', value: 'missing', expected: 'a config' }]);
  try {
    // Before the page's own scripts, even while the config is being checked: Google's denied
    // default, and Metrica's flag that stops a counter the site may have added itself.
    const { google, yandexMetrica } = (config!.integrations ?? {}) as { google?: { waitForUpdate?: unknown }; yandexMetrica?: { id?: unknown } };
    if (google) pushConsentDefault(window, google.waitForUpdate);
    // The counter's own name for it: a number ("0098765432" is counter 98765432), as the integration sets it.
    if (yandexMetrica) (window as unknown as Record<string, boolean>)[`disableYaCounter${Number(yandexMetrica.id)}`] = true;
    const start = (memo: Memo) => {
      // The widget last, as a plugin: it starts with the state the others start with, and
      // `consent.destroy()` takes it away with them.
      instance.start({ ...memo.config, source: page.config }, [...pluginsFromMemo(memo, nonce, load, say), { name: 'ui', setup: (c) => attachUi(c, load, say) }]);
      ready();
    };
    const key = memoKey(page.text);
    // A visitor with no stored choice, on a site that asks first, opens no localStorage: its first
    // read costs a fresh browser 1-9 ms (3-17 ms at 4x slower CPU), the checker comes in the
    // banner's file anyway, and the checked config is kept once they decide. An opt-out site's
    // visitor may never decide, so it looks (else every page would fetch the checker). Neither key
    // is checked yet: a name that is not a string finds no cookie, laws that are not a list are
    // read as one law, and the checker then says what is wrong.
    const { cookie, policy } = config as { cookie?: { name?: string }; policy?: { laws?: unknown } };
    const undecided = readCookie(cookie?.name ?? DEFAULT_COOKIE_NAME) === undefined && ![policy?.laws].flat().some((law) => OPT_OUT_LAWS.includes(law as never));
    const memo = undecided ? undefined : recall<Memo>(key);
    if (memo) return start(memo);
    // Not checked in this browser yet: the file with what a first visit shows (the banner, and the
    // texts of the likely language, asked for by that part) checks it and starts, with the checker,
    // or without it when `consentry check` has checked this config ahead (the digest it printed).
    // Not checked yet: a mistyped `language` picks English here, and the checker names the key.
    let lang = 'en';
    try {
      const language = config!.language ?? {};
      lang = resolveLocale({ default: 'en', available: [language.default ?? 'en'], ...language }, env);
    } catch {}
    const digest = script?.dataset.configChecked;
    const visit: FirstVisit = { page, key, undecided, consent, load, say, start, fail };
    if (digest) return void load<typeof import('./parts/checked')>(checkedPart(lang)).then((c) => c.trustChecked(visit, digest)).catch(fail);
    load(textsPart(lang)).catch(() => {}); // first: the loader then takes the checker from that language's file
    load<typeof import('./parts/validate')>('validate').then((v) => v.checkHere(visit)).catch(fail);
  } catch (error) {
    fail(error);
  }
}

if (window.consentry) sayLater(partLoader(script?.src || location.href, nonce))('warn', 'twice');
else boot();
