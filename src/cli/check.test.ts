import { describe, expect, test } from 'vitest';
import { configDigest } from '../core/config-digest';
import { demoConfig } from '../ui/testing/demo-configs';
import { checkText } from './check';

describe('consentry check', () => {
  const config = demoConfig('cmachines');
  const json = JSON.stringify(config, null, 2);

  test('a valid config: its attribute, with the digest of the config as the browser reads it', () => {
    const report = checkText(json, 'consentry.config.json');
    expect(report.ok).toBe(true);
    expect(report.attribute).toBe(`data-config-checked="${configDigest(config)}"`);
    expect(report.lines.join('\n')).toContain(report.attribute);
  });

  test('a page: the config in its #consentry-config element, whatever the spacing around it', () => {
    const page = `<!doctype html><head>\n<script type="application/json" id="consentry-config">\n${json}\n</script>\n<script src="/consentry.js"></script>`;
    expect(checkText(page, 'index.html').attribute).toBe(`data-config-checked="${configDigest(config)}"`);
    expect(checkText('<!doctype html><p>no config</p>', 'index.html')).toEqual({ ok: false, lines: ['index.html: no <script type="application/json" id="consentry-config"> in this page'] });
  });

  test('a valid config with its laws\' warnings: the warnings, then the attribute', () => {
    const report = checkText(JSON.stringify(demoConfig('shop')), 'shop.json');
    expect(report.ok).toBe(true);
    expect(report.lines[0]).toMatch(/^shop\.json: the config is valid, with 2 warning\(s\)[^]*config\.policy\.operator\.address/);
  });

  test('an invalid config: what is wrong, where, and no attribute', () => {
    const report = checkText(JSON.stringify({ ...config, cookie: { lifetimeDays: -1 } }), 'bad.json');
    expect(report.ok).toBe(false);
    expect(report.attribute).toBeUndefined();
    expect(report.lines.join('\n')).toMatch(/^bad\.json: invalid config[^]*config\.cookie\.lifetimeDays: got -1; expected/);
  });

  test('a file saved with a byte order mark (Windows Notepad): read as without it', () => {
    expect(checkText(`\uFEFF${json}`, 'consentry.config.json')).toEqual(checkText(json, 'consentry.config.json'));
  });

  test('text that is not JSON', () => {
    expect(checkText('{ "policy": ', 'broken.json')).toMatchObject({ ok: false, lines: [expect.stringMatching(/^broken\.json: not valid JSON \(/)] });
  });
});
