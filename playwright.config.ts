import { defineConfig, devices } from '@playwright/test';
import { QUIET_CHROMIUM_ARGS, chromiumExecutable } from './e2e/support/chromium';

// Each spec starts its own servers on ephemeral ports (see e2e/support/server.ts),
// so suites never fight over a port and can run on a shared machine.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: QUIET_CHROMIUM_ARGS },
  },
});
