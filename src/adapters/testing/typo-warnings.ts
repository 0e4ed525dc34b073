import { expect, vi } from 'vitest';
import type { MockInstance } from 'vitest';

/**
 * The adapters' typo check, as both `useConsent()` tests ask it (`allowed('analytic')`,
 * `allowedService('stats-tol')` on testConfig()): each name said once on the console, after the
 * instance has started, and not again by the later renders (whose words are given time to come).
 */
export async function expectTyposWarnedOnce(warn: MockInstance): Promise<void> {
  await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(warn.mock.calls.map(([m]) => String(m))).toEqual([
    expect.stringContaining('allowed("analytic") / when("analytic"): the config has no category "analytic" (it has "necessary", "analytics", "marketing")'),
    expect.stringContaining('allowedService("stats-tol"): the config has no service "stats-tol" (it has "stats-tool", "ads-tool")'),
  ]);
}
