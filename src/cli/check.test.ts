import { describe, expect, test } from 'vitest';
import { configDigest } from '../core/config-digest';
import { testConfig } from '../core/testing/config-fixture';
import { d } from '../ui/i18n/dialog-en';
import { t } from '../ui/i18n/en';
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

  test("a site's own language without a dialog text: a warning naming it, the dialog in English; still valid", () => {
    const de = Object.fromEntries(Object.entries({ ...t, ...d }).flatMap(([k, v]) => (k === 'dialogIntroOptOut' || k === 'recipientIfAllowedAny' ? [] : [[k, `DE ${v}`]])));
    const report = checkText(JSON.stringify(testConfig({ language: { default: 'en', available: ['en', 'de'] }, ui: { texts: { de } } })), 'de.json');
    expect(report.ok).toBe(true);
    // dialogIntroOptOut is not needed on this opt-in site (the dialog never shows it).
    expect(report.lines[0]).toMatch(/^de\.json: the config is valid, with 1 warning\(s\)[^]*\n {2}config\.ui\.texts\.de: got \{"bannerTitle":[^]*; expected every text [^]*missing for the dialog: "recipientIfAllowedAny", so until then the dialog is shown in English/);
    expect(report.attribute).toMatch(/^data-config-checked="/);
  });

  test('Tag Manager under a category not "marketing", in a config without one: the ad signals it leaves denied, and the signals that would map them; still valid', () => {
    const base = testConfig();
    const purposes = base.policy.purposes.filter((p) => p.category !== 'marketing');
    const categories = { necessary: base.categories.necessary!, analytics: { ...base.categories.analytics!, services: ['google-tag-manager'] } };
    const report = checkText(JSON.stringify({ ...base, policy: { ...base.policy, purposes }, categories, services: {}, integrations: { google: { containerId: 'GTM-AB12CD' } } }), 'gtm.json');
    expect(report.ok).toBe(true);
    expect(report.lines[0]).toMatch(/^gtm\.json: the config is valid, with 1 warning\(s\)[^]*\n {2}config\.categories\.analytics\.services\[0\]: got "google-tag-manager"; expected [^]*"ad_storage", "ad_user_data", "ad_personalization" follow "marketing", which it does not have[^]*"signals": \{ "ad_storage": "analytics"/);
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

  test('text that is not JSON: the line and column where it goes wrong, as an editor counts them, and what is there', () => {
    // Node 20 names no line, and for a trailing comma in a list not even an offset.
    const trailing = json.replace(/("laws": \[[^\]]*)\]/, '$1,]');
    const line = trailing.slice(0, trailing.indexOf(',]')).split('\n');
    expect(checkText(trailing, 'broken.json')).toEqual({ ok: false, lines: [`broken.json:${line.length}:${line.at(-1)!.length + 2}: not valid JSON: unexpected "]"`] });
    expect(checkText('{\n  "policy": ', 'broken.json')).toEqual({ ok: false, lines: ['broken.json:2:13: not valid JSON: it ends too soon'] });
    // In a page, the page's line.
    const page = `<!doctype html>\n<title>x</title>\n<script type="application/json" id="consentry-config">{\n  "policy": {\n    "revision": tru\n  }\n}</script>`;
    expect(checkText(page, 'index.html')).toEqual({ ok: false, lines: ['index.html:5:20: not valid JSON: unexpected "\\n"'] });
  });
});
