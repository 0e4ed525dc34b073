import type { Page } from '@playwright/test';

/**
 * The page's network quiet (Playwright's `networkidle`: no request for 500 ms), or 15 s at most.
 * Chromium now and then never reports it for a page whose requests have all ended: three tests
 * timed out on it at 60 s in four full runs on 2026-12-07 (cdn.spec, held-frames.spec, and
 * trackers.spec in an earlier stop), each passing alone. What a test needs after it is asserted
 * after it (requests seen, chunks finished), so waiting longer would only turn that into a timeout.
 */
export async function networkQuiet(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
}
