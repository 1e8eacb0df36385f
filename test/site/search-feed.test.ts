/**
 * The pieces of the site build that feed Pagefind while Astro renders:
 * which part of a page is sent, and under which URL.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSearchIndex } from '../../scripts/emit/search/search-index.ts';
import { searchableHtml } from '../../scripts/emit/search/searchable-html.ts';
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

describe('openSearchIndex', () => {
  it('splits a large index into parts and lists the extra parts for the search page', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'letopis-search-'));
    try {
      const search = await openSearchIndex(site, 2);
      for (let i = 0; i < 5; i++) {
        await search.add(`/people/p${i}/`, searchableHtml(page(' data-pagefind-body="" data-pagefind-meta="type:person"').replace('Путин', `Имя${i}`))!);
      }
      expect(await search.write()).toBe(5);
      expect(JSON.parse(readFileSync(path.join(site, 'pagefind', 'shards.json'), 'utf8'))).toEqual(['pagefind-1/', 'pagefind-2/']);
      for (const folder of ['pagefind', 'pagefind-1', 'pagefind-2']) expect(existsSync(path.join(site, folder, 'pagefind-entry.json'))).toBe(true);
      expect(existsSync(path.join(site, 'pagefind-3'))).toBe(false);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('writes one index and an empty part list for a small site', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'letopis-search-'));
    try {
      const search = await openSearchIndex(site);
      await search.add('/people/p/', searchableHtml(page(' data-pagefind-body=""'))!);
      expect(await search.write()).toBe(1);
      expect(JSON.parse(readFileSync(path.join(site, 'pagefind', 'shards.json'), 'utf8'))).toEqual([]);
      expect(existsSync(path.join(site, 'pagefind-1'))).toBe(false);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
