/**
 * Build the search index for an already built site, in place
 * (`<distDir>/pagefind`), by reading its HTML files back from disk: the same
 * parts as the site build writes. The site build feeds Pagefind while
 * rendering instead (../site-build/); this is for a site built by plain
 * `astro build`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { openSearchIndex, type SearchIndexReport } from './search-index.ts';
import { searchableHtml } from './searchable-html.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) found.push(path.join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/** The URL path Pagefind would give a rendered file (`people/x/index.html` → `/people/x/`), percent-encoded like a request's. */
function urlOf(distDir: string, file: string): string {
  const rel = path.relative(distDir, file).split(path.sep).map(encodeURIComponent).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export async function indexSite(distDir: string): Promise<SearchIndexReport> {
  const search = await openSearchIndex(distDir);
  try {
    for (const file of await htmlFiles(distDir)) {
      const searchable = searchableHtml(await readFile(file, 'utf8'));
      if (searchable !== null) await search.add(urlOf(distDir, file), searchable);
    }
  } catch (error) {
    await search.close();
    throw error;
  }
  return search.write();
}
