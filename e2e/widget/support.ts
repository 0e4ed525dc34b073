import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { ConsentRecord } from '../../src/core/types';
import { widgetPages } from '../fixtures/widget/pages';
import { startServer, type TestServer } from '../support/server';

export interface WidgetServer extends TestServer {
  records: ConsentRecord[];
  /** Requests for the widget chunk since the last `clear()`. */
  chunkRequests(): number;
  clear(): void;
}

/** The repo's files plus the generated widget pages and a consent-log receiver. */
export async function startWidgetServer(): Promise<WidgetServer> {
  const records: ConsentRecord[] = [];
  const receiver = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.url !== '/consent-log' || req.method !== 'POST') return false;
    let body = '';
    for await (const chunk of req) body += chunk;
    records.push(JSON.parse(body) as ConsentRecord);
    res.writeHead(201).end();
    return true;
  };
  const server = await startServer({ handlers: [widgetPages(), receiver] });
  return Object.assign(server, {
    records,
    /** Requests for the script-tag build's chunks (everything of ours but consentry.js). */
    chunkRequests: () => server.requests.filter((p) => p.startsWith('/dist/chunks/')).length,
    clear: () => {
      server.requests.length = 0;
      records.length = 0;
    },
  });
}

export function pageUrl(server: TestServer, params: Record<string, string> = {}): string {
  return `${server.url}/widget?${new URLSearchParams({ endpoint: '1', ...params })}`;
}

/** The first layer (Playwright's CSS engine looks inside open shadow roots). */
export const banner = (page: Page): Locator => page.locator('consentry-widget [data-consentry=banner]');
export const dialog = (page: Page): Locator => page.locator('consentry-widget dialog.prefs');
export const widgetRoot = (page: Page): Locator => page.locator('consentry-widget .root');
export const button = (scope: Locator, action: 'accept' | 'reject' | 'settings' | 'save'): Locator => scope.locator(`[data-action=${action}]`);

/** The consent cookie's value, or undefined: proves nothing was stored. */
export async function consentCookie(page: Page): Promise<string | undefined> {
  return (await page.context().cookies()).find((c) => c.name === 'consentry')?.value;
}

export async function consentState(page: Page) {
  return page.evaluate(() => {
    const s = window.consentry!.state;
    return { decided: s.decided, categories: { ...s.categories } };
  });
}

/** What has focus, looking into the widget's shadow root: `tag#id.class[data-action]` and its text. */
export async function focused(page: Page): Promise<{ inWidget: boolean; id: string; action: string | null; text: string }> {
  return page.evaluate(() => {
    let el = document.activeElement;
    let inWidget = false;
    while (el?.shadowRoot?.activeElement) {
      inWidget = true;
      el = el.shadowRoot.activeElement;
    }
    return { inWidget, id: el?.id ?? '', action: el?.getAttribute('data-action') ?? null, text: (el?.textContent ?? '').trim() };
  });
}

export async function expectNoDecision(page: Page): Promise<void> {
  expect(await consentCookie(page)).toBeUndefined();
  expect((await consentState(page)).decided).toBe(false);
}
