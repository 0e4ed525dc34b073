import { readFileSync } from 'node:fs';
import { expect, test, type Frame } from '@playwright/test';
import { startTestDemo, type DemoUnderTest } from './demo-server';
import { storedState } from '../support/stored-state';

// DuckDuckGo's autoconsent, the real library, with our rule (privacy-tools/) and nothing else:
// in reject mode it must find the banner inside its shadow root, press Reject all, and leave a
// choice that refuses everything, recorded as made on the banner (issue 10).
// The bundle DuckDuckGo's own Playwright tests inject (not in the package's exports map).
const CONTENT_SCRIPT = readFileSync('node_modules/@duckduckgo/autoconsent/dist/autoconsent.playwright.js', 'utf8');
const RULE = JSON.parse(readFileSync('privacy-tools/autoconsent-consentry.json', 'utf8'));
const SITES = [
  { id: 'arcon', langs: ['ru', 'en'] },
  { id: 'shop', langs: ['ru', 'en'] },
  { id: 'infomaximum', langs: ['ru', 'en'] },
  { id: 'cmachines', langs: ['en', 'hi'] },
];

let demo: DemoUnderTest;
test.beforeAll(async () => (demo = await startTestDemo()));
test.afterAll(() => demo.stop());

for (const site of SITES) {
  for (const lang of site.langs) {
    test(`autoconsent rejects on ${site.id} (${lang}) with our rule: all refused, layer banner`, async ({ page }) => {
      const messages: Array<{ type: string; cmp?: string; result?: boolean }> = [];
      await page.exposeBinding('autoconsentSendMessage', async ({ frame }: { frame: Frame }, msg: { type: string; id?: string; code?: string }) => {
        messages.push(msg);
        if (msg.type === 'init') {
          const config = { enabled: true, autoAction: 'optOut', disabledCmps: [], enablePrehide: false, detectRetries: 20, enableCosmeticRules: false };
          await frame.evaluate(`autoconsentReceiveMessage({ type: "initResp", config: ${JSON.stringify(config)}, rules: ${JSON.stringify({ autoconsent: [RULE] })} })`);
        } else if (msg.type === 'eval') {
          const result = await frame.evaluate(msg.code!);
          await frame.evaluate(`autoconsentReceiveMessage({ id: "${msg.id}", type: "evalResp", result: ${JSON.stringify(result)} })`);
        }
      });
      await page.goto(`${demo.siteUrl(site.id)}?lang=${lang}`, { waitUntil: 'commit' });
      await page.evaluate(CONTENT_SCRIPT);

      await expect.poll(() => messages.find((m) => m.type === 'optOutResult')?.result, { timeout: 20_000 }).toBe(true);
      expect(messages.find((m) => m.type === 'cmpDetected')?.cmp).toBe('consentry');
      const state = await storedState(page);
      expect(Object.entries(state.categories).filter(([k, v]) => k !== 'necessary' && v)).toEqual([]);
      expect(Object.values(state.services).filter(Boolean)).toEqual([]);
      await expect.poll(() => demo.store.byConsentId(state.consentId!).map((r) => [r.record.action, r.record.layer, r.record.locale])).toEqual([['reject_all', 'banner', lang]]);
    });
  }
}
