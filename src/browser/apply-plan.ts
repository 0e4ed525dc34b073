import { onDecided } from '../core/environment';
import { BLOCKED_SCRIPT, complete, scriptQueue } from '../gate/blocked-scripts';
import { wildcard } from '../gate/wildcard';
import { gtagFor } from '../integrations/gtag';
import { ymOn } from '../integrations/ym-queue';
import { OPEN_ATTRIBUTE } from '../ui/launcher';
import type { Plan } from './plan';

type PageWindow = Window & Record<string, unknown>;

/**
 * A returning visit, from its plan: Google's and Metrica's calls for the stored choice, the
 * granted blocked scripts (in order) and frames, late ones too, and the ways back (links, the
 * floating button). What it cannot do without the core (a refused frame's placeholder, a
 * warning, a clean-up, the settings, another tab's choice) asks for it: `core(opener)`.
 * Returns what stops it, once the core has taken over.
 */
export function applyPlan(plan: Plan, nonce: string | undefined, core: (opener?: HTMLElement | null) => void): () => void {
  const win = window as unknown as PageWindow;
  const doc = document;
  const [known, granted] = plan.gate;
  runOps(plan, win, nonce);

  // What a refused service left: the core cleans it. Each place is looked at only if a refused
  // service could have left something there: the cookie jar and above all sessionStorage, opened
  // the first time, are calls into the browser (a returning visit scripted 20 ms, not 15, at 4x slower
  // CPU without this, 20 runs each).
  const [cookies, storage] = plan.traces;
  const left = () => {
    const isCookie = wildcard(cookies);
    const isKey = wildcard(storage);
    if (cookies.length && doc.cookie.split(';').some((pair) => isCookie(pair.split('=')[0]!.trim()))) return true;
    if (storage.length)
      for (const name of ['localStorage', 'sessionStorage'] as const)
        try {
          if (Object.keys(win[name]).some(isKey)) return true;
        } catch {
          // Storage can throw on access (sandboxed frames, blocked site data).
        }
  };
  if (left()) core();

  // The gate, for this state: an element the core must look at (a refused frame's placeholder, an
  // unknown category's or a bad source's warning) fetches it.
  const named = (el: Element) => {
    const service = el.getAttribute('data-service');
    return service ? `${el.getAttribute('data-category')} ${service}` : el.getAttribute('data-category')!;
  };
  const isKnown = (el: Element) => {
    let web = el.tagName !== 'IFRAME';
    try {
      web ||= /^https?:$/.test(new URL(el.getAttribute('data-src')!, doc.baseURI).protocol);
    } catch {}
    const ok = web && known.includes(named(el));
    if (!ok) core();
    return ok;
  };
  const isGranted = (el: Element) => granted.includes(named(el));
  // Once the core has taken over, what the boot still had queued is the core's.
  let stopped = false;
  const queue = scriptQueue(doc, () => !stopped);
  const seen = new WeakSet<Element>();
  const scan = (root: ParentNode & Node, loading?: boolean) => {
    const select = (selector: string) => [...((root as Element).matches?.(selector) ? [root as Element] : []), ...root.querySelectorAll(selector)];
    for (const el of select(BLOCKED_SCRIPT)) if ((!loading || complete(el)) && isKnown(el) && isGranted(el)) queue(el as HTMLScriptElement);
    for (const frame of select('iframe[data-category][data-src]') as HTMLIFrameElement[])
      if (!seen.has(frame) && isKnown(frame)) {
        seen.add(frame);
        if (isGranted(frame)) frame.src = frame.getAttribute('data-src')!;
        else core(); // its placeholder
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
    if (ready && !stopped) for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
  });
  if (plan.memo.gating.observe) observer.observe(doc.documentElement, { childList: true, subtree: true });

  // Another tab's choice, or this one expiring: the core reads it (the facade refuses meanwhile).
  // The listeners stay (each does nothing once stopped): removing them would cost every page more.
  const recheck = () => {
    if (!stopped && (plan.raw !== cookieSet(plan.memo.config.cookie.name) || Date.now() >= plan.until)) core();
  };
  win.addEventListener('focus', recheck);
  doc.addEventListener('visibilitychange', recheck);
  onDecided(recheck);

  // The ways back: the settings come with the core.
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest(`[${OPEN_ATTRIBUTE}]`) : null;
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
    const put = () => doc.body.append(host!);
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
export function runOps(plan: Pick<Plan, 'ops' | 'memo'>, page: Window, nonce: string | undefined): void {
  const win = page as unknown as PageWindow;
  const doc = win.document;
  const gtag = gtagFor(win);
  if (plan.memo.google) win.gtag ??= gtag;
  for (const op of plan.ops) {
    if (op[0] === 'g') gtag(...op[1]);
    else if (op[0] === 'j') gtag('js', new Date());
    else if (op[0] === 'm') (win.dataLayer ??= []).push({ 'gtm.start': Date.now(), event: 'gtm.js' });
    else if (op[0] === 'f') delete win[op[1]];
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

/** Every cookie of that name, as the page has them: what a plan is for (two of one name, a changed one: the core reads them). */
export function cookieSet(name: string): string {
  return document.cookie
    .split('; ')
    .filter((pair) => pair.startsWith(`${name}=`))
    .join('; ');
}
