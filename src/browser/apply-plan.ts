import { onDecided } from '../core/environment';
import { BLOCKED_SCRIPT, complete, scriptQueue } from '../gate/blocked-scripts';
import { BLOCKED_IFRAME, webUrl, within } from '../gate/gated-elements';
import { tracesLeft } from '../gate/present';
import { gtagFor } from '../integrations/gtag';
import { ymOn } from '../integrations/ym-queue';
import { OPEN_ATTRIBUTE } from '../ui/launcher';
import type { Handoff } from './handoff';
import type { Applied } from './plan';

type PageWindow = Window & Record<string, unknown>;

/**
 * A returning visit, from its plan: Google's and Metrica's calls for the stored choice, the
 * granted blocked scripts (in order) and frames, late ones too, and the ways back (links, the
 * floating button), and a refused frame's placeholder (its chunk alone). What it cannot do
 * without the core (a warning, a clean-up, the settings, another tab's choice) asks for it: `core(opener)`.
 * Returns what stops it, once the core has taken over.
 */
export function applyPlan(plan: Applied, handoff: Handoff, current: () => boolean): () => void {
  const { nonce, core } = handoff;
  const win = window as unknown as PageWindow;
  const doc = document;
  const [known, granted] = plan.gate;
  runOps(plan, win, nonce);

  // What a refused service left: the core cleans it.
  if (tracesLeft(plan.traces, win)) core();

  // The gate, for this state: an element the core must look at (an unknown category's or a bad
  // source's warning) fetches it.
  // As gate-names.ts writes them: a service's name after its category, or nothing (an empty `data-service` too).
  const named = (el: Element) => `${el.getAttribute('data-category')} ${el.getAttribute('data-service') || ''}`;
  const isKnown = (el: Element) => {
    const ok = (el.tagName !== 'IFRAME' || webUrl(el.getAttribute('data-src')!, doc)) && known.includes(named(el));
    if (!ok) core();
    return ok;
  };
  const isGranted = (el: Element) => granted.includes(named(el));
  // Once the core has taken over, what the boot still had queued is the core's. Once the plan no
  // longer holds (another tab's choice, on an origin no message reaches; its expiry), nothing more
  // runs from it: the core comes and decides, as it does for each element it finds.
  let stopped = false;
  const running = () => !stopped && (current() || (core(), false));
  const queue = scriptQueue(doc, running);
  const seen = new WeakSet<Element>();
  const scan = (root: ParentNode & Node, loading?: boolean) => {
    const scripts = within<HTMLScriptElement>(root, BLOCKED_SCRIPT);
    const frames = within<HTMLIFrameElement>(root, BLOCKED_IFRAME);
    // The cookie is read only when there is something to run, not for every node a page adds.
    if (!(scripts.length + frames.length) || !running()) return;
    for (const el of scripts) if ((!loading || complete(el)) && isKnown(el) && isGranted(el)) queue(el);
    for (const frame of frames)
      if (!seen.has(frame) && isKnown(frame)) {
        seen.add(frame);
        if (isGranted(frame)) frame.src = frame.getAttribute('data-src')!;
        // Behind its placeholder, from that chunk alone (held-frames.ts); if it does not come, the core's gate says why.
        else handoff.load<typeof import('./parts/placeholder')>('placeholder').then((m) => stopped || m.holdFrame(handoff, frame, plan.memo.gating.texts), () => stopped || core());
      }
  };
  let ready = doc.readyState !== 'loading';
  const start = () => {
    ready = true;
    if (!stopped) scan(doc);
  };
  scan(doc, !ready);
  if (!ready) doc.addEventListener('DOMContentLoaded', start, { once: true });
  const observer = new MutationObserver((records) => {
    if (!ready || stopped) return;
    // A site that swaps <body> for the next page's (Turbo Drive, htmx's hx-boost, pjax) took the
    // floating button with it: it goes into the new one, as a page load would draw it.
    if (host && !host.isConnected) doc.body?.append(host);
    if (plan.memo.gating.observe) for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
  });
  // Only for what it does: with `gating.observe` false and no button, nothing (a big app's every mutation queued for nothing).
  if (plan.memo.gating.observe || plan.button) observer.observe(doc.documentElement, { childList: true, subtree: true });

  // Another tab's choice, or this one expiring: the core reads it (the facade refuses meanwhile).
  // The listeners stay (each does nothing once stopped): removing them would cost every page more.
  const recheck = () => {
    if (!stopped && !current()) core();
  };
  win.addEventListener('focus', recheck);
  doc.addEventListener('visibilitychange', recheck);
  onDecided(recheck);

  // The ways back: the settings come with the core.
  const onClick = (event: MouseEvent) => {
    // (A target that is no element, such as the document for a dispatched click, has no `closest`.)
    const target = (event.target as Element).closest?.(`[${OPEN_ATTRIBUTE}]`);
    if (!target || stopped) return;
    event.preventDefault();
    core(target as HTMLElement);
  };
  doc.addEventListener('click', onClick);
  let host: HTMLElement | undefined;
  if (plan.button) {
    host = doc.createElement('consentry-reopen');
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(plan.button[0]);
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = plan.button[1];
    const button = root.firstChild as HTMLButtonElement;
    button.onclick = () => core(button);
    const put = () => stopped || doc.body.append(host!); // not once the core's own button is drawn
    if (doc.body) put();
    else doc.addEventListener('DOMContentLoaded', put, { once: true });
  }
  return () => {
    stopped = true;
    observer.disconnect();
    host?.remove();
  };
}

/** Google's and Metrica's calls for the plan's state, as their plugins would make them on `win` (keep-plans.ts `opsFor`). */
export function runOps(plan: Pick<Applied, 'ops' | 'memo'>, page: Window, nonce: string | undefined): void {
  const win = page as unknown as PageWindow;
  const doc = win.document;
  const gtag = gtagFor(win);
  if (plan.memo.google) win.gtag ??= gtag;
  for (const op of plan.ops) {
    if (op[0] === 'g') gtag(...op[1]);
    else if (op[0] === 'j') gtag('js', new Date());
    else if (op[0] === 'm') (win.dataLayer ??= []).push({ 'gtm.start': Date.now(), event: 'gtm.js' });
    else if (op[0] === 'f') win[op[1]] = false;
    else if (op[0] === 'y') ymOn(page)(...op[1]);
    else {
      const script = doc.createElement('script');
      script.async = true;
      script.src = op[1];
      if (op[2] ?? nonce) script.nonce = (op[2] ?? nonce)!;
      doc.head.append(script);
    }
  }
}

