import { describe, expect, it } from 'vitest';
import { urlText } from './config-text';

describe('urlText: a config URL shown as text', () => {
  it('a path gets the page’s host; an absolute URL keeps how it was written; "https://" is left off', () => {
    expect(urlText('/sites/arcon/#contacts', 'https://arcon.test/sites/arcon/?lang=en')).toBe('arcon.test/sites/arcon/#contacts');
    expect(urlText('https://proceset.infomaximum.com', 'https://arcon.test/')).toBe('proceset.infomaximum.com');
    expect(urlText('//forms.test/contact', 'https://arcon.test/')).toBe('forms.test/contact');
    expect(urlText('/контакты', 'https://arcon.test/')).toBe('arcon.test/контакты'); // not %D0%BA…
  });

  it('a page without a host (about:blank): the path as written, not an exception that would lose the banner', () => {
    expect(urlText('/contacts', 'about:blank')).toBe('/contacts');
  });
});
