/**
 * A generated corpus with one much-mentioned person, built twice into the
 * same output: a person's article list paginated to the last article, tag
 * pages and the tag index, and a permalink that survives an id change (the
 * second build adds an English article, so the person's id becomes their
 * English name and the old URL redirects).
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PERSON_ARTICLES_PER_PAGE, type SiteRedirects } from '../../scripts/model/site-contract.ts';
import { cleanEnv, projectRoot } from './support/build-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { launch, skipBrowser } from './support/browser.ts';

const run = promisify(execFile);
const ARTICLES = 2 * PERSON_ARTICLES_PER_PAGE + 5;
const root = path.join(projectRoot, 'test', '.tmp', 'long-lists');
const content = path.join(root, 'content');
const out = path.join(root, 'generated');

const day = (n: number): string => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

async function writeCorpus(): Promise<void> {
  await mkdir(path.join(content, 'articles'), { recursive: true });
  for (let n = 0; n < ARTICLES; n++) {
    const tags = n % 2 === 0 ? '[Экономика, Аляска]' : '[экономика]';
    const text = `---\ntitle: Заявление номер ${n + 1}\ndate: ${day(n)}\nlang: ru\ntags: ${tags}\n---\n\nПрезидент США Дональд Трамп сделал заявление номер ${n + 1} о пошлинах.\n`;
    await writeFile(path.join(content, 'articles', `statement-${String(n + 1).padStart(3, '0')}.md`), text);
  }
}

async function build(dist: string): Promise<void> {
  await run(process.execPath, [path.join(projectRoot, 'scripts', 'build.ts'), '--content', content, '--out', out, '--dist', dist, '--cache', path.join(root, 'cache'), '--quiet'], {
    cwd: projectRoot, env: { ...cleanEnv(), LETOPIS_BASE: '/', ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024,
  });
}

describe.skipIf(skipBrowser)('long lists, tags and permalinks in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let firstIds: string[];
  let redirects: SiteRedirects;

  const readPeople = async (): Promise<string[]> => (JSON.parse(await readFile(path.join(out, 'kb.json'), 'utf8')) as { people: { id: string }[] }).people.map((p) => p.id);
  const open = async (rel: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(new URL(rel.replace(/^\//, ''), server.url).href);
    return page;
  };

  beforeAll(async () => {
    await rm(root, { recursive: true, force: true });
    await writeCorpus();
    await build(path.join(root, 'dist-1'));
    firstIds = await readPeople();
    // The English name arrives: the person's id becomes `donald-trump`.
    await writeFile(path.join(content, 'articles', 'english.md'), `---\ntitle: Tariffs\ndate: ${day(ARTICLES)}\nlang: en\n---\n\nUS President Donald Trump announced new tariffs on Friday.\n`);
    await build(path.join(root, 'dist-2'));
    redirects = JSON.parse(await readFile(path.join(out, 'site', 'redirects.json'), 'utf8')) as SiteRedirects;
    server = await serveStatic(path.join(root, 'dist-2'), '/');
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  }, 900_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('redirects the old id of a person whose id changed', async () => {
    expect(firstIds).toContain('donald-tramp');
    expect(await readPeople()).toContain('donald-trump');
    expect(redirects.people).toEqual({ 'donald-tramp': 'donald-trump' });
    const page = await open('/people/donald-tramp/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/people/donald-trump/');
    expect(await page.locator('h1').textContent()).toContain('Трамп');
  });

  it('paginates a person’s articles, every one reachable, to the last page', async () => {
    const page = await open('/people/donald-trump/');
    const seen = new Set<string>();
    const list = page.locator('section:has(nav.pager) ul.articles > li > a');
    for (let pages = 1; ; pages++) {
      const hrefs = await list.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs.length).toBeLessThanOrEqual(PERSON_ARTICLES_PER_PAGE);
      for (const href of hrefs) seen.add(href);
      const next = page.locator('nav.pager a[rel="next"]');
      if ((await next.count()) === 0) {
        expect(pages).toBe(3);
        expect(await page.locator('nav.pager [aria-current="page"]').textContent()).toBe('3');
        break;
      }
      await next.click();
      await page.waitForURL(`**/people/donald-trump/articles/${pages + 1}/`);
    }
    expect(seen.size).toBe(ARTICLES + 1);
    expect(seen).toContain('/articles/statement-001/');
  });

  it('has a tag index and a page per tag, spellings that differ in case merged', async () => {
    const index = await open('/tags/');
    const tags = await index.locator('ul.tags > li').allTextContents();
    expect(tags.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([`Экономика ${ARTICLES}`, `Аляска ${Math.ceil(ARTICLES / 2)}`]);
    await index.locator('ul.tags a', { hasText: 'Аляска' }).click();
    await index.waitForURL('**/tags/alyaska/');
    expect(await index.locator('h1').textContent()).toContain('#Аляска');
    expect(await index.locator('ul.articles > li').count()).toBe(PERSON_ARTICLES_PER_PAGE);
    await index.locator('nav.pager a[rel="next"]').click();
    await index.waitForURL('**/tags/alyaska/2/');
    expect(await index.locator('ul.articles > li').count()).toBe(Math.ceil(ARTICLES / 2) - PERSON_ARTICLES_PER_PAGE);
    const article = await open('/articles/statement-001/');
    await article.locator('a[rel="tag"]', { hasText: '#Экономика' }).click();
    await article.waitForURL('**/tags/ekonomika/');
  });
});
