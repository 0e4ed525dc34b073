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
    expect(live('lib').hasAttribute('data-consentry-loading')).toBe(false);
  });

  it('the page’s own onload and onerror on a blocked external script are left to it: the queue listens beside them', () => {
    // In a browser an `onload="…"` attribute is the element's `onload` property: a queue that set
    // the property dropped the page's handler. (jsdom here does not run it, so the
    // property is what is checked: the handler compiled from the attribute.)
    const lib = blocked('lib', 'https://cdn.test/lib.js');
    lib.setAttribute('onload', 'initLib()');
    blocked('uses-lib');
    const queue = scriptQueue(document, () => true);
    for (const el of document.querySelectorAll<HTMLScriptElement>(BLOCKED_SCRIPT)) queue(el);
    expect(String(live('lib').onload)).toContain('initLib()');
    expect(live('lib').onerror).toBeNull();
    live('lib').dispatchEvent(new Event('load'));
    expect(ran()).toEqual(['lib', 'uses-lib']);
  });
});
