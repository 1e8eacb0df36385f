/**
 * The Pagefind search index, fed page by page while Astro renders, written
 * in parts (search-parts.ts: lanes by stemming language, parts by article
 * quarter and entity bucket) that the search page merges in the browser.
 *
 * Pagefind is single-core and cannot update an index, so a rebuild reuses
 * every part whose pages are unchanged: each page is hashed as Pagefind will
 * read it (searchable-html.ts), and a page equal to the one the last build
 * indexed under the same part is not sent to Pagefind at all. The first page
 * of a part that differs (or is new) makes the part stale: from then on its
 * pages go to Pagefind as they come, and so do the ones that came before
 * (held in memory up to HELD_CHARS; past that read back from the rendered
 * site at the end). A part whose pages all match, with
 * none gone, is hard-linked from the last build's output (index-state.ts).
 *
 * Pagefind runs as its own process: handing it each rendered page as Astro
 * produces it lets it parse and index on the second core while Astro renders
 * the next pages. Pagefind holds every open index in memory and needs
 * several times a part's size while writing it; past MAX_PAGES_PER_INDEX
 * pages held at once, the largest open part is written as a segment
 * (rendering waits meanwhile) and continues in a new one.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { SEARCH_DIR, SEARCH_PARTS_FILE } from '../../model/site-contract.ts';
import { getOrCreate } from '../../util/collections.ts';
import { pageHash, readIndexState, samePages, searchPartsOf, STATE_FILE, STATE_VERSION, type IndexState, type PartState } from './index-state.ts';
import { linkFolder, trimPartFolder } from './part-folders.ts';
import { partOf } from './search-parts.ts';
import { articleFacts, searchableHtml, withoutIgnored } from './searchable-html.ts';

/** Pagefind options besides the language, which each part's lane sets. */
export const PAGEFIND_OPTIONS = { excludeSelectors: ['[data-pagefind-ignore]'] };

/** Pages held in open Pagefind indexes at once; LETOPIS_SEARCH_SHARD_PAGES overrides it (tests split small sites with it). */
export const MAX_PAGES_PER_INDEX = Number(process.env.LETOPIS_SEARCH_SHARD_PAGES) || 16_000;

/**
 * Characters of unchanged pages held in memory in case their part turns out
 * stale: they then go to Pagefind while Astro still renders, instead of being
 * read back from disk after it. Past this, held-back pages keep only their URL.
 */
const HELD_CHARS = 48 * 1024 * 1024;

/** Pages handed to Pagefind but not yet acknowledged; past this the renderer waits, so unsent pages never pile up in memory. */
const MAX_IN_FLIGHT = 64;

export interface SearchIndexReport {
  /** Searchable pages in the index. */
  pages: number;
  /** Pages Pagefind (re-)indexed in this build. */
  indexedPages: number;
  /** Parts (re-)indexed, and parts carried over from the previous build. */
  indexedParts: string[];
  reusedParts: string[];
}

export interface SearchIndexWriter {
  /** Queue one page's searchable HTML (searchable-html.ts) under its URL path without the site base. Resolves once there is room for more. */
  add(url: string, html: string): Promise<void>;
  /** Wait for every queued page, write the stale parts, link the others, stop Pagefind. */
  write(): Promise<SearchIndexReport>;
  /** Stop Pagefind without writing (after a failed build). */
  close(): Promise<void>;
}

export interface SearchIndexOptions {
  /** The previous build's site folder, whose unchanged parts are reused. */
  previous?: string;
  maxPagesPerIndex?: number;
  /** Characters of unchanged pages held in memory (HELD_CHARS). */
  heldChars?: number;
}

interface OpenPart {
  name: string;
  lane: string;
  /** URL → hash of every page of the part in this build. */
  pages: Map<string, string>;
  /** Pages seen unchanged before the part turned stale, with their text while the budget allows (else read back from the site if it does). */
  unsent: { url: string; page: string | null }[];
  stale: boolean;
  index: Promise<PagefindIndex> | null;
  inIndex: number;
  folders: string[];
}

async function createIndex(lane: string): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ ...PAGEFIND_OPTIONS, forceLanguage: lane });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** The rendered file of a page (Astro's `directory` format), for reading a page back. */
export function pageFile(siteDir: string, url: string): string {
  const rel = decodeURIComponent(url).replace(/^\/+/, '');
  return path.join(siteDir, rel.endsWith('/') || rel === '' ? path.join(rel, 'index.html') : rel);
}

/** The state of one build's index while pages come in. */
interface Build {
  siteDir: string;
  searchDir: string;
  /** The previous build's site folder and what its index holds. */
  previousDir: string | null;
  previous: IndexState | null;
  maxOpen: number;
  parts: Map<string, OpenPart>;
  problems: string[];
  pending: Set<Promise<void>>;
  /** Pages in open Pagefind indexes. */
  open: number;
  indexedPages: number;
  /** A segment being written: adding waits for it. */
  flushing: Promise<void> | null;
  /** Characters of the held-back pages' text (OpenPart.unsent), and the most there may be. */
  held: number;
  heldChars: number;
}

/** Write the part's current segment and drop its index from Pagefind's memory. */
async function writeSegment(b: Build, part: OpenPart): Promise<void> {
  if (part.index === null) return;
  const index = await part.index;
  part.index = null;
  const folder = part.folders.length === 0 ? part.name : `${part.name}.${part.folders.length}`;
  const outputPath = path.join(b.searchDir, folder);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await trimPartFolder(outputPath);
  part.folders.push(folder);
  b.open -= part.inIndex;
  part.inIndex = 0;
}

async function flushLargest(b: Build): Promise<void> {
  await Promise.all(b.pending);
  let largest: OpenPart | null = null;
  for (const part of b.parts.values()) if (part.index !== null && (largest === null || part.inIndex > largest.inIndex)) largest = part;
  if (largest) await writeSegment(b, largest);
}

async function send(b: Build, part: OpenPart, url: string, page: string): Promise<void> {
  part.index ??= createIndex(part.lane);
  const added: Promise<void> = part.index
    .then((ix) => ix.addHTMLFile({ url, content: page }))
    .then(
      (response) => {
        if (response.errors.length > 0) b.problems.push(`${url}: ${response.errors.join('; ')}`);
        else b.indexedPages++;
      },
      (error: unknown) => void b.problems.push(`${url}: ${error instanceof Error ? error.message : String(error)}`),
    )
    .finally(() => b.pending.delete(added));
  b.pending.add(added);
  part.inIndex++;
  if (++b.open >= b.maxOpen) {
    b.flushing = flushLargest(b).finally(() => (b.flushing = null));
    await b.flushing;
  }
  while (b.pending.size >= MAX_IN_FLIGHT) await Promise.race(b.pending);
}

async function addPage(b: Build, url: string, html: string): Promise<void> {
  while (b.flushing) await b.flushing;
  const page = withoutIgnored(html);
  const { part: name, lane } = partOf(url, articleFacts(html));
  const hash = pageHash(page);
  const part = getOrCreate(b.parts, name, (): OpenPart => ({ name, lane, pages: new Map(), unsent: [], stale: false, index: null, inIndex: 0, folders: [] }));
  part.pages.set(url, hash);
  const before = b.previous?.parts[name];
  if (!part.stale && before?.lane === lane && before.pages[url] === hash) {
    const keep = b.held + page.length <= b.heldChars;
    if (keep) b.held += page.length;
    part.unsent.push({ url, page: keep ? page : null });
    return;
  }
  part.stale = true;
  await sendUnsent(b, part, true);
  await send(b, part, url, page);
}

/**
 * Send the pages of a stale part that were held back: those whose text is
 * held, and (unless `heldOnly`, while Astro may still be writing pages) the
 * others, read back from the rendered site.
 */
async function sendUnsent(b: Build, part: OpenPart, heldOnly = false): Promise<void> {
  const later: OpenPart['unsent'] = [];
  for (const held of part.unsent.splice(0)) {
    if (held.page !== null) {
      b.held -= held.page.length;
      await send(b, part, held.url, held.page);
      continue;
    }
    if (heldOnly) {
      later.push(held);
      continue;
    }
    const searchable = searchableHtml(await readFile(pageFile(b.siteDir, held.url), 'utf8'));
    if (searchable === null) throw new Error(`${held.url} was rendered as a searchable page but is not one on disk`);
    await send(b, part, held.url, withoutIgnored(searchable));
  }
  part.unsent.push(...later);
}

/** Carry `part` over from the previous build when nothing in it changed; false otherwise. */
async function reuse(b: Build, part: OpenPart, state: IndexState): Promise<boolean> {
  const before = b.previous?.parts[part.name];
  if (part.stale || !before || before.lane !== part.lane || !samePages(before.pages, part.pages) || b.previousDir === null) return false;
  try {
    for (const folder of before.folders) await linkFolder(path.join(b.previousDir, SEARCH_DIR, folder), path.join(b.searchDir, folder));
  } catch {
    // The previous output lost files (edited by hand, half deleted): index the part again instead.
    await Promise.all(before.folders.map((folder) => rm(path.join(b.searchDir, folder), { recursive: true, force: true })));
    return false;
  }
  state.parts[part.name] = before;
  return true;
}

async function writeAll(b: Build): Promise<SearchIndexReport> {
  while (b.flushing) await b.flushing;
  await Promise.all(b.pending);
  const state: IndexState = { version: STATE_VERSION, parts: {} };
  const report: SearchIndexReport = { pages: 0, indexedPages: 0, indexedParts: [], reusedParts: [] };
  const indexedAt = new Date().toISOString();
  for (const part of [...b.parts.values()].sort((x, y) => (x.name < y.name ? -1 : 1))) {
    report.pages += part.pages.size;
    if (await reuse(b, part, state)) {
      report.reusedParts.push(part.name);
      part.unsent = [];
      continue;
    }
    await sendUnsent(b, part);
    while (b.flushing) await b.flushing;
    await Promise.all(b.pending);
    if (b.problems.length > 0) break;
    await writeSegment(b, part);
    state.parts[part.name] = { lane: part.lane, folders: part.folders, pages: Object.fromEntries(part.pages), indexedAt };
    report.indexedParts.push(part.name);
  }
  if (b.problems.length > 0) throw new Error(`Pagefind failed to index ${b.problems.length} page(s): ${b.problems.slice(0, 3).join(' | ')}`);
  await mkdir(b.searchDir, { recursive: true });
  await writeFile(path.join(b.searchDir, SEARCH_PARTS_FILE), `${JSON.stringify(searchPartsOf(state))}\n`);
  await writeFile(path.join(b.searchDir, STATE_FILE), JSON.stringify(state));
  report.indexedPages = b.indexedPages;
  return report;
}

/** `siteDir` is where the parts are written (the staging folder). */
export async function openSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexWriter> {
  // The folder appears when the first part is written or linked (a staging folder with it is one whose index is being written).
  const searchDir = path.join(siteDir, SEARCH_DIR);
  const b: Build = {
    siteDir,
    searchDir,
    previousDir: options.previous ?? null,
    previous: options.previous ? await readIndexState(options.previous) : null,
    maxOpen: options.maxPagesPerIndex ?? MAX_PAGES_PER_INDEX,
    parts: new Map(),
    problems: [],
    pending: new Set(),
    open: 0,
    indexedPages: 0,
    flushing: null,
    held: 0,
    heldChars: options.heldChars ?? HELD_CHARS,
  };
  return {
    add: (url, html) => addPage(b, url, html),
    async write() {
      try {
        return await writeAll(b);
      } finally {
        await pagefind.close();
      }
    },
    async close() {
      await Promise.allSettled(b.pending);
      await pagefind.close();
    },
  };
}
