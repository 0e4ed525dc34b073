/**
 * The core of a script-tag page, a chunk: the instance behind `window.consentry`, the
 * integrations, the gate and the ways to the widget. The boot file fetches it for anything but a
 * returning visit with its plan kept, and on such a visit once something needs it (a decision,
 * the settings, another tab's choice): the instance then starts from the plan as already done.
 */
import { createInstance } from '../core/kernel';
import type { Kernel } from '../core/kernel';
import type { ConfigIssue } from '../core/types';
import { recall } from '../storage/checked-configs';
import { readCookie } from '../storage/read-cookie';
import { pageEnv } from './env';
import type { FirstVisit } from './first-visit';
import type { Handoff } from './handoff';
import { keepPlans } from './keep-plans';
import type { Memo } from './memo';
import { memoKey } from './memo';
import { checkAndStart } from './check-first';
import { pageLocale } from './page-locale';
import { pluginsFromMemo } from './plugins';
import { recordsWaiting } from './records-due';
import { attachUi } from './ui-loader';

export function startCore(handoff: Handoff): void {
  // A first visit's file (boot.ts fetched it at once) checks the config: the core, here first
  // for a call of the page's, starts from what it found. Checking it a second time said an
  // invalid config twice (consentry:ready too), and started an instance the page cannot reach
  // (its banner's Accept stored a grant) once that file had failed and the facade closed.
  // Not started (destroyed before the check): a call the page made meanwhile settles, doing nothing.
  if (handoff.undecided && !handoff.memo) return void handoff.facade.consent.ready.then((ok) => (ok && handoff.memo ? startCore(handoff) : handoff.facade.lost()));
  const { page, load, say, nonce, plan } = handoff;
  const env = pageEnv();
  const options = window.consentryOptions ?? {};
  const instance = createInstance({
    env,
    options,
    say,
    loadDecisions: () => load<typeof import('./parts/decisions')>('decisions').then((m) => (k: Kernel) => m.decisionsWith(k, load)),
    read: (c) => readCookie(c.cookie.name),
    queued: (c, all) => {
      // A page that sends nowhere leaves the records to the pages that do (outbox.ts): nothing to fetch for them.
      if (!c.records.endpoint && !options.onRecord) return false;
      try {
        // As the boot file: a record refused alone and not due yet is worth no decisions chunk (its
        // backoff is hours). Any other is (this page's outbox times its retry); for `true` (back online,
        // flush()) every one is, as the outbox sends them all.
        return recordsWaiting(c.cookie.name, all === true ? Infinity : Date.now());
      } catch (error) {
        // An unreadable entry: the outbox drops it, saying so. Blocked storage (a DOMException) holds none.
        return !(error instanceof DOMException);
      }
    },
  });
  const consent = instance.consent;
  // The boot file's, failing the instance: it says why (or not, for 0), and `consentry:ready`.
  const fail = (error: unknown, issues?: ConfigIssue[]) => handoff.fail(error, issues, instance);
  try {
    const start = (memo: Memo) => {
      // The boot's plan stops where the instance takes over: it starts from the plan's state as done.
      handoff.stop();
      // The widget last, as a plugin: it starts with the state the others start with, and
      // `consent.destroy()` takes it away with them.
      const applied = plan && plan.memo === memo ? plan.state : undefined;
      instance.start({ ...memo.config, source: page.config }, [...pluginsFromMemo(memo, nonce, load, say, !!applied, (gateLoad) => handoff.frames && ((handoff.frames.load = gateLoad), handoff.frames.held)), { name: 'ui', setup: (c) => attachUi(c, load, say, handoff.banner) }], applied ?? shown);
      if (consent.config) keepPlans(consent, memo, page.text);
      // "Always allow" clicked on a placeholder drawn before the core: the grant, from the state read now.
      void consent.ready.then((ok) => ok && handoff.frames?.grants.splice(0).forEach((allow) => allow()));
      // `consentry:ready` was said by the plan or by the first visit's banner, if either ran.
      if (!applied && !handoff.banner) return handoff.ready();
      // Asked for by a way back: the settings open for it (the boot's floating button is now the instance's).
      const opener = handoff.opener;
      if (opener === undefined) return;
      // (The one with a shadow root: a copy of the page put back (Turbo's cache) holds empty copies of it.)
      const target = opener?.isConnected ? opener : [...document.querySelectorAll('consentry-reopen')].find((host) => host.shadowRoot)?.shadowRoot!.querySelector('button');
      target?.focus();
      consent.showPreferences();
    };
    // What window.consentry answered on a first visit before the core (banner-first.ts): the
    // instance starts from it, not from nothing, so a listener added since hears no change that is
    // none (the plugins are not told it was applied: the boot file ran no plan for it).
    const shown = handoff.memo && handoff.facade.consent.state;
    handoff.facade.adopt(pageLocale(consent));
    // Its plan (a returning visit), or the config a first visit's banner checked before the core came.
    const checked = plan?.memo ?? handoff.memo;
    if (checked) return start(checked);
    const key = memoKey(page.text);
    // Not a first visit (that one opens no localStorage: the checker comes in the banner's file
    // anyway, and the checked config is kept once they decide); an opt-out site's visitor may never
    // decide, so it looks (else every page would fetch the checker).
    const memo = recall<Memo>(key);
    if (memo) return start(memo);
    // Not checked in this browser yet: the file with what a first visit shows checks it and
    // starts, with the checker, or without it when `consentry check` has checked this config
    // ahead (the digest it printed).
    const visit: FirstVisit = { page, key, undecided: false, consent, load, say, start, fail };
    checkAndStart(visit, handoff.digest, handoff.lang).catch(fail);
  } catch (error) {
    fail(error);
  }
}
