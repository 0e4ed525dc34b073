import type { Page } from '@playwright/test';

/** The banner's first-layer buttons in the demo sites' languages. */
export const BANNER_BUTTONS = {
  accept: /accept all|принять вс[её]|सभी स्वीकार/i,
  reject: /reject all|отклонить вс[её]|सभी अस्वीकार/i,
};

export type Decision = 'accept' | 'reject' | 'withdraw';

/**
 * Decides as a visitor would: with the banner's buttons when the widget shows them,
 * else through the same calls the widget makes (`window.consentry`, layer 'banner').
 * Withdrawal goes through the API (the 'Cookie settings' route belongs to the widget), awaited.
 * Returns which way was used, so a spec can say so.
 */
export async function decide(page: Page, decision: Decision): Promise<'banner' | 'api'> {
  if (decision !== 'withdraw') {
    const button = page.getByRole('button', { name: BANNER_BUTTONS[decision] }).first();
    if (await button.isVisible().catch(() => false)) {
      await button.click();
      // The click's decision is stored asynchronously: it takes its turn across tabs first, and on a
      // 152-FZ site waits for the consent document's part too.
      await page.waitForFunction(() => window.consentry?.state.decided === true);
      return 'banner';
    }
  }
  // Settles once the decision is stored: a returning visit fetches what decisions need first.
  await page.evaluate((d) => {
    const consent = window.consentry!;
    if (d === 'accept') return consent.acceptAll({ layer: 'banner' });
    if (d === 'reject') return consent.rejectAll({ layer: 'banner' });
    return consent.withdraw({ layer: 'preferences' });
  }, decision);
  return 'api';
}

/** The banner is on screen (only meaningful once the widget is merged). */
export async function bannerVisible(page: Page): Promise<boolean> {
  return page.getByRole('button', { name: BANNER_BUTTONS.accept }).first().isVisible().catch(() => false);
}
