/**
 * Shapes of the per-page JSON files writeSiteData writes under `<out>/site`
 * and the Astro pages read at build time. One small file per page, so no page
 * ever loads data proportional to the whole corpus.
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
  /** Escaped body HTML, every mention a link. */
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
  /** Articles where the surname appears but was not linked to this person. */
  unlinked: SiteReport[];
  /** Name forms for search only (cases, transliterations, ё→е). */
  searchForms: string[];
  graph: SiteGraph;
}

/** `site/pages/events/<id>.json`. */
export interface SiteEventPage extends SiteEventRef {
  titles: { lang: Lang; title: string }[];
  dateEnd: string | null;
  participants: SiteRef[];
  organisations: SiteRef[];
  reports: SiteReport[];
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
