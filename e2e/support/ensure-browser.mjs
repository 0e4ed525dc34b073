// Run before the browser tests: makes sure a Chromium exists, installing Debian's
// package when we are root on a machine that cannot download Playwright's browsers.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const bundled = (() => { try { return existsSync(chromium.executablePath()); } catch { return false; } })();
if (process.env.CHROMIUM_PATH || bundled || existsSync('/usr/bin/chromium')) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try { execSync('command -v apt-get', { stdio: 'ignore' }); hasApt = true; } catch {}
if (isRoot && hasApt) {
  console.log('[consentry] installing Debian chromium (and Noto fonts for Hindi) for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core', { stdio: 'inherit' });
  process.exit(0);
}
console.error('[consentry] no Chromium found. Run `npx playwright install chromium`, or install Debian\'s `chromium` package, or set CHROMIUM_PATH.');
process.exit(1);
