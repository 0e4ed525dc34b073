// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../core/testing/create-consent';
import { testConfig } from '../core/testing/config-fixture';
import type { Consent, ConsentryConfig } from '../core/types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { gate } from './gate';
import { RELOAD_SUGGESTED } from './reload-event';

let instances: Consent[] = [];

function config(overrides: Partial<ConsentryConfig> = {}): ConsentryConfig {
  const base = testConfig();
  base.categories.marketing!.services = ['ads-tool', 'youtube'];
  base.services!.youtube = { title: 'YouTube', provider: 'Google LLC', purpose: 'Videos', country: 'US', cookies: [{ name: 'VISITOR_INFO1_LIVE', lifetime: '6 months' }] };
  base.services!['stats-tool']!.storage = ['_st*'];
  return { ...base, language: { default: 'en', available: ['en', 'ru', 'hi'] }, ...overrides };
}

function start(cfg: ConsentryConfig = config()): Consent {
  const consent = createConsent(cfg, { plugins: [gate()], store: memoryStore(), outbox: memoryOutbox() });
  instances.push(consent);
  return consent;
}

const flush = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  instances.forEach((c) => c.destroy());
  instances = [];
});

describe('gate(): blocked scripts', () => {
  // jsdom's script execution is not the browser's: the order they run in is checked in e2e/gating.
  function page() {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" id="a1">// a1</script>
      <script type="text/plain" data-category="marketing" id="m1">// m1</script>
      <script type="text/plain" data-category="analytics" data-src="https://cdn.test/stats.js" id="a2" crossorigin="anonymous" data-extra="kept"></script>
      <script type="text/plain" data-category="analytics" id="a3" data-type="module">// a3</script>`;
    (document.getElementById('a1') as HTMLScriptElement).nonce = 'n0nce';
  }
  const types = () => Array.from(document.querySelectorAll('script')).map((s) => `${s.id}:${s.getAttribute('type') ?? 'js'}`);

  it('keeps them inert until their category is granted', () => {
    page();
    start().rejectAll();
    expect(types()).toEqual(['a1:text/plain', 'm1:text/plain', 'a2:text/plain', 'a3:text/plain']);
  });

  it('activates them in place, in order, with their attributes and nonce; an external one holds the next until it loads', () => {
    page();
    start().set({ analytics: true });
    expect(types()).toEqual(['a1:js', 'm1:text/plain', 'a2:js', 'a3:text/plain']);
    const a1 = document.getElementById('a1') as HTMLScriptElement;
    expect(a1.nonce).toBe('n0nce');
    expect(a1.text).toBe('// a1');
    const a2 = document.getElementById('a2') as HTMLScriptElement;
    expect([a2.src, a2.async, a2.getAttribute('crossorigin'), a2.getAttribute('data-extra')]).toEqual(['https://cdn.test/stats.js', false, 'anonymous', 'kept']);
    a2.dispatchEvent(new Event('load'));
    expect(types()).toEqual(['a1:js', 'm1:text/plain', 'a2:js', 'a3:module']);
  });

  it('destroyed while an external script loads: what it had queued after it stays inert', async () => {
    page();
    const consent = start();
    await consent.set({ analytics: true });
    consent.destroy();
    document.getElementById('a2')!.dispatchEvent(new Event('load'));
    expect(types()).toEqual(['a1:js', 'm1:text/plain', 'a2:js', 'a3:text/plain']);
  });

  it('finds scripts added after start-up', async () => {
    start().acceptAll();
    const late = document.createElement('script');
    late.type = 'text/plain';
    late.dataset.category = 'marketing';
    late.id = 'late';
    late.text = '1';
    document.body.append(late);
    await flush();
    expect(types()).toEqual(['late:js']);
  });

  it('needs the named service too, and never runs a script that names an unknown category or service', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="marketing" data-service="youtube" id="yt"></script>
      <script type="text/plain" data-category="stats" id="typo"></script>
      <script type="text/plain" data-category="analytics" data-service="youtube" id="wrong"></script>`;
    start().set({ marketing: true, analytics: true }, { services: { youtube: false } });
    expect(types()).toEqual(['yt:text/plain', 'typo:text/plain', 'wrong:text/plain']);
    await vi.waitFor(() => expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('data-category="stats" is not a category of the config')));
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('data-service="youtube" is not a service listed in category "analytics"'));
  });

  it('does not run a script again after a withdrawal and a new grant', () => {
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" id="a1">1</script>`;
    const consent = start();
    consent.acceptAll();
    const first = document.getElementById('a1');
    consent.withdraw();
    consent.acceptAll();
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.getElementById('a1')).toBe(first);
  });

  it('fails closed on an invalid config.gating: the whole config is refused, scripts stay blocked, the console says why', async () => {
    page();
    // @ts-expect-error the types refuse it too
    const consent = start(config({ gating: { reloadOnWithdraw: 'sometimes' } }));
    consent.acceptAll();
    expect(consent.ok).toBe(false);
    expect(types().every((t) => t.endsWith('text/plain'))).toBe(true);
    await vi.dynamicImportSettled(); // the words of what is wrong
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('\n  config.gating.reloadOnWithdraw: got "sometimes"; expected one of "ask", "always", "never"'));
  });
});

describe('gate(): blocked iframes', () => {
  function frame(attrs = 'data-service="youtube"') {
    document.body.innerHTML = `<iframe title="Our video" data-category="marketing" ${attrs} data-src="https://www.youtube-nocookie.com/embed/x"></iframe>`;
    return document.querySelector('iframe')!;
  }
  const placeholder = () => document.querySelector<HTMLElement>('.consentry-embed');
  /** The placeholder's code is a lazy chunk: wait for it to arrive. */
  const shown = () => vi.waitFor(() => expect(placeholder()).not.toBeNull());
  const buttons = () => Array.from(placeholder()?.querySelectorAll('button') ?? []).map((b) => b.textContent);

  it('shows a labelled placeholder with two buttons instead of the frame', async () => {
    const iframe = frame();
    start();
    await shown();
    expect(iframe.hidden).toBe(true);
    expect(iframe.getAttribute('src')).toBeNull();
    const box = placeholder()!;
    expect(box.getAttribute('role')).toBe('group');
    expect(document.getElementById(box.getAttribute('aria-labelledby')!)!.textContent).toBe('This content is from Google LLC, which may set cookies.');
    expect(buttons()).toEqual(['Load it once', 'Always allow YouTube']);
    expect(box.lang).toBe('en');
    expect(box.getAttribute('style')).toBeNull();
  });

  it.each([
    ['ru', 'Это содержимое от Google LLC. Этот сервис может устанавливать файлы cookie.', ['Загрузить один раз', 'Всегда разрешать YouTube']],
    ['hi', 'यह सामग्री Google LLC से है, जो कुकी सेट कर सकता है।', ['एक बार लोड करें', 'YouTube को हमेशा अनुमति दें']],
  ])('speaks the visitor language (%s)', async (lang, notice, labels) => {
    frame();
    document.documentElement.lang = lang;
    start();
    await shown();
    expect(placeholder()!.lang).toBe(lang);
    expect(placeholder()!.querySelector('p')!.textContent).toBe(notice);
    expect(buttons()).toEqual(labels);
  });

  it('names the company in the notice and the service in "Always allow", both in the visitor language', async () => {
    // Review: the notice said "from RUTUBE video" (the service's title) where it means who serves it.
    const cfg = config();
    cfg.services!.rutube = { title: { ru: 'Видео RUTUBE', en: 'RUTUBE video' }, provider: { ru: 'ООО «РУФОРМ»', en: 'RUFORM LLC' }, purpose: 'Videos', country: 'RU' };
    cfg.categories.marketing!.services = ['ads-tool', 'rutube'];
    frame('data-service="rutube"');
    document.documentElement.lang = 'ru';
    start(cfg);
    await shown();
    expect(placeholder()!.querySelector('p')!.textContent).toBe('Это содержимое от ООО «РУФОРМ». Этот сервис может устанавливать файлы cookie.');
    expect(buttons()).toEqual(['Загрузить один раз', 'Всегда разрешать Видео RUTUBE']);
  });

  it('takes texts from config.gating.texts', async () => {
    frame();
    start(config({ gating: { texts: { loadOnce: { en: 'Show the video', ru: 'Показать видео' } } } }));
    await shown();
    expect(buttons()).toEqual(['Show the video', 'Always allow YouTube']);
  });

  it('names the host and the category when no service is named', async () => {
    frame('');
    start();
    await shown();
    expect(placeholder()!.querySelector('p')!.textContent).toBe('This content is from www.youtube-nocookie.com, which may set cookies.');
    expect(buttons()[1]).toBe('Always allow Marketing');
  });

  it('"Load it once" loads this frame only and stores nothing', async () => {
    const iframe = frame();
    const consent = start();
    await shown();
    placeholder()!.querySelector('button')!.click();
    expect(iframe.src).toBe('https://www.youtube-nocookie.com/embed/x');
    expect(iframe.hidden).toBe(false);
    expect(placeholder()).toBeNull();
    expect(consent.state.decided).toBe(false);
  });

  it('a frame loaded once stays loaded through an unrelated decision', async () => {
    const iframe = frame();
    const consent = start();
    await shown();
    placeholder()!.querySelector('button')!.click();
    consent.set({ analytics: true });
    expect(iframe.src).toBe('https://www.youtube-nocookie.com/embed/x');
    expect(iframe.hidden).toBe(false);
    await new Promise((done) => setTimeout(done, 20));
    expect(placeholder()).toBeNull();
  });

  it('"Always allow YouTube" grants YouTube only, not the rest of its category', async () => {
    const iframe = frame();
    const consent = start();
    await shown();
    placeholder()!.querySelectorAll('button')[1]!.click();
    expect(iframe.src).toBe('https://www.youtube-nocookie.com/embed/x');
    expect(consent.allowedService('youtube')).toBe(true);
    expect(consent.allowedService('ads-tool')).toBe(false);
    expect(consent.allowed('analytics')).toBe(false);
  });

  it('loads on consent, and goes back behind its placeholder on withdrawal', async () => {
    const iframe = frame();
    const consent = start();
    await shown();
    consent.acceptAll();
    expect(iframe.src).toBe('https://www.youtube-nocookie.com/embed/x');
    expect(placeholder()).toBeNull();
    expect(iframe.hidden).toBe(false);
    consent.withdraw();
    expect(iframe.src).toBe('about:blank'); // at once, before the placeholder's code is asked for
    await shown();
    expect(iframe.hidden).toBe(true);
  });

  it('destroy() takes the placeholder away and shows the frame as the page had it, not loaded; one still on its way is not drawn', async () => {
    const iframe = frame();
    const consent = start();
    await shown();
    consent.destroy();
    expect(placeholder()).toBeNull();
    expect([iframe.hidden, iframe.hasAttribute('data-consentry-blocked'), iframe.getAttribute('src')]).toEqual([false, false, null]);

    frame();
    start().destroy(); // before the placeholder's code is here
    await new Promise((done) => setTimeout(done, 20));
    expect(placeholder()).toBeNull();
  });

  it('a copy of the page restored with its frame behind a placeholder (Turbo Drive\'s cache, Back): one placeholder, whose "Load it once" shows the frame', async () => {
    frame();
    start();
    await shown();
    const snapshot = document.body.cloneNode(true) as HTMLElement; // what Turbo caches as the visitor leaves
    document.body.replaceWith(document.createElement('body'));
    document.body.replaceWith(snapshot);
    await vi.waitFor(() => expect(document.querySelector('.consentry-embed button')).not.toBeNull());
    await new Promise((done) => setTimeout(done, 20));
    // Before, the copy's placeholder stayed above the new one, its buttons dead, and the frame stayed hidden once loaded.
    expect(document.querySelectorAll('.consentry-embed')).toHaveLength(1);
    placeholder()!.querySelector('button')!.click();
    const iframe = document.querySelector('iframe')!;
    expect([iframe.src, iframe.hidden, iframe.hasAttribute('data-consentry-blocked'), placeholder()]).toEqual(['https://www.youtube-nocookie.com/embed/x', false, false, null]);
  });

  it("a frame an app takes off the page (its route changed) takes its placeholder with it; put back, it is behind a new one", async () => {
    document.body.innerHTML = '<main><h1>Video</h1><iframe data-category="marketing" data-src="https://www.youtube-nocookie.com/embed/x"></iframe></main>';
    const iframe = document.querySelector('iframe')!;
    start();
    await shown();
    iframe.remove();
    document.querySelector('main')!.append(document.createElement('p'));
    await new Promise((done) => setTimeout(done, 20));
    // Before, it stayed on the next view, its "Always allow" granting marketing for nothing there.
    expect(placeholder()).toBeNull();
    document.querySelector('main')!.append(iframe); // a kept view shown again (Vue's <KeepAlive>)
    await shown();
    expect([document.querySelectorAll('.consentry-embed').length, iframe.hidden, iframe.getAttribute('src')]).toEqual([1, true, null]);
  });

  it('a refused frame the page adds right before another (after its placeholder): each keeps its own placeholder', async () => {
    const first = frame();
    start();
    await shown();
    const next = document.createElement('iframe');
    next.setAttribute('data-category', 'marketing');
    next.setAttribute('data-src', 'https://maps.test/embed');
    first.before(next); // between the first frame and its placeholder
    await vi.waitFor(() => expect(next.previousElementSibling?.className).toBe('consentry-embed'));
    await new Promise((done) => setTimeout(done, 20));
    // Before, the new one's placeholder took the first one's for a dead copy (Turbo's cache) and
    // removed it: the first frame stayed hidden, with nothing to load it.
    expect(document.querySelectorAll('.consentry-embed')).toHaveLength(2);
    placeholder()!.querySelector('button')!.click(); // the first frame's "Load it once"
    expect([first.src, first.hidden]).toEqual(['https://www.youtube-nocookie.com/embed/x', false]);
  });

  it('a granted frame kept off the page (Vue\'s <KeepAlive>) through a withdrawal: put back, it does not load its source again', async () => {
    document.body.innerHTML = '<main><iframe data-category="marketing" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/x"></iframe></main>';
    const iframe = document.querySelector('iframe')!;
    const consent = start();
    consent.acceptAll();
    expect(iframe.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/x');
    iframe.remove();
    await flush(); // the gate's observer has seen it go
    consent.withdraw();
    // Before, the gate had forgotten it, so the withdrawal left its source on it: put back, the
    // browser loads a frame's src at once, before any observer can blank it (a request to YouTube).
    expect(iframe.getAttribute('src')).not.toBe('https://www.youtube-nocookie.com/embed/x');
    document.querySelector('main')!.append(iframe);
    await shown();
    expect([iframe.getAttribute('src'), iframe.hidden]).toEqual(['about:blank', true]);
  });

  it('a granted frame kept off the page and put back while still granted: loaded again', async () => {
    document.body.innerHTML = '<main><iframe data-category="marketing" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/x"></iframe></main>';
    const iframe = document.querySelector('iframe')!;
    start().acceptAll();
    iframe.remove();
    await flush();
    document.querySelector('main')!.append(iframe);
    await flush();
    expect([iframe.getAttribute('src'), iframe.hidden, placeholder()]).toEqual(['https://www.youtube-nocookie.com/embed/x', false, null]);
  });

  it('never loads a frame whose data-src is not a web page (javascript:, data:), and says so', async () => {
    document.body.innerHTML = `<iframe data-category="marketing" data-src="javascript:alert(1)"></iframe><iframe data-category="marketing" data-src="data:text/html,hi"></iframe><iframe data-category="marketing" data-src="/embed/ok"></iframe>`;
    const warn = vi.mocked(console.warn);
    start().acceptAll();
    const frames = Array.from(document.querySelectorAll('iframe'));
    expect(frames.map((f) => f.getAttribute('src'))).toEqual([null, null, '/embed/ok']);
    await vi.waitFor(() => expect(warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('is not an http(s) or relative URL'))).toHaveLength(2));
    await new Promise((done) => setTimeout(done, 20));
    expect(placeholder()).toBeNull();
  });
});

describe('gate(): withdrawal clean-up', () => {
  beforeEach(() => {
    for (const name of document.cookie.split(';').map((c) => c.split('=')[0]!.trim())) if (name) document.cookie = `${name}=; max-age=0; path=/`;
    localStorage.clear();
  });

  it("erases the withdrawn services' cookies and storage keys, and suggests a reload", async () => {
    const consent = start();
    consent.acceptAll();
    document.cookie = '_st=1; path=/';
    document.cookie = 'VISITOR_INFO1_LIVE=1; path=/';
    document.cookie = 'session=keep; path=/';
    localStorage.setItem('_st_id', '1');
    localStorage.setItem('cart', 'keep');
    const suggested = vi.fn();
    window.addEventListener(RELOAD_SUGGESTED, suggested);
    consent.set({ analytics: false });
    await vi.waitFor(() => expect(suggested).toHaveBeenCalled());
    window.removeEventListener(RELOAD_SUGGESTED, suggested);
    expect(document.cookie.split('; ').sort()).toEqual(['VISITOR_INFO1_LIVE=1', 'session=keep']);
    expect(Object.keys(localStorage)).toEqual(['cart']);
    expect(suggested).toHaveBeenCalledTimes(1);
    expect((suggested.mock.calls[0]![0] as CustomEvent).detail).toEqual({ categories: ['analytics'], services: ['stats-tool'] });
  });

  it('suggests nothing when nothing was withdrawn, and nothing with reloadOnWithdraw "never"', async () => {
    const suggested = vi.fn();
    window.addEventListener(RELOAD_SUGGESTED, suggested);
    start().rejectAll();
    const never = start(config({ gating: { reloadOnWithdraw: 'never' } }));
    never.acceptAll();
    never.withdraw();
    await new Promise((done) => setTimeout(done, 50));
    window.removeEventListener(RELOAD_SUGGESTED, suggested);
    expect(suggested).not.toHaveBeenCalled();
  });

  it("erases a returning visitor's refused services' cookies at start", async () => {
    const store = memoryStore();
    createConsent(config(), { store, outbox: memoryOutbox() }).set({ marketing: true });
    document.cookie = '_st=1; path=/';
    document.cookie = 'VISITOR_INFO1_LIVE=1; path=/';
    instances.push(createConsent(config(), { plugins: [gate()], store, outbox: memoryOutbox() }));
    await vi.waitFor(() => expect(document.cookie).toBe('VISITOR_INFO1_LIVE=1'));
  });

  /** A visitor who accepted everything under the policy's revision 2026-01. */
  function acceptedUnderOldRevision() {
    const store = memoryStore();
    createConsent(config(), { store, outbox: memoryOutbox() }).acceptAll();
    const revised = config();
    revised.policy.revision = '2026-02';
    return { store, revised };
  }

  it('erases at start what the services of a choice no longer current left (a new policy revision)', async () => {
    const { store, revised } = acceptedUnderOldRevision();
    document.cookie = '_st=1; path=/';
    document.cookie = 'VISITOR_INFO1_LIVE=1; path=/';
    document.cookie = 'session=keep; path=/';
    localStorage.setItem('_st_id', '1');
    const consent = createConsent(revised, { plugins: [gate()], store, outbox: memoryOutbox() });
    instances.push(consent);
    expect(consent.state.decided).toBe(false);
    await vi.waitFor(() => expect(document.cookie).toBe('session=keep'));
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('erases on "Reject all" after a revision bump what the old grants left, though nothing counts as withdrawn', async () => {
    const { store, revised } = acceptedUnderOldRevision();
    const consent = createConsent(revised, { plugins: [gate()], store, outbox: memoryOutbox() });
    instances.push(consent);
    await flush();
    // Set after the start-up clean-up, as a tracker still running from before would.
    document.cookie = '_st=1; path=/';
    localStorage.setItem('_st_id', '1');
    consent.rejectAll();
    await vi.waitFor(() => expect(document.cookie).toBe(''));
    expect(Object.keys(localStorage)).toEqual([]);
  });
});
