/**
 * A markdown article on the built site, in a real browser: every construct
 * of its body rendered as HTML (not as markdown characters), mention links
 * inside emphasis, list items and quotes, local images shipped with the site
 * (under a base path), remote images as links, nothing live from raw HTML;
 * and the wikilinks of its entry resolving to the site's pages.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildFixtureSite, type BuiltSite } from './support/build-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { launch, skipBrowser } from './support/browser.ts';

const ARTICLE = 'merkel-scholz-markdown';
const BASE = '/letopis/';

describe.skipIf(skipBrowser)('a markdown article in the browser', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    site = await buildFixtureSite({ name: 'site-markdown', base: BASE });
    server = await serveStatic(site.dist, site.base);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(new URL(`articles/${ARTICLE}/`, server.url).href);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const body = (selector: string) => page.locator(`.article-body ${selector}`);

  it('renders emphasis, links, lists, quotes, code, headings and tables as HTML', async () => {
    expect(site.source).toBe('pipeline');
    expect(await body('h2').first().textContent()).toContain('Встреча в');
    expect(await body('em').count()).toBeGreaterThanOrEqual(2);
    expect(await body('strong').count()).toBe(1);
    expect(await body('a[href="https://example.org/ru/budget"]').textContent()).toBe('сайте ведомства');
    expect(await body('a[href="mailto:press@example.org"]').count()).toBe(1);
    expect(await body('ol').count()).toBe(1);
    expect(await body('ol > li').count()).toBe(3);
    expect(await body('ul').count()).toBe(1);
    expect(await body('ul > li').count()).toBe(2);
    expect(await body('blockquote').count()).toBe(1);
    expect(await body('p code').textContent()).toBe('Haushaltsgesetz 2026');
    expect(await body('pre code').textContent()).toContain('§ 2 Kreditermächtigung');
    expect(await body('table th').allTextContents()).toEqual(['Статья', 'Сумма']);
    expect(await body('table td').count()).toBe(4);
    const text = (await page.locator('.article-body').textContent()) ?? '';
    for (const raw of ['**', '](', '1. бюджет', '- *', '```', '| ---']) expect(text).not.toContain(raw);
  });

  it('puts mention links inside emphasis, list items and quotes', async () => {
    expect(await body('em > a.m-person').first().getAttribute('href')).toMatch(/\/letopis\/people\/angela-merkel\/$/);
    expect(await body('strong > a.m-person').count()).toBe(1);
    expect(await body('ol > li a.m-person').count()).toBe(1);
    expect(await body('ul > li em > a.m-person').count()).toBe(1);
    expect(await body('blockquote a.m-person').count()).toBe(1);
    expect(await body('h2 a.m-place').count()).toBe(1);
  });

  it('shows a local image from the site, links a remote one, and runs nothing from raw HTML or unsafe links', async () => {
    const img = body('img');
    expect(await img.count()).toBe(1);
    expect(await img.getAttribute('src')).toMatch(/^\/letopis\/media\/[0-9a-f]+\.png$/);
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(24);
    expect(await body('a[href="https://example.org/ru/photo.jpg"]').textContent()).toBe('Фото с сайта');
    expect(await body('a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('.article-body').textContent()).toContain('эта ссылка пропадёт');
    expect(await page.locator('.article-body').textContent()).toContain('<script>window.__pwned = 8</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('resolves every wikilink of the article entry to a page the article links to', async () => {
    const entry = await readFile(path.join(site.data, 'articles', `${ARTICLE}.md`), 'utf8');
    const bodyText = entry.slice(entry.indexOf('\n---\n') + 5, entry.indexOf('\n## People'));
    const targets = [...new Set([...bodyText.matchAll(/\[\[([a-z]+)\/([^|\]]+)\|/g)].map((m) => `${m[1]}/${m[2]}`))];
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const target of targets) {
      expect(await body(`a.m[href="${BASE}${target}/"]`).count(), target).toBeGreaterThan(0);
      const response = await fetch(new URL(`${target}/`, server.url));
      expect(response.status, target).toBe(200);
      expect(await response.text()).toContain('<h1');
    }
  });
});
