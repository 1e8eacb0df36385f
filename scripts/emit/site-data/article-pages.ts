/**
 * Article pages: the page head (links, counts) is built here from the
 * knowledge base; the text-bound part (reading the text, rendering its HTML,
 * scanning it for the entity pages) is handed to an ArticleRenderer. A page
 * whose inputs are unchanged is re-used from the previous output, and so is
 * a scan that still covers every surname key.
 */
import path from 'node:path';
import type { KbArticle } from '../../model/model.ts';
import { pageFile, type SiteArticlePage, type SiteNodeType, type SiteRef } from '../../model/site-contract.ts';
import type { LoadedArticle } from '../../runtime/cache/load-article.ts';
import { signature, type OutputReuse } from '../../runtime/output/reuse-output.ts';
import { countBy } from '../../util/collections.ts';
import { forEachLimited } from '../../util/concurrency.ts';
import type { MentionSpan } from '../mention-spans.ts';
import { articlePageWork, type ArticlePageResult, type ArticlePageTask, type PageMedia } from './article-page.ts';
import { safeUrl } from './escape-html.ts';
import { copyMedia, MEDIA_DIR } from './local-images.ts';
import type { Surnames } from './mention-reports.ts';
import { articleRef, eventRef, refTo, type NamedById } from './refs.ts';
import { byOffset, mayContain, type ArticleScan } from './scan-article.ts';
import type { SiteIndex } from './site-index.ts';

/** Where an article's text-bound page work runs (see article-page.ts). */
export interface ArticleRenderer {
  /** Called once, before any page: the surname keys a full scan looks for. */
  share(surnames: readonly string[]): void;
  page(articleId: string, task: ArticlePageTask): Promise<ArticlePageResult>;
}

/** The renderer that does the work in this thread, reading each article through `load`. */
export function inThreadRenderer(load: (articleId: string) => Promise<LoadedArticle>, surnames: Surnames): ArticleRenderer {
  return {
    share() {},
    page: async (id, task) => articlePageWork(task, await load(id), surnames.people),
  };
}

export interface ArticlePages {
  /** `<out>/site`. */
  dir: string;
  index: SiteIndex;
  spans: ReadonlyMap<string, MentionSpan[]>;
  surnames: Surnames;
  renderer: ArticleRenderer;
  reuse: OutputReuse;
  /** Signature of an article's content; '' = unknown, never re-used. */
  articleKey: (articleId: string) => string;
  /** Collects what readers will not see as written (dropped links, unparsed paragraphs), per article file. */
  warn: (file: string, message: string) => void;
}

/** Links to the known ones of `ids`, most mentioned first. */
function countedLinks(map: NamedById, ids: string[], spans: MentionSpan[], type: SiteNodeType): SiteRef[] {
  const counts = countBy(spans.filter((s) => s.type === type), (s) => s.id);
  return ids
    .map((id) => refTo(map, id, counts.get(id) ?? 0))
    .filter((r): r is SiteRef => r !== null)
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.name.localeCompare(b.name));
}

/** Everything on an article page but its body HTML. */
export function articleHead(article: KbArticle, spans: MentionSpan[], index: SiteIndex): Omit<SiteArticlePage, 'html'> {
  return {
    ...articleRef(article),
    datePrecision: article.datePrecision,
    url: safeUrl(article.url),
    tags: article.tags,
    words: article.words,
    people: countedLinks(index.people, article.people, spans, 'person'),
    organisations: countedLinks(index.organisations, article.organisations, spans, 'org'),
    places: countedLinks(index.places, article.places, spans, 'place'),
    events: article.events.flatMap((id) => index.events.get(id) ?? []).map(eventRef),
  };
}

/** `type:id` → offset of the first mention of each linked node (where its report sentence is). */
export function firstMentions(spans: MentionSpan[]): (readonly [string, number])[] {
  const first = new Map<string, MentionSpan>();
  for (const s of spans) {
    const key = `${s.type}:${s.id}`;
    const seen = first.get(key);
    if (!seen || s.start < seen.start) first.set(key, s);
  }
  return [...first].map(([key, s]) => [key, s.start] as const);
}

/** The previous run's scan, brought up to date with the hits of the keys it did not look for. */
function updatedScan(old: ArticleScan, done: ArticlePageResult, people: ReadonlyMap<string, string[]>): ArticleScan {
  const hits = old.hits.filter((hit) => people.has(hit[0]));
  if (done.hits && done.hits.length > 0) {
    hits.push(...done.hits);
    hits.sort(byOffset);
  }
  return { reports: old.reports, hits, prefixes: old.prefixes };
}

/** Write (or re-use) one article's page and return its scan. */
async function articlePage(pages: ArticlePages, article: KbArticle): Promise<ArticleScan> {
  const { reuse, surnames } = pages;
  const spans = pages.spans.get(article.id) ?? [];
  const key = pages.articleKey(article.id);
  const firsts = firstMentions(spans);
  // The previous run's scan stays valid for the surname keys both runs know; a new person's
  // surname only needs looking for (and most texts are then passed over by the prefix map).
  const name = `scan:${article.id}`;
  const sig = key ? signature(key, firsts) : '';
  const old = key && surnames.previous ? reuse.recall<ArticleScan>(name, sig) : undefined;
  const wanted = old ? [...surnames.added].filter((surname) => mayContain(old.prefixes, surname)) : [];

  const head = articleHead(article, spans, pages.index);
  const target = path.join(pages.dir, pageFile('articles', article.id));
  const mediaDir = path.join(pages.dir, MEDIA_DIR);
  // Without a cache key (tests, callers without a cache) nothing can be re-used safely.
  const pageSig = key ? signature(key, head, spans) : '';
  const render = key ? !reuse.claim(target, pageSig) : true;
  const task: ArticlePageTask = { spans, firsts, scan: old ? (wanted.length > 0 ? wanted : null) : 'full', page: render ? { target, head, mediaDir } : null };
  const done = task.scan || task.page ? await pages.renderer.page(article.id, task) : {};
  const scan = old ? updatedScan(old, done, surnames.people) : (done.scan as ArticleScan);
  if (key) reuse.keep(name, sig, scan);
  // A re-used page keeps its images and its warnings: the previous run recorded both.
  const media = done.media ?? (key ? reuse.recall<PageMedia>(`media:${article.id}`, pageSig) : undefined);
  if (media && (media.images.length > 0 || media.warnings.length > 0)) {
    if (!done.media) {
      for (const copy of media.images) {
        if (!copyMedia(mediaDir, copy)) pages.warn(article.file, `image ${copy[0]} is gone: its page shows a broken image until the article changes`);
      }
    }
    if (key) reuse.keep(`media:${article.id}`, pageSig, media);
    for (const warning of media.warnings) pages.warn(article.file, warning);
  }
  return scan;
}

/** Write every article's page; returns their scans, `scans[i]` of `ordered[i]`. */
export async function writeArticlePages(pages: ArticlePages, ordered: KbArticle[]): Promise<ArticleScan[]> {
  const scans: ArticleScan[] = new Array(ordered.length);
  pages.renderer.share(pages.surnames.keys);
  // Many in flight: with a pool of render workers, this is what keeps them busy.
  await forEachLimited(ordered, 64, async (article, index) => {
    scans[index] = await articlePage(pages, article);
  });
  return scans;
}
