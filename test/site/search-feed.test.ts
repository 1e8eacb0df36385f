/**
 * The pieces of the site build that feed Pagefind while Astro renders:
 * which part of a page is sent, and under which URL.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSearchIndex } from '../../scripts/emit/search/search-index.ts';
import { articleFacts, searchableHtml, withoutIgnored } from '../../scripts/emit/search/searchable-html.ts';
import { articlePeriod, ENTITY_BUCKETS, partOf } from '../../scripts/emit/search/search-parts.ts';
import type { SearchParts } from '../../scripts/model/site-contract.ts';
import { pagePath } from '../../scripts/pipeline/site-build/site-build-integration.ts';

const page = (mainAttrs: string): string =>
  `<!DOCTYPE html><html lang="ru"><head><title>Т — Летопись</title><meta data-pagefind-meta="summary[content]" content="s"></head>` +
  `<body><header data-pagefind-ignore="all"><nav>Главная</nav></header><main id="main"${mainAttrs}><h1>Путин</h1><p>текст</p></main>` +
  `<footer>RSS</footer><script type="module" src="/x.js"></script></body></html>`;

describe('searchableHtml', () => {
  it('keeps the head and the main element of a searchable page, nothing else', () => {
    const out = searchableHtml(page(' data-pagefind-body="" data-pagefind-meta="type:person"'));
    expect(out).toBe(
      '<!DOCTYPE html><html lang="ru"><head><title>Т — Летопись</title><meta data-pagefind-meta="summary[content]" content="s"></head>' +
        '<body><main id="main" data-pagefind-body="" data-pagefind-meta="type:person"><h1>Путин</h1><p>текст</p></main></body></html>',
    );
  });

  it('leaves out pages whose main is not marked for search', () => {
    expect(searchableHtml(page(''))).toBeNull();
    expect(searchableHtml('<html><body><p>data-pagefind-body</p></body></html>')).toBeNull();
  });

  it('does not mistake page text mentioning the attribute for the marker', () => {
    expect(searchableHtml(page('').replace('<p>текст</p>', '<p>data-pagefind-body</p>'))).toBeNull();
  });
});

describe('pagePath', () => {
  it('strips the site base, as Pagefind would from the file path', () => {
    expect(pagePath('http://localhost/kb/people/putin/', '/kb/')).toBe('/people/putin/');
    expect(pagePath('http://localhost/kb/people/putin/', '/kb')).toBe('/people/putin/');
    expect(pagePath('http://localhost/articles/a/', '/')).toBe('/articles/a/');
  });

  it('keeps paths percent-encoded (valid hrefs)', () => {
    expect(pagePath('http://localhost/people/путин/', '/')).toBe('/people/%D0%BF%D1%83%D1%82%D0%B8%D0%BD/');
  });
});

const personPage = (name: string): string => searchableHtml(page(' data-pagefind-body="" data-pagefind-meta="type:person"').replace('Путин', name))!;
const articlePage = (lang: string, date: string, text: string): string =>
  searchableHtml(page(' data-pagefind-body=""').replace('<h1>Путин</h1><p>текст</p>', `<article lang="${lang}"><p data-pagefind-ignore><time datetime="${date}">d</time></p><p>${text}</p></article>`))!;
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('openSearchIndex', () => {
  it('writes articles by lane and year and entity pages by bucket, and lists them per lane', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'letopis-search-'));
    try {
      const search = await openSearchIndex(site);
      await search.add('/articles/a/', articlePage('en', '2025-08-16', 'Stubb meets Zelensky'));
      await search.add('/articles/b/', articlePage('uk', '2025-02-01', 'Стубб зустрівся із Зеленським'));
      await search.add('/people/p/', personPage('Зеленський'));
      const report = await search.write();
      expect(report).toMatchObject({ pages: 3, indexedPages: 3, reusedParts: [] });
      const entityPart = partOf('/people/p/', null).part;
      expect(report.indexedParts.sort()).toEqual(['a-en-2025', 'a-ru-2025', entityPart].sort());
      const parts = readJson(path.join(site, 'pagefind', 'parts.json')) as SearchParts;
      expect(parts.lanes).toEqual([
        { lane: 'en', folders: ['a-en-2025/', `${entityPart}/`], entities: true },
        { lane: 'ru', folders: ['a-ru-2025/'], entities: false },
      ]);
      // Each part is a Pagefind bundle in its lane's language, without the interfaces the site never loads.
      expect(existsSync(path.join(site, 'pagefind', 'a-ru-2025', 'wasm.ru.pagefind'))).toBe(true);
      expect(existsSync(path.join(site, 'pagefind', 'a-ru-2025', 'pagefind-ui.js'))).toBe(false);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('reuses the parts whose pages did not change and re-indexes the others', async () => {
    const first = mkdtempSync(path.join(tmpdir(), 'letopis-search-'));
    const second = mkdtempSync(path.join(tmpdir(), 'letopis-search-'));
    try {
      const one = await openSearchIndex(first);
      await one.add('/articles/a/', articlePage('en', '2025-08-16', 'Stubb meets Zelensky'));
      await one.add('/articles/b/', articlePage('en', '2024-01-02', 'Sanctions were discussed'));
      await one.write();
      const two = await openSearchIndex(second, { previous: first });
      // Unchanged but for an ignored count: still the same page for the index.
      await two.add('/articles/a/', articlePage('en', '2025-08-16', 'Stubb meets Zelensky').replace('>d<', '>e<'));
      await two.add('/articles/b/', articlePage('en', '2024-01-02', 'Sanctions were discussed again'));
      const report = await two.write();
      expect(report).toMatchObject({ pages: 2, indexedPages: 1, indexedParts: ['a-en-2024'], reusedParts: ['a-en-2025'] });
      expect(existsSync(path.join(second, 'pagefind', 'a-en-2025', 'pagefind-entry.json'))).toBe(true);
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  });

  it('indexes a part again when the previous build lost its files', async () => {
    const first = mkdtempSync(path.join(tmpdir(), 'letopis-search-'));
    const second = mkdtempSync(path.join(tmpdir(), 'letopis-search-'));
    try {
      const one = await openSearchIndex(first);
      const text = articlePage('en', '2025-08-16', 'Stubb meets Zelensky');
      await one.add('/articles/a/', text);
      await one.write();
      rmSync(path.join(first, 'pagefind', 'a-en-2025'), { recursive: true });
      // The page is read back from the new site when its part cannot be carried over.
      mkdirSync(path.join(second, 'articles', 'a'), { recursive: true });
      writeFileSync(path.join(second, 'articles', 'a', 'index.html'), text);
      // Nothing held in memory: the page comes back from disk.
      const two = await openSearchIndex(second, { previous: first, heldChars: 0 });
      await two.add('/articles/a/', text);
      expect(await two.write()).toMatchObject({ indexedPages: 1, indexedParts: ['a-en-2025'], reusedParts: [] });
      expect(existsSync(path.join(second, 'pagefind', 'a-en-2025', 'index'))).toBe(true);
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  });

  it('writes a part in segments when too many pages are held at once', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'letopis-search-'));
    try {
      const search = await openSearchIndex(site, { maxPagesPerIndex: 2 });
      for (let i = 0; i < 5; i++) await search.add(`/articles/a${i}/`, articlePage('en', '2025-08-16', `Text ${i}`));
      expect((await search.write()).pages).toBe(5);
      const parts = readJson(path.join(site, 'pagefind', 'parts.json')) as SearchParts;
      expect(parts.lanes[0]!.folders).toEqual(['a-en-2025/', 'a-en-2025.1/', 'a-en-2025.2/']);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('writes an empty part list for a site without searchable pages', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'letopis-search-'));
    try {
      const search = await openSearchIndex(site);
      expect((await search.write()).pages).toBe(0);
      expect(readJson(path.join(site, 'pagefind', 'parts.json'))).toEqual({ format: 1, lanes: [] });
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('withoutIgnored', () => {
  it('drops ignored elements, nested ones and void ones, and keeps the rest', () => {
    const html = '<main><h1>A</h1><p data-pagefind-ignore>2 <b>x</b></p><div data-pagefind-ignore="all"><div>in<div>deep</div></div></div><img data-pagefind-ignore src="x"><p>B</p></main>';
    expect(withoutIgnored(html)).toBe('<main><h1>A</h1><p>B</p></main>');
  });

  it('keeps an ignored element that carries search metadata inside', () => {
    const html = '<main><div data-pagefind-ignore><span data-pagefind-meta="date:1">1</span></div><p>B</p></main>';
    expect(withoutIgnored(html)).toBe(html);
  });
});

describe('articleFacts and partOf', () => {
  it('reads the language and date of an article page', () => {
    expect(articleFacts(articlePage('uk', '2025-02-01', 'т'))).toEqual({ lang: 'uk', date: '2025-02' });
    expect(articleFacts(personPage('Путин'))).toBeNull();
  });

  it('puts articles in their language\'s lane by year, Ukrainian with Russian, entity pages by a stable bucket', () => {
    expect(partOf('/articles/x/', { lang: 'en', date: '2025-08' })).toEqual({ part: 'a-en-2025', lane: 'en' });
    expect(partOf('/articles/x/', { lang: 'uk', date: '2025-01' })).toEqual({ part: 'a-ru-2025', lane: 'ru' });
    expect(partOf('/articles/x/', { lang: 'ru', date: null })).toEqual({ part: 'a-ru-undated', lane: 'ru' });
    expect(articlePeriod('2025')).toBe('2025');
    const bucket = partOf('/people/zelenskiy/', null);
    expect(bucket).toEqual(partOf('/people/zelenskiy/', null));
    expect(bucket.lane).toBe('en');
    expect(new Set(Array.from({ length: 100 }, (_, i) => partOf(`/people/p${i}/`, null).part)).size).toBe(ENTITY_BUCKETS);
  });
});
