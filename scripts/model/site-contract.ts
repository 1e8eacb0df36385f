/**
 * The contract between the pipeline, which writes `<out>/site`, and the Astro
 * site, which reads it at build time: the shapes of the per-page JSON files,
 * where each one lives, and the few pure helpers both sides must agree on.
 * One small file per page, so no page ever loads data proportional to the
 * whole corpus. The site imports nothing else from `scripts/`.
 *
 * Strings named `html` are already escaped, ready-to-insert HTML whose own
 * links are root-relative (`href="/people/…/"`); pages prefix the Astro base.
 * Every other string is raw text and must be escaped by the renderer (Astro
 * does this for `{expressions}`).
 */
import type { DatePrecision, EventStatus, EventType, Lang } from './model.ts';

export type SiteEntityType = 'person' | 'org' | 'place';
export type SiteNodeType = SiteEntityType | 'event';

/** A link to another page with a display label and optional count. */
export interface SiteRef {
  id: string;
  name: string;
  count?: number;
}

export interface SiteArticleRef {
  id: string;
  title: string;
  date: string | null;
  lang: Lang;
  source: string | null;
}

export interface SiteEventRef {
  id: string;
  title: string;
  type: EventType;
  status: EventStatus;
  date: string | null;
  datePrecision: DatePrecision | null;
  place: string | null;
}

/** A sentence quoted on a person or event page, with the article it comes from. */
export interface SiteReport extends SiteArticleRef {
  /** The sentence around the mention, plain text. */
  sentence: string;
}

/** An article that reports an event, with the status as that article tells it (planned, happened, cancelled…). */
export interface SiteStatusRef extends SiteArticleRef {
  status: EventStatus;
}

/** A report quoted on an event page, with its own status. */
export interface SiteEventReport extends SiteReport {
  status: EventStatus;
}

/**
 * An undated occurrence that did not happen (announced, proposed, called
 * off), listed on its participants' pages: plans have no page of their own.
 */
export interface SitePlan {
  id: string;
  title: string;
  type: EventType;
  /** The status of the latest report. */
  status: EventStatus;
  participants: SiteRef[];
  /** Every reporting article, newest first, each with its own status. */
  reports: SiteStatusRef[];
}

export interface SiteFigures {
  articles: number;
  people: number;
  events: number;
  organisations: number;
  places: number;
  words: number;
  languages: { lang: Lang; count: number }[];
  dateFrom: string | null;
  dateTo: string | null;
}

/** `site/home.json`. */
export interface SiteHome {
  generator: string;
  figures: SiteFigures;
  latestArticles: SiteArticleRef[];
  topPeople: SiteRef[];
  latestEvents: SiteEventRef[];
}

/** `site/pages/articles/<id>.json`. */
export interface SiteArticlePage extends SiteArticleRef {
  datePrecision: DatePrecision | null;
  /** Only http(s). */
  url: string | null;
  tags: string[];
  words: number;
  /** The article's entry body rendered (remark → rehype, sanitized), every linked mention a link. */
  html: string;
  people: SiteRef[];
  organisations: SiteRef[];
  places: SiteRef[];
  events: SiteEventRef[];
}

export interface SiteRole {
  text: string;
  lang: Lang;
  /** First and last date the role was seen (ISO), when known. */
  from: string | null;
  to: string | null;
  count: number;
}

export interface SiteQuote {
  text: string;
  kind: 'direct' | 'indirect';
  verb: string | null;
  article: SiteArticleRef | null;
}

export interface SiteMonth {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

export interface SiteGraphNode {
  id: string;
  type: SiteNodeType;
  label: string;
  x: number;
  y: number;
  size: number;
}

export interface SiteGraphEdge {
  source: string;
  target: string;
  weight: number;
}

export interface SiteGraph {
  nodes: SiteGraphNode[];
  edges: SiteGraphEdge[];
}

/** `site/pages/people/<id>.json`. */
export interface SitePersonPage {
  id: string;
  name: string;
  names: { lang: Lang; name: string }[];
  aliases: string[];
  description: string | null;
  roles: SiteRole[];
  quotes: SiteQuote[];
  /** Months from the first to the last mention, gaps filled with 0. */
  timeline: SiteMonth[];
  events: SiteEventRef[];
  coMentioned: SiteRef[];
  articleCount: number;
  mentionCount: number;
  /** Most recent first, capped; `articleCount` tells the full number. */
  reports: SiteReport[];
  /** Every article that links the person, most recent first: the paginated list. */
  articles: string[];
  /** Articles where the surname appears but was not linked to this person. */
  unlinked: SiteReport[];
  /** Plans the person is a participant of, most recently reported first, capped. */
  plans: SitePlan[];
  /** Name forms for search only (cases, transliterations, ё→е). */
  searchForms: string[];
  graph: SiteGraph;
}

/** Articles per page of a person's article list (`/people/<id>/` is page 1, `/people/<id>/articles/<n>/` the rest). */
export const PERSON_ARTICLES_PER_PAGE = 100;

/** `site/pages/events/<id>.json`. */
export interface SiteEventPage extends SiteEventRef {
  titles: { lang: Lang; title: string }[];
  dateEnd: string | null;
  participants: SiteRef[];
  organisations: SiteRef[];
  /** The place's name per language where known, so a page can name it in its interface language. */
  placeNames: Partial<Record<Lang, string>>;
  /** Newest first, capped, each with the status its article tells. */
  reports: SiteEventReport[];
  reportCount: number;
  related: SiteEventRef[];
  searchForms: string[];
}

/** `site/pages/places/<id>.json` and `site/pages/organisations/<id>.json`. */
export interface SiteEntityPage {
  id: string;
  type: 'org' | 'place';
  name: string;
  names: { lang: Lang; name: string }[];
  aliases: string[];
  articleCount: number;
  reports: SiteReport[];
  people: SiteRef[];
  events: SiteEventRef[];
  searchForms: string[];
}

/** Rows of `site/index/people.json`. */
export interface SitePersonRow {
  id: string;
  name: string;
  count: number;
  articles: number;
  role: string | null;
  /** Role words for the role filter (lowercase). */
  roleKeys: string[];
}

/** Rows of `site/index/events.json`, sorted by date descending. */
export interface SiteEventRow extends SiteEventRef {
  participants: SiteRef[];
  reports: number;
}

/** Rows of `site/index/places.json` / `organisations.json`. */
export interface SiteEntityRow {
  id: string;
  name: string;
  articles: number;
}

/** `site/public/previews/<person|event|org|place>/<id>.json`: hover cards. */
export interface SitePreview {
  type: SiteNodeType;
  id: string;
  title: string;
  /** Short lines: role, date, place… plain text. */
  lines: string[];
  count: number;
}

// ---------------------------------------------------------------------------
// Where the files live, relative to `<out>/site`.

/** A page section: its URL prefix, its `pages/` folder and its `index/` file. */
export type SiteSection = 'articles' | 'people' | 'events' | 'organisations' | 'places';

/** Every section, in the order the site lists them. */
export const SITE_SECTIONS: readonly SiteSection[] = ['articles', 'people', 'events', 'places', 'organisations'];

/** The section each kind of node page lives in. */
export const SECTIONS: Readonly<Record<SiteNodeType, SiteSection>> = { person: 'people', event: 'events', org: 'organisations', place: 'places' };

/** A file/URL segment for an id: ids are slugs, but never trust them with `/` or `..`. */
export function idSegment(id: string): string {
  return encodeURIComponent(id).replace(/^\.+/, (dots) => '%2E'.repeat(dots.length));
}

/** `home.json`: the home page's figures and lists. */
export const HOME_FILE = 'home.json';

/** The global graph, copied into the built site and fetched by the graph page. */
export const GRAPH_FILE = 'public/graph.json';

/** `pages/<section>/`: one file per page of the section. */
export const pageDir = (section: SiteSection): string => `pages/${section}`;

/** `pages/<section>/<id>.json`: everything one page shows. */
export const pageFile = (section: SiteSection, id: string): string => `${pageDir(section)}/${idSegment(id)}.json`;

/** The build-time lists of the index pages. */
export const INDEX_DIR = 'index';

/** `index/<section>.json`: the rows of a section's index pages. */
export const indexFile = (section: SiteSection): string => `${INDEX_DIR}/${section}.json`;

/** `index/tags.json`: every frontmatter tag, most used first. */
export const TAGS_FILE = `${INDEX_DIR}/tags.json`;

export interface SiteTag {
  /** URL segment: `/tags/<slug>/`. */
  slug: string;
  /** The tag as first written. */
  tag: string;
  /** Every spelling that maps to this slug («Бюджет», «бюджет»). */
  names: string[];
  /** Articles with the tag, most recent first. */
  articles: string[];
}

/** `redirects.json`: person ids that changed, old → current, and what the next run needs to follow them. */
export const REDIRECTS_FILE = 'redirects.json';

export interface SiteRedirects {
  /** Old person id → the current id of the same person. */
  people: Record<string, string>;
  /** Current person id → a few of their mentions (`article@offset`): how the next run recognises them under a new id. */
  identities: Record<string, string[]>;
  /** Current person id → name: the next run's fallback when none of the mentions is found again. */
  names: Record<string, string>;
}

/** `public/previews/<type>/`: hover cards, copied into the built site and fetched by the browser. */
export const previewDir = (type: SiteNodeType): string => `public/previews/${type}`;

/** `public/previews/<type>/<id>.json`: a node's hover card. */
export const previewFile = (type: SiteNodeType, id: string): string => `${previewDir(type)}/${idSegment(id)}.json`;

// ---------------------------------------------------------------------------
// Pure helpers both sides use.

/** The `n` largest entries, ties broken by key so output is deterministic. */
export function topCounts(counts: Map<string, number>, n: number): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
}

// ---------------------------------------------------------------------------
// What the search page asks of Pagefind: shared by the pages that feed the
// index (layouts/Base.astro), the search page (client/search.ts) and the
// bench's payload estimate (tools/bench/pagefind-payload.ts).

/**
 * Search results shown at first and added per "More results" click. Each
 * shown result costs its Pagefind fragment, so this bounds what a query
 * downloads.
 */
export const RESULTS_PER_PAGE = 10;

/** Page kinds that are entities: a query that names one should land on its page. */
export const ENTITY_KINDS: ReadonlySet<string> = new Set(['person', 'org', 'place']);

/**
 * Pagefind filter carried by entity pages only (so its file lists a few
 * hundred pages and stays small): the search page runs the query once through
 * it to put matching entities first. Pagefind ranks by text alone, and a
 * surname shared by two participants scores a short event page («Встреча
 * Т. Зинченко, Я. Зинченко и …») above every person of that name.
 */
export const ENTITY_FILTER = { kind: 'entity' } as const;

/** Matching entities shown above the other results, at most. */
export const ENTITIES_FIRST = 5;

/** Folder of the search index under the site; its parts are folders inside it. */
export const SEARCH_DIR = 'pagefind';
/** The list of index parts the search page loads (SearchParts), in SEARCH_DIR. */
export const SEARCH_PARTS_FILE = 'parts.json';

/**
 * The search index's parts, per lane (one stemming language: one Pagefind
 * runtime in the browser, loaded from the lane's first folder, the other
 * folders merged into it). Folders are relative to SEARCH_DIR, ending in `/`.
 */
export interface SearchParts {
  format: 1;
  lanes: { lane: string; folders: string[]; entities: boolean }[];
}
