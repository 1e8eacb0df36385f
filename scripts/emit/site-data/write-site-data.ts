/**
 * Write the HTML-ready per-page data the Astro site renders from, into `dir`
 * (`<out>/site`). Streams over articles through `load` so the whole corpus
 * text is never held at once; everything kept across articles is capped per
 * entity (LIMITS), so memory grows with the number of entities, not words.
 *
 * Layout (scripts/model/site-contract.ts): home.json, index/*.json
 * (build-time lists for index pages), pages/<section>/<id>.json (one per
 * page), public/ (copied verbatim into the built site: hover previews and
 * graph.json, fetched by the browser).
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeBase, Problem } from '../../model/model.ts';
import {
  GRAPH_FILE, HOME_FILE, INDEX_DIR, indexFile, REDIRECTS_FILE, TAGS_FILE, type SiteRedirects, pageDir, pageFile, previewDir, previewFile, SECTIONS, SITE_SECTIONS,
  type SiteNodeType, type SitePreview,
} from '../../model/site-contract.ts';
import type { LoadedArticle } from '../../runtime/cache/load-article.ts';
import { plainOutput, signature, type OutputReuse } from '../../runtime/output/reuse-output.ts';
import { forEachLimited } from '../../util/concurrency.ts';
import { mentionSpans } from '../mention-spans.ts';
import { inThreadRenderer, writeArticlePages, type ArticleRenderer } from './article-pages.ts';
import { entityPage } from './entity-pages.ts';
import { eventPage } from './event-pages.ts';
import { globalGraph } from './graph.ts';
import { homePage } from './home-page.ts';
import { LIMITS } from './limits.ts';
import { MEDIA_DIR } from './local-images.ts';
import { mentionReports, surnameIndex } from './mention-reports.ts';
import { personPage } from './person-pages.ts';
import { personRedirects } from './person-redirects.ts';
import { articleRef, byDateDesc } from './refs.ts';
import { siteIndex } from './site-index.ts';
import { tagIndex } from './tag-index.ts';

export type { ArticleRenderer, LoadedArticle };
export { LIMITS };

export interface SiteDataOptions {
  /** Runs the article pages' work (default: in this thread, through `load`); the pipeline passes render workers. */
  renderer?: ArticleRenderer;
  /** Re-use of the previous output's unchanged files (default: write everything). */
  reuse?: OutputReuse;
  /** Signature of an article's content (its bytes and the analysis parts pages render from); '' = unknown, never re-used. */
  articleKey?: (articleId: string) => string;
  /** The previous output's site folder: its redirect map is carried over (permalinks of changed ids). */
  previousDir?: string;
}

/** A JSON file of the previous output; null when it is not there. */
async function readPrevious<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${file} is unreadable (${(error as Error).message}): delete the output folder's site/ to start a new redirect map.`);
  }
}

/**
 * The previous run's redirect map; from an output older than redirects, its
 * people index (names only); none on a first run.
 */
async function previousRedirects(dir: string | undefined): Promise<SiteRedirects | null> {
  if (!dir) return null;
  const map = await readPrevious<SiteRedirects>(path.join(dir, REDIRECTS_FILE));
  if (map) return map;
  const rows = await readPrevious<{ id: string; name: string }[]>(path.join(dir, indexFile('people')));
  return rows ? { people: {}, identities: {}, names: Object.fromEntries(rows.map((row) => [row.id, row.name])) } : null;
}

/** Writes a small JSON file under the site folder. */
type WriteJson = (file: string, value: unknown) => Promise<void>;

async function emptySiteDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const types = Object.keys(SECTIONS) as SiteNodeType[];
  await Promise.all([
    ...SITE_SECTIONS.map((s) => mkdir(path.join(dir, pageDir(s)), { recursive: true })),
    ...types.map((t) => mkdir(path.join(dir, previewDir(t)), { recursive: true })),
    mkdir(path.join(dir, INDEX_DIR), { recursive: true }),
    mkdir(path.join(dir, MEDIA_DIR), { recursive: true }),
  ]);
}

/** Write the page and the preview of each of `items`; returns their index rows, in `items` order. */
async function writeNodePages<T extends { id: string }, Row>(
  writeJson: WriteJson,
  type: SiteNodeType,
  items: readonly T[],
  build: (item: T) => { page: unknown; row: Row; preview: SitePreview },
): Promise<Row[]> {
  const rows: Row[] = [];
  await forEachLimited(items, 16, async (item) => {
    const { page, row, preview } = build(item);
    rows.push(row);
    await Promise.all([writeJson(pageFile(SECTIONS[type], item.id), page), writeJson(previewFile(type, item.id), preview)]);
  });
  return rows;
}

export async function writeSiteData(
  kb: KnowledgeBase,
  load: (articleId: string) => Promise<LoadedArticle>,
  dir: string,
  options: SiteDataOptions = {},
): Promise<Problem[]> {
  const reuse = options.reuse ?? plainOutput();
  // Small pages: their signature is their text, so an unchanged one is linked rather than rewritten.
  const writeJson: WriteJson = (file, value) => {
    const text = JSON.stringify(value);
    return reuse.write(path.join(dir, file), signature(text), () => text);
  };
  await emptySiteDir(dir);
  const index = siteIndex(kb);

  // Laid out in a worker thread while the pages below are written (awaited at the end).
  const graph = globalGraph(kb, LIMITS.graphNodes, (key, compute) => reuse.memo('graph-layout', signature(key), compute));
  graph.catch(() => undefined); // awaited below; this only stops an early failure being "unhandled"

  const keys = surnameIndex(kb, reuse);
  const ordered = [...kb.articles].sort(byDateDesc);
  const problems: Problem[] = [];
  const scans = await writeArticlePages(
    {
      dir,
      index,
      spans: mentionSpans(kb),
      surnames: keys,
      renderer: options.renderer ?? inThreadRenderer(load, keys),
      reuse,
      articleKey: options.articleKey ?? (() => ''),
      warn: (file, message) => problems.push({ file, severity: 'warning', message: `on the site: ${message}` }),
    },
    ordered,
  );
  const found = mentionReports(ordered, scans, keys.people);

  const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'ru');
  const personRows = await writeNodePages(writeJson, 'person', kb.people, (p) => personPage(p, index, found));
  const eventRows = await writeNodePages(writeJson, 'event', kb.events, (e) => eventPage(e, index, found));
  const orgRows = (await writeNodePages(writeJson, 'org', kb.organisations, (o) => entityPage(o, 'org', index, found))).sort(byName);
  const placeRows = (await writeNodePages(writeJson, 'place', kb.places, (p) => entityPage(p, 'place', index, found))).sort(byName);
  personRows.sort((a, b) => byName(a, b) || a.id.localeCompare(b.id));
  eventRows.sort(byDateDesc);

  await Promise.all([
    writeJson(HOME_FILE, homePage(kb, ordered, personRows, eventRows, index.events)),
    writeJson(indexFile('articles'), ordered.map(articleRef)),
    writeJson(indexFile('people'), personRows),
    writeJson(indexFile('events'), eventRows),
    writeJson(indexFile('organisations'), orgRows),
    writeJson(indexFile('places'), placeRows),
    writeJson(TAGS_FILE, tagIndex(ordered)),
    writeJson(REDIRECTS_FILE, personRedirects(await previousRedirects(options.previousDir), kb.people)),
    writeJson(GRAPH_FILE, await graph),
  ]);
  return problems;
}
