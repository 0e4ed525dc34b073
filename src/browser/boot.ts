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
import { memoKey, recall, remember } from './memo';
import { partLoader } from './part-loader';
import { readPageConfig } from './page-config';
import { pluginsFromMemo } from './plugins';
import { readCookie } from '../storage/read-cookie';
import { sayLater } from './say-later';
import { attachUi, checkedPart, textsPart } from './ui-loader';
import { resolveLocale } from '../core/locale';
import { DEFAULT_COOKIE_NAME } from '../core/cookie-name';
import { OPT_OUT_LAWS } from '../core/laws/opt-out';
import type { prepare } from './parts/validate';

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
    if (error) say('error', 'notStarted', String(error));
    instance.fail(issues);
    ready();
  };
  if (!page) return fail(0, [{ path: 'config', value: 'missing', expected: 'a config' }]);
  try {
    // Before the page's own scripts, even while the config is being checked: Google's denied
    // default, and Metrica's flag that stops a counter the site may have added itself.
    const { google, yandexMetrica } = (config!.integrations ?? {}) as { google?: { waitForUpdate?: unknown }; yandexMetrica?: { id?: unknown } };
    if (google) pushConsentDefault(window, google.waitForUpdate);
    if (yandexMetrica) (window as unknown as Record<string, boolean>)[`disableYaCounter${yandexMetrica.id}`] = true;
    const start = (memo: Memo) => {
      instance.start({ ...memo.config, source: page.config }, pluginsFromMemo(memo, nonce, load, say));
      attachUi(consent, load, say);
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
    const memo = undecided ? undefined : recall(key);
    if (memo) return start(memo);
    /** Starts from a config found valid here or by `consentry check`, and remembers it once this visitor has a choice. */
    const checked = (memo: Memo) => {
      if (!undecided) remember(key, memo);
      // In a task of its own: the checker, then the start with the banner, are each under
      // 50 ms on a slow phone, where together they made one long task (input waits on it).
      return new Promise((next) => setTimeout(next)).then(() => {
        start(memo);
        if (!undecided) return;
        const off = consent.on('change', ({ state }) => {
          if (!state.decided) return;
          off();
          setTimeout(() => remember(key, memo)); // after the decision's own work: the click is not slower
        });
      });
    };
    // Not checked in this browser yet: fetch the checker, which comes in one file with what a
    // first visit shows (the banner, and the texts of the likely language, asked for first), or
    // that file without the checker when `consentry check` has checked this config ahead.
    const language = config!.language ?? {};
    const lang = resolveLocale({ default: 'en', available: [language.default ?? 'en'], ...language }, env);
    const check = () => {
      load(textsPart(lang)).catch(() => {});
      return load<{ prepare: typeof prepare }>('validate').then((v) => {
        const found = v.prepare(page.config, load);
        if (found.memo) return checked(found.memo);
        return load<typeof import('./parts/messages')>('messages').then((m) => {
          const issues = m.explain(found.findings, page.config);
          console.error(`[consentry] ${m.formatIssues(issues)}`);
          fail(0, issues);
        });
      }, fail);
    };
    // The digest of the config and version that `consentry check` found valid; another one (an
    // edit since, an update) is told, and the config is checked here as if there were none.
    const digest = script?.dataset.configChecked;
    if (!digest) return void check();
    load<typeof import('./parts/checked')>(checkedPart(lang)).then((c) => c.checkedMemo(page.config, digest)).then((ahead) => {
      if (ahead.memo) return checked(ahead.memo);
      say('warn', 'staleCheck', digest, ahead.actual);
      return check();
    }).catch(fail);
  } catch (error) {
    fail(error);
  }
}

if (window.consentry) sayLater(partLoader(script?.src || location.href, nonce))('warn', 'twice');
else boot();
