/** Launch Debian chromium through playwright-core, or tell why not. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

/**
 * A new page of the context at `rel` under `baseUrl`, with its console errors
 * and uncaught exceptions collected into `problems` (tests assert it stays empty).
 */
export async function openPage(context: BrowserContext, baseUrl: string, rel: string, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${page.url()}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: pageerror: ${e.message}`));
  await page.goto(new URL(rel.replace(/^\//, ''), baseUrl).href);
  return page;
}
