// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../core/testing/create-consent';
import type { Consent } from '../core/types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { siteConfig } from './testing/site';
import { yandexMetrica } from './yandex-metrica';

// GUIDE §3 Gating: Metrica's `<noscript>` pixel cannot be gated (it loads with JavaScript off,
// before anyone is asked) and must not be used. Neither the integration, nor the README's
// instructions, nor any page of the repo's demo sites and examples may produce one.

// Paths from this file (jsdom's URL is not Node's, so no `new URL(…, import.meta.url)` here).
const here = dirname(fileURLToPath(import.meta.url));
const repo = (path: string) => readFileSync(join(here, '../..', path), 'utf8');
const PAGES = ['demo/index.html', ...['arcon', 'shop', 'infomaximum', 'cmachines'].map((s) => `demo/sites/${s}/index.html`), 'examples/react/index.html', 'examples/vue/index.html', 'e2e/fixtures/basic.html'];
const METRICA_PIXEL = /<noscript[\s\S]*?(mc\.yandex|metrika|watch\/)[\s\S]*?<\/noscript>|<img[^>]+mc\.yandex\.(ru|com)\/watch/i;

let instances: Consent[] = [];
beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  delete (window as unknown as Record<string, unknown>).ym;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  instances.forEach((c) => c.destroy());
  instances = [];
});

describe('Metrica’s <noscript> pixel is never used', () => {
  it('the integration adds exactly one node once Metrica is granted, tag.js: no <noscript>, no <img>, no pixel', async () => {
    const added: string[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => added.push(n instanceof Element ? `${n.localName} ${n.getAttribute('src') ?? ''}`.trim() : n.nodeName))));
    observer.observe(document, { childList: true, subtree: true });
    const consent = createConsent(siteConfig({ yandex: true }), { plugins: [yandexMetrica({ id: 12345678, webvisor: true }, { source: 'config.integrations.yandexMetrica' })], store: memoryStore(), outbox: memoryOutbox() });
    instances.push(consent);
    consent.acceptAll();
    consent.withdraw();
    consent.acceptAll();
    await new Promise((done) => setTimeout(done, 0)); // MutationObserver callbacks are microtasks; let them run
    observer.disconnect();
    expect(added).toEqual(['script https://mc.yandex.ru/metrika/tag.js']);
    expect(document.querySelectorAll('noscript, img, iframe')).toHaveLength(0);
  });

  it('the integration’s source has no way to make one', () => {
    for (const file of ['yandex-core.ts', 'yandex-metrica.ts', 'yandex-options.ts', 'yandex-services.ts', 'add-tag.ts']) {
      const code = readFileSync(join(here, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''); // comments may name it
      expect(code, file).not.toMatch(/noscript|new Image|createElement\(\s*['"]img|\/watch\//i);
    }
  });

  it('the README tells sites to remove it and none of its snippets contains it', () => {
    const readme = repo('README.md');
    expect(readme).toMatch(/Remove Yandex's own snippet, \*\*including the `<noscript>/);
    const blocks = [...readme.matchAll(/```[\w-]*\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.some((b) => /yandexMetrica|mc\.yandex/.test(b))).toBe(true); // the Metrica snippets were found
    for (const block of blocks) expect(block).not.toMatch(/<noscript/i);
  });

  it('no page of the demo sites or the examples carries it', () => {
    for (const page of PAGES) expect(repo(page), page).not.toMatch(METRICA_PIXEL);
    for (const page of PAGES) expect(repo(page), page).not.toMatch(/<noscript/i);
  });
});
