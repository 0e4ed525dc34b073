import { describe, expect, it } from 'vitest';
import { configDigest } from '../src/core/config-digest';
import { validateConfig } from '../src/core/validate';
import { LIBRARIES, consentryConfig, pageHtml } from './libraries';

describe('benchmark pages', () => {
  it('give Consentry a valid config (an invalid one would fail closed and measure nothing real)', () => {
    const result = validateConfig(consentryConfig);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('are the same article with three categories and one gated analytics script on every page', () => {
    for (const library of LIBRARIES) {
      const html = pageHtml(library);
      expect(html, library.id).toContain('How we bake bread at the corner bakery');
      expect(html.match(/window\.__gatedRanAt = performance\.now\(\)/g), library.id).toHaveLength(1);
      expect(html, library.id).toMatch(/<script type="text\/plain"[^>]*(data-category="analytics"|data-name="stats")/);
    }
  });

  it('have one page per library compared: Consentry (as it is, and with its config checked ahead), vanilla-cookieconsent, Klaro, Osano, tarteaucitron, and the baseline', () => {
    expect(LIBRARIES.map((l) => l.id).sort()).toEqual(['baseline', 'consentry', 'consentry-checked', 'klaro', 'osano', 'tarteaucitron', 'vanilla-cookieconsent']);
  });

  it("give Consentry's checked page the same config, with its digest on the script tag", () => {
    const page = (id: string) => pageHtml(LIBRARIES.find((l) => l.id === id)!);
    const digest = configDigest(consentryConfig);
    expect(page('consentry-checked')).toContain(`<script src="/dist/consentry.js" data-config-checked="${digest}"></script>`);
    expect(page('consentry-checked').replace(` data-config-checked="${digest}"`, '')).toBe(page('consentry'));
  });

  it("give Consentry's pages the way back their policy promises, so the developer's no-way-back warning (and its words) is not fetched on this localhost page", () => {
    for (const id of ['consentry', 'consentry-checked']) {
      expect(pageHtml(LIBRARIES.find((l) => l.id === id)!), id).toMatch(/<a href="#" data-consentry-open>Cookie settings<\/a>/);
    }
  });

  it('count files by folder, so chunks with hashed names and lazily fetched files are counted too', () => {
    for (const library of LIBRARIES) {
      for (const prefix of library.files) expect(prefix, library.id).toMatch(/^\/.+\/$/);
    }
    // Consentry's two pages count the same folder: they are one library.
    const all = LIBRARIES.filter((l) => l.id !== 'consentry-checked').flatMap((l) => l.files);
    expect(new Set(all).size, 'no folder counted for two libraries').toBe(all.length);
  });

  it('run the gated script from the consent hooks where the library has no script gating (Osano 3, tarteaucitron)', () => {
    const osano = pageHtml(LIBRARIES.find((l) => l.id === 'osano')!);
    expect(osano).toMatch(/onInitialise: function \(status\) \{\s*if \(this\.hasConsented\(\)\) runGatedAnalytics\(\);/);
    expect(osano).toMatch(/onStatusChange: function \(status\) \{\s*if \(this\.hasConsented\(\)\) runGatedAnalytics\(\);/);
    const tac = pageHtml(LIBRARIES.find((l) => l.id === 'tarteaucitron')!);
    expect(tac).toMatch(/tarteaucitron\.services\.stats = \{[^}]*type: 'analytic'[^}]*needConsent: true[^}]*js: function \(\) \{ 'use strict'; runGatedAnalytics\(\); \}/);
    expect(tac).toContain("(tarteaucitron.job = tarteaucitron.job || []).push('stats');");
  });

  it('name a banner and an Accept button for every library, and count only the library’s own files', () => {
    for (const library of LIBRARIES.filter((l) => l.id !== 'baseline')) {
      expect(library.banner, library.id).toBeTruthy();
      expect(library.accept, library.id).toBeTruthy();
      expect(library.files.length, library.id).toBeGreaterThan(0);
      for (const prefix of library.files) expect(pageHtml(library), library.id).toContain(`"${prefix}`);
    }
  });
});
