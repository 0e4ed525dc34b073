import { consoleLogger } from '../core/log';
import type { Consent, ConsentPlugin, ConsentState } from '../core/types';
import { allowedIn } from './allowed';
import { BLOCKED_SCRIPT, scriptQueue } from './blocked-scripts';
import { BLOCKED_IFRAME, Embeds } from './embeds';
import { readGatingOptions } from './gating-options';
import { reportIssues } from './report';
import { startWithdrawalCleanup } from './withdrawal';

export interface GateOptions {
  /** The page to gate. Default: the current `window`. */
  window?: Window;
  /** Where the options come from, for error messages. Default `config.gating`. */
  source?: string;
}

/**
 * The declarative gate, configured by `config.gating`: activates `<script type="text/plain"
 * data-category>` and `<iframe data-category data-src>` on consent (also those added later),
 * and cleans up on withdrawal. Put it after the integrations in `plugins`, so their Consent
 * Mode update and Metrica flag come before the clean-up.
 */
export function gate(options: GateOptions = {}): ConsentPlugin {
  return {
    name: 'gate',
    setup(consent) {
      const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
      if (!win || !consent.config) return;
      const source = options.source ?? 'config.gating';
      const { options: gating, issues } = readGatingOptions(consent.config.source.gating ?? undefined, consent.config.language.default);
      const stopCleanup = startWithdrawalCleanup(consent, gating.reloadOnWithdraw, win);
      if (issues.length > 0) {
        // Blocked scripts and frames simply stay blocked: that is failing closed.
        reportIssues(consoleLogger, source, issues, 'Blocked scripts and iframes will stay blocked (failing closed); withdrawal clean-up still runs.');
        return stopCleanup;
      }
      const stopGating = startGating(consent, win.document, gating);
      return () => {
        stopCleanup();
        stopGating();
      };
    },
  };
}

function startGating(consent: Consent, doc: Document, gating: ReturnType<typeof readGatingOptions>['options']): () => void {
  const config = consent.config!;
  const warned = new WeakSet<Element>();
  /** An element naming an unknown category or service never runs; say so once. */
  const known = (el: Element): boolean => {
    const category = el.getAttribute('data-category')!;
    const service = el.getAttribute('data-service');
    const problem = !config.categories.some((c) => c.key === category)
      ? `data-category="${category}" is not a category of the config`
      : service && config.services[service]?.category !== category
        ? `data-service="${service}" is not a service listed in category "${category}"`
        : null;
    if (problem && !warned.has(el)) {
      warned.add(el);
      consoleLogger.warn(`${problem}, so this ${el.tagName.toLowerCase()} stays blocked: ${el.outerHTML.slice(0, 120)}`);
    }
    return !problem;
  };
  const allowed = (el: Element, state: ConsentState) => known(el) && allowedIn(state, el.getAttribute('data-category')!, el.getAttribute('data-service'));
  const queue = scriptQueue(doc, (el) => allowed(el, consent.state));
  const embeds = new Embeds(consent, doc, gating);

  /** Handles the blocked elements in `root` (and `root` itself), in document order. */
  const scan = (root: ParentNode & Node, state: ConsentState) => {
    for (const el of select<HTMLScriptElement>(root, BLOCKED_SCRIPT)) if (allowed(el, state)) queue(el);
    for (const el of select<HTMLIFrameElement>(root, BLOCKED_IFRAME)) if (known(el)) embeds.update(el, state);
  };

  let ready = doc.readyState !== 'loading';
  const cleanups: Array<() => void> = [];
  const start = () => {
    ready = true;
    scan(doc, consent.state);
  };
  // While the parser runs, an element it is adding may not have all its text yet: mutations
  // wait, and the whole page is scanned again at DOMContentLoaded, like a `defer` script.
  // Elements before our own <script> are complete, so they are handled at once.
  if (ready) start();
  else {
    scan(doc, consent.state);
    doc.addEventListener('DOMContentLoaded', start, { once: true });
    cleanups.push(() => doc.removeEventListener('DOMContentLoaded', start));
  }

  cleanups.push(
    consent.on('change', ({ state, previous }) => {
      for (const frame of select<HTMLIFrameElement>(doc, BLOCKED_IFRAME)) embeds.withdraw(frame, previous, state);
      if (ready) scan(doc, state);
    }),
  );

  if (gating.observe && typeof MutationObserver !== 'undefined') {
    // Elements added after start-up (GTM, CMS widgets, SPA navigation) are gated the same way.
    const observer = new MutationObserver((records) => {
      if (!ready) return;
      const state = consent.state;
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) scan(node as Element, state);
      }
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    cleanups.push(() => observer.disconnect());
  }
  return () => cleanups.forEach((fn) => fn());
}

function select<T extends Element>(root: ParentNode & Node, selector: string): T[] {
  const found = Array.from(root.querySelectorAll<T>(selector));
  if (root.nodeType === 1 && (root as Element).matches(selector)) found.unshift(root as unknown as T);
  return found;
}
