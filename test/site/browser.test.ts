/**
 * The built site in a real browser (Debian chromium via playwright-core):
 * navigation, search, previews, UI language, theme, safety, broken links.
 * The site is built once for this file (fixture corpus → writeSiteData →
 * astro build → Pagefind).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildFixtureSite, type BuiltSite } from './support/build-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { launch, skipBrowser } from './support/browser.ts';
import { ENTITIES_FIRST, RESULTS_PER_PAGE } from '../../src/lib/search-results.ts';

/** Fetch every internal href/src reachable from `start` (same origin, under the base). */
async function crawl(start: string): Promise<{ seen: Set<string>; broken: string[] }> {
  const seen = new Set<string>();
  const queue = [start];
  const broken: string[] = [];
  const origin = new URL(start).origin;
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await fetch(url);
    if (!res.ok) {
      broken.push(`${url} → ${res.status}`);
      continue;
    }
    if (!(res.headers.get('content-type') ?? '').includes('text/html')) continue;
    const html = await res.text();
    for (const m of html.matchAll(/(?:href|src)="([^"#]+)/g)) {
      const target = new URL(m[1].replaceAll('&amp;', '&'), url);
      if (target.origin !== origin) continue;
      target.hash = '';
      target.search = '';
      if (!seen.has(target.href)) queue.push(target.href);
    }
  }
  return { seen, broken };
}

describe.skipIf(skipBrowser)('site in the browser', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];

  const putin = (): string => site.kb.people.find((p) => p.name.includes('Путин'))!.id;

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${page.url()}: console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: pageerror: ${e.message}`));
    await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
    return page;
  }

  beforeAll(async () => {
    site = await buildFixtureSite();
    console.info(`site built from: ${site.source}`);
    server = await serveStatic(site.dist, site.base);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('walks home → person → event → article → back to the person through links', async () => {
    const page = await open('/');
    await page.locator('main a[href$="/people/' + putin() + '/"]').first().click();
    await expect.poll(() => page.url()).toContain(`/people/${putin()}/`);
    expect(await page.locator('h1').textContent()).toContain('Путин');

    await page.locator('main ul.events a').first().click();
    await expect.poll(() => page.url()).toContain('/events/');
    const eventTitle = await page.locator('h1').textContent();
    expect(eventTitle).toBeTruthy();

    await page.locator('main ul.articles a').first().click();
    await expect.poll(() => page.url()).toContain('/articles/');
    await page.locator(`.article-body a.m-person[href$="/people/${putin()}/"]`).first().click();
    await expect.poll(() => page.url()).toContain(`/people/${putin()}/`);
    await page.close();
  });

  it.each(['Путина', 'Путін', 'putin', 'глава Кремля', 'Путину', 'Владимира Путина'])('search %s finds the person page first', async (query) => {
    const page = await open(`/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('#search-results li a').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href')).toContain(`/people/${putin()}/`);
    await page.close();
  });

  it('shows search results a page at a time, running Pagefind without its worker script', async () => {
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    // «в» is in every Russian and Ukrainian page of the fixture: more results than one page holds.
    const page = await open(`/search/?q=${encodeURIComponent('в')}`);
    const items = page.locator('#search-results li');
    await items.first().waitFor({ timeout: 15_000 });
    const found = Number(/\d+/.exec((await page.textContent('#search-status')) ?? '')?.[0]);
    expect(found, 'the fixture must have more matches than one page of results').toBeGreaterThan(RESULTS_PER_PAGE);
    // The entities it names first (at most ENTITIES_FIRST), then a page of the rest.
    const first = await items.count();
    expect(first).toBeGreaterThanOrEqual(RESULTS_PER_PAGE);
    expect(first).toBeLessThanOrEqual(RESULTS_PER_PAGE + ENTITIES_FIRST);
    const more = page.locator('#search-more');
    expect(await more.isVisible()).toBe(found > first);
    if (found > first) {
      await more.click();
      await expect.poll(() => items.count()).toBe(Math.min(found, first + RESULTS_PER_PAGE));
      expect(await more.isVisible()).toBe(found > first + RESULTS_PER_PAGE);
    }
    // Every result once.
    const hrefs = await page.$$eval('#search-results li a', (links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    // A new query starts over.
    await page.fill('#q', 'Путина');
    await expect.poll(async () => (await items.first().getAttribute('data-type')) === 'person' && (await items.count()) <= RESULTS_PER_PAGE).toBe(true);
    expect(requested.filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(0);
    expect(requested.filter((url) => url.includes('pagefind-worker'))).toEqual([]);
    await page.close();
  });

  it('shows a preview card on hover and on keyboard focus', async () => {
    const article = site.kb.articles.find((a) => a.people.includes(putin()) && a.lang === 'ru')!;
    const page = await open(`/articles/${article.id}/`);
    const mention = page.locator('.article-body a.m-person').first();
    await mention.hover();
    const card = page.locator('#preview-card');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toMatch(/\S/);
    expect(await mention.getAttribute('aria-describedby')).toBe('preview-card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    const other = page.locator('.article-body a.m').nth(1);
    await other.focus();
    await card.waitFor({ state: 'visible' });
    expect(await other.getAttribute('aria-describedby')).toBe('preview-card');
    expect(await card.getAttribute('data-type')).toBe((await other.getAttribute('data-preview'))!.split(':')[0]);
    await page.close();
  });

  it('remembers the interface language across pages', async () => {
    const page = await open('/');
    expect(await page.locator('nav a[href$="/people/"] .i-ru').isVisible()).toBe(true);
    await page.locator('button[data-ui-lang="uk"]').click();
    expect(await page.locator('nav a[href$="/events/"] .i-uk').textContent()).toBe('Події');
    expect(await page.locator('nav a[href$="/events/"] .i-uk').isVisible()).toBe(true);
    await page.goto(new URL(`people/${putin()}/`, server.url).href);
    expect(await page.locator('html').getAttribute('data-ui')).toBe('uk');
    expect(await page.locator('nav a[href$="/events/"] .i-uk').isVisible()).toBe(true);
    expect(await page.locator('nav a[href$="/events/"] .i-ru').isVisible()).toBe(false);
    await page.locator('button[data-ui-lang="ru"]').click();
    await page.close();
  });

  it('toggles dark mode and keeps it', async () => {
    const page = await open('/');
    const bg = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const before = await bg();
    await page.locator('[data-theme-toggle]').click();
    const after = await bg();
    expect(after).not.toBe(before);
    await page.reload();
    expect(await bg()).toBe(after);
    await page.locator('[data-theme-toggle]').click();
    expect(await bg()).toBe(before);
    await page.close();
  });

  it('never runs script from article content', async () => {
    const unsafe = site.kb.articles.find((a) => a.title.includes('<script>'))!;
    const page = await open(`/articles/${unsafe.id}/`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('main script, main img, .article-body a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('<script>');
    expect(await page.locator('.article-body').textContent()).toContain('onerror=');
    await page.close();
  });

  it('filters the events timeline and sorts people by mentions', async () => {
    const page = await open('/events/');
    const select = page.locator('select[data-filter="type"]');
    const value = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(value!);
    const types = await page.locator('[data-filter-list] li:not([hidden])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set([value]));
    expect(await page.locator('[data-filter-list] li[hidden]').count()).toBeGreaterThan(0);

    await page.goto(new URL('people/', server.url).href);
    await page.locator('button[data-sort="count"]').click();
    const counts = await page.locator('[data-filter-list] li').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.count)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.close();
  });

  it('draws the global graph from graph.json', async () => {
    const page = await open('/graph/');
    await page.locator('#graph[data-ready]').waitFor({ timeout: 15_000 });
    expect(Number(await page.locator('#graph').getAttribute('data-ready'))).toBeGreaterThan(2);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('fits a 360 px screen without horizontal scrolling', async () => {
    const small = await browser.newContext({ viewport: { width: 360, height: 740 } });
    for (const path of ['/', `/people/${putin()}/`, `/articles/${site.kb.articles[0].id}/`, '/events/']) {
      const page = await small.newPage();
      await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
    await small.close();
  });

  it('has no broken internal links, and no console errors on any page', async () => {
    const { seen, broken } = await crawl(server.url);
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(20);

    // Every HTML page once in the browser: no console errors, no CSP violations.
    const pages = [...seen].filter((u) => u.endsWith('/'));
    for (const url of pages) {
      const page = await open(new URL(url).pathname.slice(new URL(server.url).pathname.length - 1));
      await page.waitForLoadState('load');
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});

describe.skipIf(skipBrowser)('site hosted under a sub-path (LETOPIS_BASE=/kb/)', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildFixtureSite({ name: 'site-base', base: '/kb/' });
    server = await serveStatic(site.dist, site.base);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps every link under the base', async () => {
    const { seen, broken } = await crawl(server.url);
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(20);
  });

  it('searches and previews under the base', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}search/?q=${encodeURIComponent('Путін')}`);
    const first = page.locator('#search-results li a').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href')).toMatch(/^\/kb\/people\//);
    await page.goto(`${server.url}articles/${site.kb.articles[0].id}/`);
    await page.locator('.article-body a.m-person').first().hover();
    await page.locator('#preview-card').waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
