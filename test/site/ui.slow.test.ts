/**
 * What a reader meets on every page, in a real browser (Debian chromium via
 * playwright-core): one interface language per page and the switch, plural
 * counts, the header's search box and compact mobile menu, meta tags, the RSS
 * feed and sitemap, and axe-core on every kind of page.
 *
 * Two builds of the fixture corpus: one with the settings given (English
 * interface, a site URL, a sub-path), one with the defaults (Russian, no site URL).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildFixtureSite, type BuiltSite } from './support/build-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { launch, skipBrowser } from './support/browser.ts';
import { STRINGS, translate, UI_LANGS, type UiLang } from '../../src/lib/i18n.ts';

const SITE_URL = 'https://example.org/kb/';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Labels of one language that no other language shares: seeing one of them means that language is on the page. */
function onlyIn(lang: UiLang): string[] {
  return Object.values(STRINGS).map((s) => s[lang]).filter((text) => UI_LANGS.every((other) => other === lang || !Object.values(STRINGS).some((s) => s[other] === text)));
}

/** The text a screen reader or a text-only browser gets from the interface: the header, footer and every keyed string. */
const interfaceText = (page: Page): Promise<string> =>
  page.evaluate(() => [document.querySelector('header')?.textContent ?? '', document.querySelector('footer')?.textContent ?? '', ...[...document.querySelectorAll('[data-t]')].map((el) => el.textContent)].join(' '));

/** Every keyed string shows its text in `lang` (a count in its plural form). */
async function expectAllIn(page: Page, lang: UiLang): Promise<void> {
  const keyed = await page.$$eval('[data-t]', (els) => els.map((el) => ({ key: (el as HTMLElement).dataset.t!, n: (el as HTMLElement).dataset.n, text: el.textContent })));
  expect(keyed.length).toBeGreaterThan(5);
  for (const { key, n, text } of keyed) expect(text, key).toBe(translate(key, lang, n === undefined ? undefined : Number(n)));
  const text = await interfaceText(page);
  for (const other of UI_LANGS.filter((l) => l !== lang)) for (const word of onlyIn(other)) expect(text, `${other}: ${word}`).not.toContain(word);
}

describe.skipIf(skipBrowser)('interface with settings: English, site URL, sub-path', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const url = (rel: string): string => new URL(rel.replace(/^\//, ''), server.url).href;
  const person = (): string => site.kb.people.find((p) => p.name.includes('Путин'))!.id;

  beforeAll(async () => {
    site = await buildFixtureSite({ name: 'ui-en', base: '/kb/', env: { LETOPIS_SITE: SITE_URL, LETOPIS_LANG: 'en', LETOPIS_TITLE: 'Chronicle' } });
    server = await serveStatic(site.dist, site.base);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('renders the interface in one language, the configured one, with html lang to match', async () => {
    const html = await (await fetch(url(`people/${person()}/`))).text();
    expect(html).toMatch(/<html lang="en"/);
    // The page as served, before any script: each interface string once, in English
    // (the header and footer whole; elsewhere the keyed strings, beside content in any language).
    const keyed = [...html.matchAll(/<span data-t="([^"]+)"(?: data-n="(\d+)")?[^>]*>([^<]*)<\/span>/g)];
    expect(keyed.length).toBeGreaterThan(10);
    for (const [, key, n, text] of keyed) expect(text, key).toBe(translate(key, 'en', n === undefined ? undefined : Number(n)));
    const chrome = [/<header[\s\S]*?<\/header>/.exec(html)![0], /<footer[\s\S]*?<\/footer>/.exec(html)![0]].join(' ').replace(/<[^>]+>/g, ' ');
    expect(chrome).toContain('Home');
    for (const word of [...onlyIn('ru'), ...onlyIn('uk')]) expect(chrome, word).not.toContain(word);
    const page = await context.newPage();
    await page.goto(url(`people/${person()}/`));
    await expectAllIn(page, 'en');
    await page.close();
  });

  it('keeps the content language on content in another language than the interface', async () => {
    const article = site.kb.articles.find((a) => a.lang === 'ru')!;
    const page = await context.newPage();
    await page.goto(url(`articles/${article.id}/`));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('main article').getAttribute('lang')).toBe('ru');
    await page.close();
  });

  it('switches the interface language, plurals and attributes included, and keeps the choice across pages', async () => {
    const page = await context.newPage();
    await page.goto(url(`people/${person()}/`));
    const mentions = site.kb.people.find((p) => p.id === person())!.mentions.length;
    expect(await page.locator('[data-t="mentionCount"]').textContent()).toBe(translate('mentionCount', 'en', mentions));
    await page.locator('button[data-ui-lang="uk"]').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    expect(await page.locator('button[data-ui-lang="uk"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('button[data-ui-lang="en"]').getAttribute('aria-pressed')).toBe('false');
    await expectAllIn(page, 'uk');
    expect(await page.locator('[data-t="mentionCount"]').textContent()).toBe(translate('mentionCount', 'uk', mentions));
    expect(await page.locator('#site-q').getAttribute('placeholder')).toBe(STRINGS.searchPlaceholder.uk);
    expect(await page.locator('nav').getAttribute('aria-label')).toBe(STRINGS.sections.uk);
    await page.goto(url('events/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    await expectAllIn(page, 'uk');
    await page.locator('button[data-ui-lang="ru"]').click();
    await expectAllIn(page, 'ru');
    await page.locator('button[data-ui-lang="en"]').click();
    await expectAllIn(page, 'en');
    await page.close();
  });

  it('has canonical, OpenGraph and Twitter tags on article, person and event pages', async () => {
    const article = site.kb.articles.find((a) => a.lang === 'en')!;
    const event = site.kb.events[0];
    const cases: [string, string][] = [[`articles/${article.id}/`, 'article'], [`people/${person()}/`, 'profile'], [`events/${event.id}/`, 'article']];
    const page = await context.newPage();
    for (const [rel, type] of cases) {
      await page.goto(url(rel));
      const meta = (selector: string): Promise<string | null> => page.locator(selector).getAttribute('content');
      const absolute = new URL(rel, SITE_URL).href;
      expect(await page.locator('link[rel="canonical"]').getAttribute('href'), rel).toBe(absolute);
      expect(await meta('meta[property="og:url"]'), rel).toBe(absolute);
      expect(await meta('meta[property="og:type"]'), rel).toBe(type);
      expect(await meta('meta[property="og:title"]'), rel).toBe((await page.locator('h1').textContent())?.trim());
      expect(await meta('meta[property="og:site_name"]'), rel).toBe('Chronicle');
      expect(await meta('meta[name="twitter:card"]'), rel).toBe('summary');
      expect(await meta('meta[name="twitter:title"]'), rel).toBeTruthy();
    }
    await page.goto(url(`articles/${article.id}/`));
    expect(await page.locator('meta[property="article:published_time"]').getAttribute('content')).toBe(article.date);
    expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('en_GB');
    await page.close();
  });

  it('publishes an RSS feed with absolute links, the configured language and each source where it came from', async () => {
    const res = await fetch(url('rss.xml'));
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('<language>en</language>');
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links.length).toBe(site.kb.articles.length);
    for (const link of links) expect(link.startsWith(`${SITE_URL}articles/`), link).toBe(true);
    const items = xml.split('<item>').slice(1);
    const withSource = items.map((item) => [/<link>([^<]+)</.exec(item)?.[1], /<source url="([^"]+)"/.exec(item)?.[1]]).filter(([, source]) => source);
    expect(withSource.length).toBeGreaterThan(0);
    for (const [link, source] of withSource) expect(source).not.toBe(link);
    expect(xml).toContain('<source url="https://example.org/en/alaska">Example Wire</source>');
    // The page heads advertise it.
    expect(await (await fetch(url(''))).text()).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]+href="\/kb\/rss.xml"/);
  });

  it('publishes a sitemap of every page under the site URL', async () => {
    const index = await (await fetch(url('sitemap-index.xml'))).text();
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(parts.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const part of parts) {
      expect(part.startsWith(SITE_URL)).toBe(true);
      const xml = await (await fetch(url(new URL(part).pathname.slice('/kb/'.length)))).text();
      locs.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    }
    expect(locs).toContain(`${SITE_URL}people/${person()}/`);
    for (const a of site.kb.articles) expect(locs).toContain(`${SITE_URL}articles/${encodeURIComponent(a.id)}/`);
    expect(locs.filter((l) => !l.startsWith(SITE_URL) || l.includes('404') || l.endsWith('.xml'))).toEqual([]);
  });
});

describe.skipIf(skipBrowser)('interface with the default settings', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  const url = (rel: string): string => new URL(rel.replace(/^\//, ''), server.url).href;
  const person = (): string => site.kb.people.find((p) => p.name.includes('Путин'))!.id;

  beforeAll(async () => {
    site = await buildFixtureSite({ name: 'ui-ru', env: { LETOPIS_SITE: '', LETOPIS_LANG: '' } });
    server = await serveStatic(site.dist, site.base);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders Russian, counts in their plural forms', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url(`people/${person()}/`));
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await expectAllIn(page, 'ru');
    const p = site.kb.people.find((x) => x.id === person())!;
    const counts = await page.locator('.lead-meta').textContent();
    expect(counts).toContain(translate('mentionCount', 'ru', p.mentions.length));
    expect(counts).toContain(translate('articleCount', 'ru', p.articles.length));
    expect(counts).not.toMatch(/\b(?:[2-4]|2[2-4]) (?:упоминаний|статей)\b/);
    await context.close();
  });

  it('writes no feed or sitemap without a site URL, links none, and gives relative canonical links', async () => {
    for (const rel of ['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml']) expect((await fetch(url(rel))).status, rel).toBe(404);
    const html = await (await fetch(url(`people/${person()}/`))).text();
    expect(html).not.toContain('localhost');
    expect(html).not.toContain('rss.xml');
    expect(html).toContain(`<link rel="canonical" href="/people/${person()}/">`);
    expect(html).not.toContain('og:url');
  });

  it('fits the header in one short row at 390 px, with a menu button that opens and closes the sections', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(url(`people/${person()}/`));
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    const button = page.locator('button[data-menu-toggle]');
    const nav = page.locator('header nav');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.getAttribute('aria-controls')).toBe('site-menu');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.locator('#site-q').isVisible()).toBe(true);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    expect(await page.locator('header nav a').count()).toBeGreaterThan(5);
    // Keyboard: Escape closes it and gives the focus back to the button.
    await page.locator('header nav a').first().focus();
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-menu-toggle'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await nav.isVisible()).toBe(true);
    // A tap outside closes it.
    await page.locator('.site-footer').click();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('shows the whole header without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(''));
    expect(await page.locator('header nav').isVisible()).toBe(true);
    expect(await page.locator('button[data-menu-toggle]').isVisible()).toBe(false);
    await context.close();
  });

  it('has a search box in the header of every page that opens the search page with the query', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    for (const rel of ['', `people/${person()}/`, 'events/', 'graph/']) {
      await page.goto(url(rel));
      expect(await page.locator('header form[role="search"] input[name="q"]').count(), rel).toBe(1);
    }
    await page.goto(url(`people/${person()}/`));
    await page.locator('#site-q').fill('Путина');
    await page.locator('#site-q').press('Enter');
    await expect.poll(() => page.url()).toContain('/search/?q=');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Путина');
    const first = page.locator('#search-results li a').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href')).toContain(`/people/${person()}/`);
    // The search page has its own box: one search landmark, not two.
    expect(await page.locator('[role="search"], search').count()).toBe(1);
    await context.close();
  });

  it('has no serious or critical axe-core violations on any kind of page, light or dark', async () => {
    const article = site.kb.articles.find((a) => a.people.includes(person() as never))!;
    const event = site.kb.events[0];
    const pages = ['', `articles/${article.id}/`, `people/${person()}/`, `events/${event.id}/`, 'people/', 'events/', 'archive/', 'places/', `search/?q=${encodeURIComponent('Путин')}`, 'graph/'];
    const found: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      // axe is injected as an inline script, which the site's CSP (rightly) forbids.
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true, colorScheme: theme });
      const page = await context.newPage();
      for (const rel of pages) {
        await page.goto(url(rel));
        if (rel.startsWith('search/')) await page.locator('#search-results li').first().waitFor({ timeout: 15_000 });
        if (rel === 'graph/') await page.locator('#graph[data-ready]').waitFor({ timeout: 15_000 });
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
          return (await axe.run(document, { resultTypes: ['violations'] })).violations;
        });
        for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
          found.push(`${theme} /${rel}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      await context.close();
    }
    expect(found).toEqual([]);
  });
});
