import { test } from '@playwright/test';
import type { ConsentryConfig } from '../../src/core/types';
import { shopConfig } from '../fixtures/gating/site';
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

/**
 * The shop as the size budgets measure it: Google and Metrica, a floating button, a GDPR site
 * (under 152-FZ a decision also fetches the consent document's part, 1.9 KB, and its words in
 * the visitor's language, 0.9-1.2 KB), its cookie on the page's own host.
 */
export function budgetShopConfig(): ConsentryConfig {
  const config = shopConfig({ ui: { floatingButton: 'bottom-right' } });
  config.categories.marketing!.services = ['google-tag-manager'];
  config.policy.laws = ['gdpr'];
  delete config.services;
  delete config.cookie;
  return config;
}
