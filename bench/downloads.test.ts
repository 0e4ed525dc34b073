import { describe, expect, it } from 'vitest';
import { isLibraryFile } from './downloads';

describe('isLibraryFile', () => {
  const prefixes = ['/dist/'];

  it('counts any file under the prefix, whatever its name (hashed chunks included)', () => {
    expect(isLibraryFile('http://127.0.0.1:4000/dist/consentry.js', prefixes)).toBe(true);
    expect(isLibraryFile('http://127.0.0.1:4000/dist/chunk-banner-3f9a1c2b.js?v=1', prefixes)).toBe(true);
    expect(isLibraryFile('http://127.0.0.1:4000/dist/i18n/en-77aa.js', prefixes)).toBe(true);
  });

  it('ignores the page, other folders, and data: URLs', () => {
    expect(isLibraryFile('http://127.0.0.1:4000/bench/consentry.html', prefixes)).toBe(false);
    expect(isLibraryFile('http://127.0.0.1:4000/node_modules/klaro/dist/klaro.js', prefixes)).toBe(false);
    expect(isLibraryFile('http://127.0.0.1:4000/distant/x.js', prefixes)).toBe(false);
    expect(isLibraryFile('data:image/png;base64,iVBORw0KGgo=', prefixes)).toBe(false);
  });
});
