import { expect, test } from '@playwright/test';
import { startTestDemo, type DemoUnderTest } from '../demo/demo-server';
import { storedState } from '../support/stored-state';

// GUIDE §3 (IN, DPDP): CMachines' first layer gives the two-step complaint route (the operator's
// grievance contact first, then the Board) and an "I am under 18" path that refuses everything
// optional and is recorded as such (a refusal, never verifiable parental consent).
const BANNER = 'consentry-widget [data-consentry=banner]';

let demo: DemoUnderTest;
test.beforeAll(async () => (demo = await startTestDemo()));
test.afterAll(() => demo.stop());

test('cmachines: the grievance route is on the first layer, operator first, then the Board', async ({ page }) => {
  await page.goto(demo.siteUrl('cmachines'));
  await expect(page.locator(`${BANNER} [data-line=complain]`)).toHaveText('Complaints: to us first (info@clever-machines.in), then to the Data Protection Board of India.');
  await expect(page.locator(`${BANNER} [data-line=complain]`)).toBeInViewport();
  await page.goto(`${demo.siteUrl('cmachines')}?lang=hi`);
  await expect(page.locator(`${BANNER} [data-line=complain]`)).toContainText('info@clever-machines.in');
});

test('cmachines: "I’m under 18" refuses everything optional, records it as under_age, and loads no embed', async ({ page }) => {
  await page.goto(demo.siteUrl('cmachines'));
  await expect(page.locator(`${BANNER} [data-line=age]`)).toHaveText('You must be 18 or older to agree.');
  await page.locator(`${BANNER} [data-line=under-age]`).click();
  await expect(page.locator(BANNER)).toHaveCount(0);
  const state = await storedState(page);
  expect(Object.entries(state.categories).filter(([k, v]) => k !== 'necessary' && v)).toEqual([]);
  await expect
    .poll(() => demo.store.byConsentId(state.consentId!).map((r) => [r.record.action, r.record.layer, Object.entries(r.record.categories).filter(([k, v]) => k !== 'necessary' && v)]))
    .toEqual([['under_age', 'banner', []]]);
  await expect(page.locator('iframe[data-src]')).not.toHaveAttribute('src', /./);
  expect(demo.stubLog.forSite('cmachines').filter((e) => e.kind === 'embed')).toEqual([]);
});
