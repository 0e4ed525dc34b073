// Screenshots of demo sites for the README: `npm run build && node demo/screenshot.mjs [site…]`.
// Starts the demo on a free port with a throwaway consent log; writes demo/screenshots/<site>.png.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { SITES, startDemo } from './serve.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const sites = process.argv.slice(2).length ? process.argv.slice(2) : ['infomaximum', 'cmachines'];
const dataDir = mkdtempSync(join(tmpdir(), 'consentry-shots-'));
const demo = await startDemo({ port: 0, dataDir });

/** Playwright's Chromium where installed, else Debian's (same rule as e2e/support/chromium.ts). */
function executable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no bundled browser
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const browser = await chromium.launch({ executablePath: executable(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(out, { recursive: true });
  for (const site of sites) {
    if (!SITES.includes(site)) throw new Error(`unknown site ${site}; expected one of ${SITES.join(', ')}`);
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(demo.siteUrl(site));
    await page.waitForTimeout(800); // let the panel's first poll and the banner render
    await page.screenshot({ path: join(out, `${site}.png`) });
    await page.close();
    console.log(`wrote demo/screenshots/${site}.png`);
  }
} finally {
  await browser.close();
  await demo.close();
  rmSync(dataDir, { recursive: true, force: true });
}
