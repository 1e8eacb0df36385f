/**
 * Search in a real browser over a site built by `scripts/build.ts` from
 * test/fixtures/search: made-up namesakes of either gender written in
 * Russian, Ukrainian and English, English pages found by inflected words,
 * and a rebuild after one added article that re-indexes only the parts it
 * touched and still finds pages in old and new parts.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import type { KnowledgeBase } from '../../scripts/model/model.ts';
import type { IndexState } from '../../scripts/emit/search/index-state.ts';
import { cleanEnv, projectRoot } from './support/build-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { launch, skipBrowser } from './support/browser.ts';

const run = promisify(execFile);
const fixtures = path.join(projectRoot, 'test', 'fixtures', 'search');
const root = path.join(projectRoot, 'test', '.tmp', 'search-parts');
const content = path.join(root, 'content');
const gen = path.join(root, 'generated');
const dist = path.join(root, 'dist');

interface BuildLine {
  searchParts: { indexed: number; reused: number; indexedPages: number };
}

async function build(): Promise<BuildLine> {
  const { stdout } = await run(process.execPath, [path.join(projectRoot, 'scripts', 'build.ts'), '--content', content, '--out', gen, '--dist', dist, '--cache', path.join(root, 'cache'), '--quiet', '--json'], {
    cwd: projectRoot,
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as BuildLine;
}

const readState = (): IndexState => JSON.parse(readFileSync(path.join(dist, 'pagefind', 'index-state.json'), 'utf8')) as IndexState;

describe.skipIf(skipBrowser)('search in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let kb: KnowledgeBase;
  let firstBuild: BuildLine;
  const person = (given: string): string => kb.people.find((p) => p.name.startsWith(given))!.id;

  /** The hrefs of the results of `query`, in the order shown. */
  async function results(query: string): Promise<string[]> {
    const page = await context.newPage();
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, server.url).href);
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).not.toBe('');
    const hrefs = await page.$$eval('#search-results li a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    await page.close();
    return hrefs;
  }

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    cpSync(path.join(fixtures, 'content'), content, { recursive: true });
    firstBuild = await build();
    kb = JSON.parse(readFileSync(path.join(gen, 'kb.json'), 'utf8')) as KnowledgeBase;
    server = await serveStatic(dist, '/');
    browser = await launch();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['Криницьким', 'Богдан'],
    ['Криницький', 'Богдан'],
    ['Криницькою', 'Ярина'],
    ['Криницька', 'Ярина'],
    ['Криницким', 'Богдан'],
    ['Криницкий', 'Богдан'],
    ['Криницкой', 'Ярина'],
    ['Криницкая', 'Ярина'],
    ['Krynytskyi', 'Богдан'],
    ['Krynytska', 'Ярина'],
  ])('«%s» finds the namesake of that gender first (%s)', async (query, given) => {
    expect((await results(query))[0]).toContain(`/people/${person(given)}/`);
  });

  it.each(['sanctioned', 'meets', 'meet'])('finds the English article by an inflected word: %s', async (query) => {
    const hrefs = await results(query);
    expect(hrefs.some((href) => href.includes('/articles/krynytskyi-en/'))).toBe(true);
  });

  it('re-indexes only the parts an added article touched, and finds pages in old and new parts', async () => {
    expect(firstBuild.searchParts.reused).toBe(0);
    const before = readState();
    const oldPart = path.join(dist, 'pagefind', 'a-ru-2025', 'pagefind-entry.json');
    const oldTime = statSync(oldPart).mtimeMs;
    cpSync(path.join(fixtures, 'added', 'harbour-en.md'), path.join(content, 'articles', 'harbour-en.md'));
    const second = await build();
    const after = readState();
    expect(Object.keys(before.parts)).not.toContain('a-en-2026');
    expect(after.parts['a-en-2026']!.indexedAt).not.toBe(before.parts['a-ru-2025']!.indexedAt);
    // The articles' parts of 2025 are untouched: carried over, files and all.
    for (const part of ['a-ru-2025', 'a-en-2025']) expect(after.parts[part]).toEqual(before.parts[part]);
    expect(statSync(oldPart).mtimeMs).toBe(oldTime);
    expect(second.searchParts.reused).toBeGreaterThanOrEqual(2);
    expect(second.searchParts.indexedPages).toBeLessThan(Object.values(after.parts).reduce((n, p) => n + Object.keys(p.pages).length, 0));
    expect((await results('harbour')).some((href) => href.includes('/articles/harbour-en/'))).toBe(true);
    expect((await results('Криницькою'))[0]).toContain(`/people/${person('Ярина')}/`);
    expect((await results('реабілітації')).some((href) => href.includes('/articles/krynytska-uk/'))).toBe(true);
  });
});
