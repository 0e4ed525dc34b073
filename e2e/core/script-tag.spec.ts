import { expect, test } from '@playwright/test';
import { startServer, type TestServer } from '../support/server';

let server: TestServer;
const received: unknown[] = [];

test.beforeAll(async () => {
  server = await startServer({
    handlers: [
      async (req, res) => {
        if (req.url !== '/consent-log' || req.method !== 'POST') return false;
        let body = '';
        for await (const chunk of req) body += chunk;
        received.push(JSON.parse(body));
        res.writeHead(201).end();
        return true;
      },
    ],
  });
});
test.afterAll(() => server.close());

test('the script tag starts from the inline JSON config, persists a choice and sends its record', async ({ page }) => {
  await page.goto(`${server.url}/e2e/fixtures/basic.html`);
  const before = await page.evaluate(() => ({ ok: window.consentry!.ok, decided: window.consentry!.state.decided, analytics: window.consentry!.allowed('analytics') }));
  expect(before).toEqual({ ok: true, decided: false, analytics: false });

  await page.evaluate(() => window.consentry!.acceptAll());
  await expect.poll(() => received.length).toBe(1);
  expect(received[0]).toMatchObject({ action: 'accept_all', categories: { necessary: true, analytics: true }, origin: server.url });

  await page.reload();
  expect(await page.evaluate(() => [window.consentry!.state.decided, window.consentry!.allowed('analytics')])).toEqual([true, true]);
});

test('an invalid config fails closed with the path, the value and what was expected', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.route('**/invalid.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><script>window.consentryConfig = { policy: {}, categories: { analytics: { title: 1 } } };</script>
        <script src="/dist/consentry.js"></script><button>still works</button>`,
    }),
  );
  await page.goto(`${server.url}/invalid.html`);
  const state = await page.evaluate(() => {
    window.consentry!.acceptAll();
    return { ok: window.consentry!.ok, analytics: window.consentry!.allowed('analytics') };
  });
  expect(state).toEqual({ ok: false, analytics: false });
  expect(errors.join('\n')).toContain('config.categories.analytics.title: got 1; expected a text');
  expect(errors.join('\n')).toContain('config.categories.necessary');
  await expect(page.getByRole('button', { name: 'still works' })).toBeVisible();
});
