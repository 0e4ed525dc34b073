// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCKED_SCRIPT, scriptQueue } from './blocked-scripts';

// jsdom neither fetches nor runs these scripts: a script's `load` is dispatched by hand, and
// "ran" means the blocked element was replaced by a live one.
afterEach(() => document.body.replaceChildren());

function blocked(id: string, src?: string, async?: boolean): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.category = 'analytics';
  script.id = id;
  if (src) script.dataset.src = src;
  else script.text = `// ${id}`;
  if (async) script.setAttribute('async', '');
  document.body.append(script);
  return script;
}

const ran = () => [...document.querySelectorAll('script')].filter((s) => s.type !== 'text/plain').map((s) => s.id);
const live = (id: string) => document.getElementById(id) as HTMLScriptElement;

describe('scriptQueue', () => {
  it('an async external script that loads first does not release the one that holds the queue', () => {
    blocked('early', 'https://cdn.test/early.js', true);
    blocked('lib', 'https://cdn.test/lib.js');
    blocked('uses-lib');
    const queue = scriptQueue(document, () => true);
    for (const el of document.querySelectorAll<HTMLScriptElement>(BLOCKED_SCRIPT)) queue(el);
    expect(ran()).toEqual(['early', 'lib']);
    live('early').dispatchEvent(new Event('load'));
    expect(ran()).toEqual(['early', 'lib']);
    live('lib').dispatchEvent(new Event('load'));
    expect(ran()).toEqual(['early', 'lib', 'uses-lib']);
  });

  it('a queue started while another one’s external script loads (the core after the boot file) waits for it', () => {
    blocked('lib', 'https://cdn.test/lib.js');
    blocked('uses-lib');
    let handedOver = false;
    const boot = scriptQueue(document, () => !handedOver);
    for (const el of document.querySelectorAll<HTMLScriptElement>(BLOCKED_SCRIPT)) boot(el);
    expect(ran()).toEqual(['lib']);
    handedOver = true;
    const core = scriptQueue(document, () => true);
    for (const el of document.querySelectorAll<HTMLScriptElement>(BLOCKED_SCRIPT)) core(el);
    expect(ran()).toEqual(['lib']);
    live('lib').dispatchEvent(new Event('error'));
    expect(ran()).toEqual(['lib', 'uses-lib']);
  });

  it('the page’s own onload and onerror on a blocked external script are left to it: the queue listens beside them', () => {
    // An `onload="…"` attribute is the element's `onload` property: a queue that set the
    // property dropped the page's handler.
    const lib = blocked('lib', 'https://cdn.test/lib.js');
    lib.setAttribute('onload', "this.dataset.ran = 'yes'");
    blocked('uses-lib');
    const queue = scriptQueue(document, () => true);
    for (const el of document.querySelectorAll<HTMLScriptElement>(BLOCKED_SCRIPT)) queue(el);
    live('lib').dispatchEvent(new Event('load'));
    expect(live('lib').dataset.ran).toBe('yes');
    expect(ran()).toEqual(['lib', 'uses-lib']);
  });

  it('a script left marked by a DOM snapshot, or removed before it loaded, holds no queue', () => {
    // A snapshot (Turbo's cache, a prerendered page) keeps attributes: the hold is not one.
    const snapshot = document.createElement('script');
    snapshot.src = 'https://cdn.test/lib.js';
    snapshot.setAttribute('data-consentry-loading', '');
    document.body.append(snapshot);
    blocked('inline');
    const queue = scriptQueue(document, () => true);
    for (const el of document.querySelectorAll<HTMLScriptElement>(BLOCKED_SCRIPT)) queue(el);
    expect(ran()).toContain('inline');

    document.body.replaceChildren();
    blocked('lib', 'https://cdn.test/lib.js');
    const first = scriptQueue(document, () => true);
    first(document.querySelector<HTMLScriptElement>(BLOCKED_SCRIPT)!);
    live('lib').remove();
    blocked('next');
    const second = scriptQueue(document, () => true);
    second(document.querySelector<HTMLScriptElement>(BLOCKED_SCRIPT)!);
    expect(ran()).toEqual(['next']);
  });

  it('the body swapped for the next page’s while an external script loads (Turbo Drive, hx-boost): what the old one queued behind it stays inert, and the new page’s run once it has loaded', () => {
    blocked('lib', 'https://cdn.test/lib.js');
    blocked('plugin', 'https://cdn.test/plugin.js');
    const queue = scriptQueue(document, () => true);
    for (const el of document.querySelectorAll<HTMLScriptElement>(BLOCKED_SCRIPT)) queue(el);
    const lib = live('lib');
    const next = document.createElement('body');
    document.body.replaceWith(next);
    blocked('next-page');
    queue(document.querySelector<HTMLScriptElement>(BLOCKED_SCRIPT)!);
    expect(ran()).toEqual([]); // after the script the queue waits for, in order
    lib.dispatchEvent(new Event('load'));
    // Before, plugin.js went live in the old, detached body: it never loads, and held every later script for ever.
    expect(ran()).toEqual(['next-page']);
  });

  it('two live queues (two instances on one page): each goes on once the script it waits for has loaded', () => {
    blocked('lib', 'https://cdn.test/lib.js');
    const a = scriptQueue(document, () => true);
    a(document.querySelector<HTMLScriptElement>(BLOCKED_SCRIPT)!);
    const b = scriptQueue(document, () => true);
    live('lib').dispatchEvent(new Event('load'));
    blocked('for-a');
    a(document.querySelector<HTMLScriptElement>(BLOCKED_SCRIPT)!);
    blocked('for-b');
    b(document.querySelector<HTMLScriptElement>(BLOCKED_SCRIPT)!);
    expect(ran()).toEqual(['lib', 'for-a', 'for-b']);
  });
});
