/**
 * What the search page asks of Pagefind, shared by the pages that feed the
 * index (layouts/Base.astro), the search page (scripts/search.ts) and the
 * bench's payload estimate (scripts/lib/bench/pagefind-payload.ts).
 */

/**
 * Search results shown at first and added per "More results" click. Each
 * shown result costs its Pagefind fragment (~0.5–1.2 KB gzipped), so this
 * bounds what a query downloads.
 */
export const RESULTS_PER_PAGE = 10;

/** Page kinds that are entities: a query that names one should land on its page. */
export const ENTITY_KINDS: ReadonlySet<string> = new Set(['person', 'org', 'place']);

/**
 * Pagefind filter carried by entity pages only (so its file lists a few
 * hundred pages, ~1 KB): the search page runs the query once through it to
 * put matching entities first. Pagefind ranks by text alone, and a surname
 * shared by two participants scores a short event page («Встреча Т. Зинченко,
 * Я. Зинченко и …») above every person of that name.
 */
export const ENTITY_FILTER = { kind: 'entity' } as const;

/** Matching entities shown above the other results, at most. */
export const ENTITIES_FIRST = 5;
