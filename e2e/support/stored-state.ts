import type { Page } from '@playwright/test';
import type { ConsentState } from '../../src/core/types';

/**
 * The state once a decision made by a click is stored. The widget closes at once, but the
 * decision takes its turn across tabs (Web Locks) and, on a 152-FZ site, waits for the consent
 * document's part, so `state.decided` turns true a moment later: reading it straight after the
 * click races that.
 */
export async function storedState(page: Page): Promise<ConsentState> {
  await page.waitForFunction(() => window.consentry?.state.decided === true);
  return page.evaluate(() => window.consentry!.state);
}
