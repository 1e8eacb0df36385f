/** Launch Debian chromium through playwright-core, or tell why not. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
/** Browser tests run when chromium exists, and must run in CI. */
export const skipBrowser = !hasChromium && !process.env.CI;
if (skipBrowser) console.warn(`Skipping browser tests: no chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH).`);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
