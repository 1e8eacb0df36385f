import { articleId, type ArticleId } from '../model/ids.ts';
import { shortHash, slugify } from '../lang/transliterate.ts';

/**
 * Stable article ids from file paths: `articles/2025/08/Путин на Аляске.txt` →
 * `2025-08-putin-na-alyaske`. An id depends only on its own path, so it
 * survives re-ingest and the adding of other articles; when two paths slug
 * alike, the one that sorts first keeps the plain slug and the others get a
 * hash of their path appended.
 */
export function articleIds(files: string[]): Map<string, ArticleId> {
  const ids = new Map<string, ArticleId>();
  const taken = new Set<string>();
  for (const file of [...files].sort()) {
    const base = slugify(file.replace(/\.(txt|md|markdown)$/i, '').replace(/^articles\//, ''));
    let id = taken.has(base) ? `${base}-${shortHash(file)}` : base;
    while (taken.has(id)) id = `${id}-${shortHash(id)}`;
    taken.add(id);
    ids.set(file, articleId(id));
  }
  return ids;
}
