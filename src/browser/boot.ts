/**
 * Script-tag entry, `consentry.js`: the one file every page loads. It reads the site's config
 * and the stored choice and, when the choice is current, applies it with no other request:
 * granted blocked scripts and frames run, Google gets its Consent Mode update, Metrica its
 * flag and tag, the floating button and `[data-consentry-open]` links work. Everything else
 * (the validator, decisions and records, the widget, clean-up, the console's words) is a chunk
 * fetched in parallel when the visit needs it. The instance is `window.consentry`.
 */
import type { Finding } from '../core/spec';
import { browserEnvironment } from '../core/environment';
import { createInstance } from '../core/kernel';
import type { Decisions, Kernel } from '../core/kernel';
import { resolveConfig } from '../core/resolve';
import type { ConfigIssue, Consent, ConsentryConfig, ServiceConfig, ServiceFacts } from '../core/types';
import { chunkLoader } from './chunk-loader';
import { readPageConfig } from './page-config';
import { pluginsFromConfig } from './plugins';
import { readCookie } from './read-cookie';
import { sayLater } from './say-later';
import { attachUi } from './ui-loader';
import { configHash, rememberValid, wasValidated } from './validated';

declare global {
  interface Window {
    consentry?: Consent;
  }
}

interface Validator {
  checkConfig(config: ConsentryConfig, extra: Readonly<Record<string, ServiceFacts | ServiceConfig>>): Finding[];
}

interface Explainer {
  explain(findings: readonly Finding[], config: unknown): ConfigIssue[];
  formatIssues(issues: readonly ConfigIssue[]): string;
}

// Read now: `currentScript` is only set while this file first runs.
const script = document.currentScript as HTMLScriptElement | null;
const nonce = script?.nonce || undefined;

function boot(): void {
  let load = chunkLoader(script?.src || location.href, nonce);
  const say = sayLater((name) => load(name));
  const page = readPageConfig(say);
  const config = page?.config;
  if (typeof config?.ui?.chunkBase === 'string') load = chunkLoader(config.ui.chunkBase, nonce);
  const instance = createInstance({
    env: browserEnvironment(),
    options: window.consentryOptions ?? {},
    say,
    decisions: () => load<{ decisions: (k: Kernel) => Decisions }>('decide').then((m) => m.decisions),
    read: (c) => readCookie(c.cookie.name),
    queued: (c) => {
      try {
        return localStorage.getItem(`${c.cookie.name}.outbox`) !== null;
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
    const plugins = pluginsFromConfig(page.config, nonce, load, say);
    const extra: Record<string, ServiceFacts | ServiceConfig> = Object.assign({}, ...plugins.map((p) => p.services));
    const start = () => {
      const resolved = resolveConfig(page.config, extra);
      instance.start(resolved, plugins);
      attachUi(consent, resolved, load, say);
      ready();
    };
    const hash = configHash(page.text);
    if (wasValidated(hash)) return start();
    // Not checked in this browser yet: check it, and meanwhile fetch what a first visit shows.
    if (readCookie(page.config.cookie?.name ?? 'consentry') === undefined) for (const name of ['decide', 'widget'] as const) load(name).catch(() => {});
    load<Validator>('validate').then((v) => {
      const findings = v.checkConfig(page.config, extra);
      if (findings.length) {
        return load<Explainer>('messages').then((m) => {
          const issues = m.explain(findings, page.config);
          console.error(`[consentry] ${m.formatIssues(issues)}`);
          fail(0, issues);
        }, fail);
      }
      rememberValid(hash);
      start();
    }, fail);
  } catch (error) {
    fail(error);
  }
}

if (window.consentry) sayLater(chunkLoader(script?.src || location.href, nonce))('warn', 'twice');
else boot();
