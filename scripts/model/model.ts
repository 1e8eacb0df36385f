/**
 * The Letopis data model, in one place.
 *
 * Pipeline (docs/architecture.md): per article — read → detect language →
 * segment → find people, organisations and places (names normalised) →
 * extract events — then, over the whole corpus, resolve entities → cluster
 * events → assemble the knowledge base → emit kb.json, Obsidian entries and
 * site data.
 *
 * Stages exchange plain data (these types) so each stage can be tested on its
 * own and per-article results can be cached by content hash and shipped between
 * worker threads (everything here must survive structuredClone / JSON).
 *
 * Offsets: every `start`/`end` in this file is a JavaScript string offset into
 * the article's decoded text (BOM removed, nothing else changed), end
 * exclusive, so `text === source.slice(start, end)` always holds.
 */

import type { ArticleId, EntityId, EventId, OrgId, PersonId, PlaceId } from './ids.ts';

export type { ArticleId, EntityId, EventId, OrgId, PersonId, PlaceId } from './ids.ts';

export type Lang = 'ru' | 'uk' | 'en' | (string & {});
export type DatePrecision = 'day' | 'month' | 'year';
export type Severity = 'error' | 'warning';

/** A problem found in one input file. Never fatal for the rest of the corpus. */
export interface Problem {
  /** Path relative to the content folder, POSIX separators. */
  file: string;
  severity: Severity;
  /** 1-based line in the decoded text, when the problem has a place. */
  line?: number;
  /** What is wrong and how to fix it, in one or two sentences. */
  message: string;
}

export interface Span {
  start: number;
  end: number;
}

/* ------------------------------------------------------------------ read */

/** One file found under the content folder. */
export interface SourceFile {
  /** Path relative to the content folder, POSIX separators. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  size: number;
  mtimeMs: number;
}

/** A file decoded to text. */
export interface DecodedText {
  file: string;
  /** Decoded text, BOM removed, nothing else changed. All offsets point here. */
  text: string;
  /** Encoding the bytes were in: 'utf-8', 'utf-16le', 'windows-1251', … */
  encoding: string;
  /** sha256 of the raw bytes (hex); key of the analysis cache. */
  hash: string;
}

export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'attribution' | 'list' | 'code';

/** A block of the article body (paragraph, question-line subheading, …). */
export interface Block extends Span {
  kind: BlockKind;
}

/** An article after reading: metadata plus the body split into blocks. */
export interface ParsedArticle {
  file: string;
  format: 'txt' | 'md';
  text: string;
  hash: string;
  encoding: string;
  title: string;
  /** Where the title came from: frontmatter, a markdown heading, or derived from the first sentence. */
  titleSource: 'frontmatter' | 'heading' | 'derived';
  /** ISO date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null when absent/impossible. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** Language declared in frontmatter, if any (detection fills ArticleAnalysis.lang). */
  declaredLang: Lang | null;
  source: string | null;
  /** Only http(s) URLs survive reading. */
  url: string | null;
  tags: string[];
  /** The body, without date line or frontmatter. */
  body: Span;
  blocks: Block[];
  problems: Problem[];
}

/* --------------------------------------------------------------- segment */

export interface Token extends Span {
  text: string;
}

export interface Sentence extends Span {
  /** Index into ParsedArticle.blocks. */
  block: number;
  /** Filled by segment(); emptied once the article is analysed (cache and later stages use spans only). */
  tokens: Token[];
}

/* -------------------------------------------------------------- entities */

export type EntityType = 'person' | 'org' | 'place';
export type MentionKind = 'name' | 'role' | 'pronoun';

/** One mention of an entity inside one article. */
export interface LocalMention extends Span {
  text: string;
  kind: MentionKind;
  /** Index into ArticleAnalysis.sentences. */
  sentence: number;
}

/**
 * A dated role, e.g. «глава МИД России» seen in an article of 2025-08-24.
 * `text` is the role as the article writes it (`text` is the article's
 * decoded text sliced at start..end, case and all: «главой МИД России»);
 * `nominative` is the same phrase in the nominative when morphology could
 * put it there and it differs («глава МИД России»).
 */
export interface Role extends Span {
  text: string;
  nominative?: string;
  lang: Lang;
  /** Date of the article the role was seen in (ISO, any precision) or null. */
  date: string | null;
  article?: ArticleId;
}

export interface Quote extends Span {
  text: string;
  /** 'direct' («…», – заявил Путин) or 'indirect' (Путин заявил, что …). */
  kind: 'direct' | 'indirect';
  /** The speech verb, e.g. «заявил». */
  verb: string | null;
  article?: ArticleId;
}

/** Structured parts of a person's name in nominative case. */
export interface NameParts {
  first: string | null;
  last: string | null;
  patronymic: string | null;
  gender: 'm' | 'f' | null;
}

/**
 * An entity as seen within one article: all its mentions there, already
 * grouped (Путин / Путина / Владимир Путин / глава Кремля → one LocalEntity).
 */
export interface LocalEntity {
  /** Key unique within the article. */
  key: string;
  type: EntityType;
  /** Canonical nominative name as far as this article tells (e.g. «Владимир Путин»). */
  name: string;
  /** Person name parts (persons only). */
  parts: NameParts | null;
  /** Language the name is written in. */
  lang: Lang;
  /** Normalised comparison key(s) for cross-article matching (lowercase, transliterated). */
  keys: string[];
  mentions: LocalMention[];
  roles: Role[];
  quotes: Quote[];
}

/* ---------------------------------------------------------------- events */

export type EventStatus = 'happened' | 'planned' | 'hypothetical' | 'cancelled';
export type EventType =
  | 'meeting'
  | 'call'
  | 'visit'
  | 'summit'
  | 'signing'
  | 'vote'
  | 'office'
  | 'legal'
  | 'sanctions'
  | 'attack'
  | 'protest'
  | 'disaster'
  | 'award'
  | 'sport'
  | 'launch'
  | 'ceremony'
  | 'death'
  /** Cluster fallback only: an event whose reports disagree on a type. */
  | 'other';

/** An event as reported in one article. */
export interface LocalEvent {
  key: string;
  type: EventType;
  status: EventStatus;
  /** ISO date at the given precision, or null. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** Optional end of a range (ISO). */
  dateEnd?: string | null;
  /**
   * The day is written out in the text («15 августа»), not inferred from the
   * article's date («вчера», "on Thursday") or another report: two reports
   * with different explicit days are never one event.
   */
  dateExplicit?: boolean;
  /** Place as written, nominative where known (e.g. «Аляска»). */
  place: string | null;
  /** Keys of LocalEntity (type person) within the same article. */
  participants: string[];
  /** Keys of LocalEntity (type org/place) within the same article. */
  orgs: string[];
  /** Title in the article's language. */
  title: string;
  /** The report sentence(s): the trigger phrase spans. */
  mentions: LocalMention[];
  /**
   * A back-reference («после переговоров в Женеве», "two days after the
   * talks"): the article refers to an earlier event told elsewhere (in the
   * article or the corpus). Clustering links the article to that event as a
   * report of it; it never becomes an event of its own.
   */
  backReference?: boolean;
  /**
   * Held on the sidelines of a larger event («на полях саммита»): a part of
   * it, its own event, never the same as the summit.
   */
  sideline?: boolean;
}

/** Everything learned from one article alone: cacheable by content hash. */
export interface ArticleAnalysis {
  /** Bump in analyse-article.ts when analysis output changes, to invalidate caches. */
  version: string;
  article: Omit<ParsedArticle, 'text'>;
  lang: Lang;
  sentences: Sentence[];
  entities: LocalEntity[];
  events: LocalEvent[];
  wordCount: number;
}

/* ------------------------------------------------------- knowledge base */

/** A mention as published in kb.json. */
export interface KbMention extends Span {
  article: ArticleId;
  text: string;
  kind?: MentionKind;
}

export interface KbArticle {
  id: ArticleId;
  file: string;
  title: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  lang: Lang;
  source: string | null;
  url: string | null;
  tags: string[];
  words: number;
  people: PersonId[];
  organisations: OrgId[];
  places: PlaceId[];
  events: EventId[];
}

/** An organisation or place (`Id` says which); people extend it with their own id. */
export interface KbEntity<Id extends EntityId = OrgId | PlaceId> {
  id: Id;
  name: string;
  /** Canonical names per language, where known. */
  names: Partial<Record<Lang, string>>;
  aliases: string[];
  roles: Role[];
  articles: ArticleId[];
  mentions: KbMention[];
}

export interface KbPerson extends KbEntity<PersonId> {
  quotes: Quote[];
  description: string | null;
}

/**
 * One article's report of an event: the status as that article tells it on
 * its date (a plan announced, then held, then called off are three reports).
 */
export interface KbEventReport {
  article: ArticleId;
  /** Date of the reporting article (ISO, any precision) or null. */
  date: string | null;
  status: EventStatus;
}

export interface KbEvent {
  id: EventId;
  title: string;
  /** Titles per language where the participants' names are known there. */
  titles: Partial<Record<Lang, string>>;
  type: EventType;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateEnd: string | null;
  /** The place, nominative, in the language of `title`. */
  place: string | null;
  /** The place's name per language where known (empty when the event has no place). */
  placeNames: Partial<Record<Lang, string>>;
  /** The status of the latest report (see `reports`). */
  status: EventStatus;
  participants: PersonId[];
  /** Organisations and places the reports name (ids of either kind). */
  organisations: (OrgId | PlaceId)[];
  articles: ArticleId[];
  mentions: KbMention[];
  /** One per reporting article, oldest article first: each with its own status. */
  reports: KbEventReport[];
}

export interface KnowledgeBase {
  generator: string;
  articles: KbArticle[];
  people: KbPerson[];
  organisations: KbEntity<OrgId>[];
  places: KbEntity<PlaceId>[];
  events: KbEvent[];
  /**
   * Undated occurrences that have not happened (announced, proposed, called
   * off): by the annotation guide no event pages, but plans on the pages of
   * their participants. Same shape as events, `date` null.
   */
  plans: KbEvent[];
  problems: Problem[];
}
