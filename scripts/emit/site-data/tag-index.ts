/** Tag pages' data: the articles of each frontmatter tag, tags that differ only in case or spelling of the slug merged. */
import type { KbArticle } from '../../model/model.ts';
import type { SiteTag } from '../../model/site-contract.ts';
import { slugify } from '../../lang/transliterate.ts';

/** `ordered`: articles most recent first (their order on each tag page). Tags most used first, then by name. */
export function tagIndex(ordered: readonly KbArticle[]): SiteTag[] {
  const bySlug = new Map<string, SiteTag>();
  for (const article of ordered) {
    for (const raw of new Set(article.tags)) {
      const tag = raw.trim();
      if (!tag) continue;
      const slug = slugify(tag);
      let entry = bySlug.get(slug);
      if (!entry) bySlug.set(slug, (entry = { slug, tag, names: [], articles: [] }));
      if (!entry.names.includes(tag)) entry.names.push(tag);
      if (entry.articles.at(-1) !== article.id) entry.articles.push(article.id);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.articles.length - a.articles.length || a.tag.localeCompare(b.tag, 'ru'));
}
