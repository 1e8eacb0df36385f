/**
 * The text-bound work for one article's page: scanning it for the entity
 * pages (reports, unlinked surnames) and rendering its HTML. Plain data in,
 * plain data out, so it runs in the main thread or in a render worker alike;
 * the caller decides beforehand what is needed (a page re-used from the
 * previous output is not rendered, a scan still valid is not redone).
 */
import { writeFileSync } from 'node:fs';
import type { Sentence } from '../../model/model.ts';
import type { LoadedArticle } from '../../runtime/cache/load-article.ts';
import { articleEntryBody } from '../obsidian/article-entry-body.ts';
import { entryHtml } from './entry-html.ts';
import { localImages, type ArticleFile, type MediaCopy } from './local-images.ts';
import type { LinkSpan } from './mention-links.ts';
import { PREFIX_BITS, scanReports, scanSurnames, type ArticleScan, type Hit } from './scan-article.ts';
import type { SiteArticlePage } from '../../model/site-contract.ts';

export interface ArticlePageTask {
  /** Every linked mention in the article. */
  spans: LinkSpan[];
  /** Entity key → offset of its first mention (the report sentences). */
  firsts: (readonly [string, number])[];
  /** 'full': scan for every surname key; string[]: look only for these (new) keys; null: no scan. */
  scan: 'full' | string[] | null;
  /** Render the page into `target`; null when the previous output's copy was re-used. */
  page: { target: string; head: Omit<SiteArticlePage, 'html'>; mediaDir: string } | null;
}

/** What rendering a page brought up besides the page: the images it copied, what a reader will not see as written. */
export interface PageMedia {
  images: MediaCopy[];
  warnings: string[];
}

export interface ArticlePageResult {
  /** With `scan: 'full'`. */
  scan?: ArticleScan;
  /** With a list of keys: the hits among them. */
  hits?: Hit[];
  /** With a page rendered. */
  media?: PageMedia;
}

/**
 * The page's body HTML is its entry's body rendered (the same function makes
 * the entry, render-task.ts), so the site shows what Obsidian shows.
 */
function bodyHtml(loaded: LoadedArticle, spans: LinkSpan[], mediaDir: string, where: ArticleFile | null): { html: string; media: PageMedia } {
  const body = articleEntryBody(loaded.text, loaded.analysis, spans);
  const images: MediaCopy[] = [];
  const { html, warnings } = entryHtml(body.markdown, where ? localImages(where, mediaDir, images) : undefined);
  return { html, media: { images, warnings: [...body.warnings, ...warnings] } };
}

/** `where`: the article's file, for its local images (none are shown without it). */
export function articlePageWork(
  task: ArticlePageTask,
  loaded: LoadedArticle,
  surnames: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  where: ArticleFile | null = null,
): ArticlePageResult {
  const { text, analysis } = loaded;
  const sentences: Sentence[] = [...analysis.sentences].sort((a, b) => a.start - b.start);
  const result: ArticlePageResult = {};
  if (task.scan === 'full') {
    const prefixes = new Uint8Array(PREFIX_BITS / 8);
    const hits = scanSurnames(text, sentences, surnames, prefixes);
    result.scan = { reports: scanReports(text, sentences, task.firsts), hits, prefixes: Buffer.from(prefixes).toString('base64') };
  } else if (task.scan) {
    result.hits = scanSurnames(text, sentences, new Set(task.scan));
  }
  if (task.page) {
    const { html, media } = bodyHtml(loaded, task.spans, task.page.mediaDir, where);
    // Same key order as before `html` moved out of the signature.
    const { people, organisations, places, events, ...head } = task.page.head;
    const full: SiteArticlePage = { ...head, html, people, organisations, places, events };
    writeFileSync(task.page.target, JSON.stringify(full));
    result.media = media;
  }
  return result;
}
