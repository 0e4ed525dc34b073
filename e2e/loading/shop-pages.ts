import { test } from '@playwright/test';
import { pageHandler } from '../gating/pages';
import { startServer, type TestServer } from '../support/server';
import { shopTestLaunchOptions } from '../support/trackers';

/**
 * For a spec's top level: pages rendered per test, served from www.shop.test (a live host, not
 * localhost), with the repo's files (dist/) beside them. `serve(path, html)` gives the page's URL.
 */
export function shopPages(): { serve(path: string, html: string): string; server(): TestServer } {
  test.use({ launchOptions: shopTestLaunchOptions() });
  let server: TestServer;
  const pages = new Map<string, string>();
  test.beforeAll(async () => (server = await startServer({ handlers: [pageHandler(pages)] })));
  test.afterAll(() => server.close());
  return {
    serve(path, html) {
      pages.set(path, html);
      return `http://www.shop.test:${server.port}${path}`;
    },
    server: () => server,
  };
}
