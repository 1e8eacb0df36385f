/**
 * Which part of the search index a page belongs to, and in which lane.
 *
 * A **lane** is one stemming language: every part in it is written by
 * Pagefind with that language forced, and the search page loads one
 * Pagefind runtime per lane (a runtime's WebAssembly carries one stemmer,
 * which it applies to the query for every index merged into it), then ranks
 * the lanes' results together. Article pages go to their own language's lane
 * (`<article lang>`): English pages are stemmed as English, so "meets"
 * finds "meet". Pagefind has no Ukrainian stemmer; Ukrainian pages share the
 * Russian lane, whose stemmer strips the endings the two languages share
 * (-ий/-ого/-ому/-им, -ами, -ою), which recalls more Ukrainian word forms
 * than no stemming at all.
 *
 * Entity pages (people, events, places, organisations) go to the English
 * lane: their Cyrillic words are then matched as written, never stemmed.
 * Stemming would fold «Зеленським» and «Зеленська» into one stem and so
 * mix up namesakes of either gender; the name forms on those pages
 * (../site-data/name-forms.ts) list the case forms of each name instead,
 * for the person's gender. Their Latin spellings are stemmed like any
 * English word, in the query too.
 *
 * A **part** is what is re-indexed as a whole when one of its pages changes:
 * articles by lane and year of their date, entity pages by a stable hash of
 * their URL into ENTITY_BUCKETS buckets. Adding one article re-indexes its
 * year's part and the buckets of the entity pages whose indexed text it
 * changed (rarely more than one: counts and lists of related pages are not
 * indexed); everything else is copied from the last build. Every part costs
 * the search page at least one index chunk per query word (~20 KB), which
 * is why the parts are this coarse; docs/performance.md has the figures.
 */

/** Lane of entity pages (see above). */
export const ENTITY_LANE = 'en';

/** Entity pages are spread over this many parts. Changing it re-indexes every entity page once. */
export const ENTITY_BUCKETS = 4;

/** Languages whose pages are stemmed in another language's lane. */
const LANE_OF: Record<string, string> = { uk: 'ru', be: 'ru' };

/** The lane of a page written in `lang` (an article), or of an entity page (`lang` null). */
export function laneOf(lang: string | null): string {
  if (lang === null) return ENTITY_LANE;
  const base = lang.toLowerCase().split('-')[0]!;
  // A lane names folders and a Pagefind language: a plain ISO 639 code or nothing.
  if (!/^[a-z]{2,3}$/.test(base)) return ENTITY_LANE;
  return LANE_OF[base] ?? base;
}

/** FNV-1a over UTF-16 code units: stable across runs and platforms, cheap, well spread for short keys. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const ARTICLE_PATH = /^\/articles\/[^/]+\//;
const YEAR = /^\d{4}/;

/** The year of an article's date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or `undated`. */
export function articlePeriod(date: string | null): string {
  return (date === null ? null : YEAR.exec(date)?.[0]) ?? 'undated';
}

export interface PagePart {
  /** Folder-safe name of the part, unique across lanes. */
  part: string;
  lane: string;
}

/** The part of a page, from its URL path (without the site base) and, for an article, its language and date. */
export function partOf(url: string, article: { lang: string | null; date: string | null } | null): PagePart {
  if (article !== null && ARTICLE_PATH.test(url)) {
    const lane = laneOf(article.lang ?? ENTITY_LANE);
    return { part: `a-${lane}-${articlePeriod(article.date)}`, lane };
  }
  return { part: `e-${fnv1a(url) % ENTITY_BUCKETS}`, lane: ENTITY_LANE };
}
