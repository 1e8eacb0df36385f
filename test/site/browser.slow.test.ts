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
import { launch, openPage, skipBrowser } from './support/browser.ts';
import { ENTITIES_FIRST, RESULTS_PER_PAGE } from '../../scripts/model/site-contract.ts';
import type { PersonId } from '../../scripts/model/model.ts';

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

  const putin = (): PersonId => site.kb.people.find((p) => p.name.includes('Путин'))!.id;

  const open = (rel: string): Promise<Page> => openPage(context, server.url, rel, problems);

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

  it('runs Pagefind without its worker script and puts the person a query names first', async () => {
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    const page = await open(`/search/?q=${encodeURIComponent('Путин')}`);
    const items = page.locator('#search-results li');
    await items.first().waitFor({ timeout: 15_000 });
    expect(await items.first().getAttribute('data-type')).toBe('person');
    expect(await items.count()).toBeLessThanOrEqual(RESULTS_PER_PAGE + ENTITIES_FIRST);
    expect(requested.filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(0);
    expect(requested.filter((url) => url.includes('pagefind-worker'))).toEqual([]);
    await page.close();
  });

  it('shows results a page at a time, named entities first, each once, focus on the first new one', async () => {
    // The fixture is too small for more than one page of results: the built search page runs here
    // over a stand-in for one index lane's pagefind.js with 2 people (also found through the entity filter) and 23 articles.
    const stub = `
      const hit = (kind, i, score) => ({ id: kind + i, score, data: async () => ({ url: '/' + kind + '/' + i + '/', excerpt: 'x', meta: { title: kind + ' ' + i, type: kind } }) });
      const people = [hit('person', 0, 5), hit('person', 1, 4)];
      const articles = Array.from({ length: 23 }, (_, i) => hit('article', i, 9 - i * 0.1));
      export async function options() {}
      export async function init() {}
      export async function mergeIndex() {}
      export async function search(q, o) { return { results: o && o.filters ? people : [...articles.slice(0, 3), ...people, ...articles.slice(3)] }; }`;
    const page = await context.newPage();
    const parts = { format: 1, lanes: [{ lane: 'en', folders: ['stub/'], entities: true }] };
    await page.route('**/pagefind/parts.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(parts) }));
    await page.route('**/pagefind/stub/pagefind.js', (route) => route.fulfill({ contentType: 'text/javascript', body: stub }));
    await page.goto(new URL(`search/?q=${encodeURIComponent('тест')}`, server.url).href);
    const items = page.locator('#search-results li');
    const more = page.locator('#search-more');
    await expect.poll(() => items.count()).toBe(2 + RESULTS_PER_PAGE);
    expect(await page.$$eval('#search-results li', (lis) => lis.slice(0, 2).map((li) => li.dataset.type))).toEqual(['person', 'person']);
    expect(await page.textContent('#search-status')).toMatch(/25/);
    expect(await more.isVisible()).toBe(true);
    await more.click();
    await expect.poll(() => items.count()).toBe(2 + 2 * RESULTS_PER_PAGE);
    const focused = await page.evaluate(() => [...document.querySelectorAll('#search-results li')].findIndex((li) => li.contains(document.activeElement)));
    expect(focused).toBe(2 + RESULTS_PER_PAGE);
    await more.click();
    await expect.poll(() => items.count()).toBe(25);
    expect(await more.isVisible()).toBe(false);
    const hrefs = await page.$$eval('#search-results li a', (links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(25);
    // A new query starts over.
    await page.fill('#q', 'другое');
    await expect.poll(() => items.count()).toBe(2 + RESULTS_PER_PAGE);
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
    expect(await page.locator('nav a[href$="/people/"]').textContent()).toBe('Люди');
    await page.locator('button[data-ui-lang="uk"]').click();
    expect(await page.locator('nav a[href$="/events/"]').textContent()).toBe('Події');
    await page.goto(new URL(`people/${putin()}/`, server.url).href);
    expect(await page.locator('html').getAttribute('data-ui')).toBe('uk');
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    expect(await page.locator('nav a[href$="/events/"]').textContent()).toBe('Події');
    await page.locator('button[data-ui-lang="ru"]').click();
    expect(await page.locator('nav a[href$="/events/"]').textContent()).toBe('События');
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
