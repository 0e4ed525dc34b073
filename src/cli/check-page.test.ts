// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { configDigest } from '../core/config-digest';
import { testConfig } from '../core/testing/config-fixture';
import { checkText } from './check';

test('a page: the element the browser reads, not a config commented out or one whose id only starts or ends the same', () => {
  const config = testConfig();
  const json = JSON.stringify(config, null, 2);
  const old = JSON.stringify({ ...config, cookie: { lifetimeDays: 400 } });
  const page = [
    '<!doctype html>',
    `<!-- before the new policy:\n<script type="application/json" id="consentry-config">${old}</script>\n-->`,
    `<script type="application/json" id="consentry-config-draft">${old}</script>`,
    `<script type="application/json" data-id="consentry-config">${old}</script>`,
    `<script type="application/json" ID=consentry-config>\n${json}\n</script>`,
  ].join('\n');
  // What a browser's parser finds (jsdom's), and the command reads the same.
  expect(new DOMParser().parseFromString(page, 'text/html').getElementById('consentry-config')?.textContent).toBe(`\n${json}\n`);
  expect(checkText(page, 'index.html').attribute).toBe(`data-config-checked="${configDigest(config)}"`);
  // A comment left open hides the rest of the page.
  const hidden = `<!doctype html><!-- <script type="application/json" id="consentry-config">${json}</script>`;
  expect(new DOMParser().parseFromString(hidden, 'text/html').getElementById('consentry-config')).toBeNull();
  expect(checkText(hidden, 'index.html')).toEqual({ ok: false, lines: ['index.html: no <script type="application/json" id="consentry-config"> in this page'] });
});
