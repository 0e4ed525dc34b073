import { describe, expect, it } from 'vitest';
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

  it('name a banner and an Accept button for every library, and count only the library’s own files', () => {
    for (const library of LIBRARIES.filter((l) => l.id !== 'baseline')) {
      expect(library.banner, library.id).toBeTruthy();
      expect(library.accept, library.id).toBeTruthy();
      expect(library.files.length, library.id).toBeGreaterThan(0);
      for (const prefix of library.files) expect(pageHtml(library), library.id).toContain(`"${prefix}`);
    }
  });
});
