import { defineConfig } from '@playwright/test';
import { QUIET_CHROMIUM_ARGS, chromiumExecutable } from './support/chromium';

// `npm run screenshots`: not a test suite, a picture maker (see e2e/screenshots.ts).
export default defineConfig({
  testDir: '.',
  testMatch: 'screenshots.ts',
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
  outputDir: '../test-results/screenshots',
  use: { launchOptions: { executablePath: chromiumExecutable(), args: QUIET_CHROMIUM_ARGS } },
});
