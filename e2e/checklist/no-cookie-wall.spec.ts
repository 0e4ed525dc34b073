import { expect, test, type Page } from '@playwright/test';
import { startTestDemo, type DemoUnderTest } from '../demo/demo-server';
import { pageUrl, startWidgetServer, type WidgetServer } from '../widget/support';
import { banner, dialog, focusedPath, SITES } from './support';

// GUIDE §3 Choices: "No cookie wall: the page stays usable whatever the visitor chooses."
// On each customer's own site: before any choice, and after Accept all, Reject all, closing the
// banner and closing the dialog, the visitor can scroll the page, follow its links, type in its
// form fields and reach its controls with the keyboard; nothing covers the page or makes it inert.

let demo: DemoUnderTest;
let widget: WidgetServer;
test.use({ reducedMotion: 'reduce', viewport: { width: 390, height: 700 } });
test.beforeAll(async () => {
  demo = await startTestDemo();
  widget = await startWidgetServer();
});
test.afterAll(async () => {
  await demo.stop();
  await widget.close();
});

/** A form field at the very end of the page's content (the place a bottom bar would cover). */
const addField = (page: Page, container: string) =>
  page.evaluate((sel) => {
    const label = document.createElement('label');
    label.textContent = 'Search ';
    const input = document.createElement('input');
    input.id = 'checklist-field';
    label.append(input);
    document.querySelector(sel)!.append(label);
  }, container);

async function expectUsable(page: Page, step: string, opts: { content: string; link: string }): Promise<void> {
  // Nothing inert or hidden from assistive technology on the way to the content; nothing blocks scrolling.
  const blocked = await page.evaluate((content) => {
    const el = document.querySelector(content)!;
    const chain: Element[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) chain.push(e);
    const style = (e: Element) => getComputedStyle(e);
    return {
      inert: chain.filter((e) => (e as HTMLElement).inert || e.getAttribute('aria-hidden') === 'true').map((e) => e.tagName),
      overflowHidden: [document.documentElement, document.body].filter((e) => ['hidden', 'clip'].includes(style(e).overflowY)).map((e) => e.tagName),
      pointerEvents: chain.filter((e) => style(e).pointerEvents === 'none').map((e) => e.tagName),
      scrollable: document.documentElement.scrollHeight > innerHeight,
    };
  }, opts.content);
  expect(blocked, step).toEqual({ inert: [], overflowHidden: [], pointerEvents: [], scrollable: true });

  // The page scrolls, by the wheel.
  await page.evaluate(() => scrollTo(0, 0));
  await page.mouse.move(50, 50);
  await page.mouse.wheel(0, 600);
  await page.waitForFunction(() => scrollY > 0);
  await page.evaluate(() => scrollTo(0, 0));

  // No overlay: the upper half of the screen is the page's own, whatever the widget shows.
  const covered = await page.evaluate(() =>
    [0.1, 0.3, 0.5].flatMap((fy) => [0.1, 0.5, 0.9].map((fx) => document.elementFromPoint(innerWidth * fx, innerHeight * fy)?.closest('consentry-widget, consentry-reopen')?.tagName)).filter(Boolean),
  );
  expect(covered, `${step}: the widget covers the upper half of the page`).toEqual([]);

  // A link of the page works by a real click (Playwright fails the click if something else would receive it).
  await page.evaluate(() => history.replaceState(null, '', location.pathname + location.search));
  const link = page.locator(opts.link);
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page, step).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

  // A form field at the bottom of the content takes a click and typing.
  const field = page.locator('#checklist-field');
  await field.fill('');
  await field.click();
  await page.keyboard.type('drill');
  await expect(field, step).toHaveValue('drill');

  // The keyboard reaches the page's controls: from the top of the page, Tab gets to a page link.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    const f = await focusedPath(page);
    reached = !f.inWidget && ['a', 'input', 'button'].includes(f.tag);
  }
  expect(reached, `${step}: Tab never reached a control of the page`).toBe(true);
}

for (const site of SITES) {
  test(`${site.id}: the page stays usable before a choice and after accept, reject or closing`, async ({ page }) => {
    const opts = { content: 'main', link: '.site-header nav a[href^="#"] >> nth=-1' };
    const open = async () => {
      await page.context().clearCookies();
      await page.goto(demo.siteUrl(site.id));
      await expect(banner(page)).toBeVisible();
      await addField(page, 'main');
    };

    await open();
    await expectUsable(page, 'before a choice', opts);
    await expect(banner(page), 'the banner stays until the visitor chooses').toBeVisible();

    for (const action of ['accept', 'reject'] as const) {
      await open();
      await banner(page).locator(`[data-action=${action}]`).click();
      await expect(banner(page)).toHaveCount(0);
      await page.waitForFunction(() => window.consentry!.state.decided);
      await expectUsable(page, `after ${action}`, opts);
      await page.reload(); // a returning visitor, either way
      await addField(page, 'main');
      await expectUsable(page, `returning after ${action}`, opts);
    }

    await open();
    await banner(page).locator('button.x').click();
    await expect(banner(page)).toHaveCount(0);
    await expectUsable(page, 'after closing the banner', opts);

    await open();
    await banner(page).locator('[data-action=settings]').click();
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expectUsable(page, 'after closing the dialog', opts);
  });
}

test('the blocking modal layout (demo shop config) leaves the page usable after Reject all and after Accept all', async ({ page }) => {
  const opts = { content: 'main', link: 'main a[href^="#"] >> nth=-1' };
  for (const action of ['reject', 'accept'] as const) {
    await page.context().clearCookies();
    await page.goto(pageUrl(widget, { seed: 'demo-shop', lang: 'ru', layout: 'modal' }));
    const modal = page.locator('consentry-widget dialog[data-consentry=banner]');
    await expect(modal).toBeVisible();
    await addField(page, 'main');
    await modal.locator(`[data-action=${action}]`).click();
    await expect(modal).toHaveCount(0);
    await expectUsable(page, `modal layout, after ${action}`, opts);
  }
});
