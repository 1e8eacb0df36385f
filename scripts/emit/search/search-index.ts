/**
 * The Pagefind search index, fed page by page while Astro renders.
 *
 * One index for the whole corpus (`forceLanguage`): Pagefind otherwise splits
 * indexes by `<html lang>` and a Russian query would never reach Ukrainian
 * pages. Entity pages carry their own name forms (cases, transliteration,
 * ё→е) with a high weight, which is how `Путін`/`putin` find the Russian page.
 *
 * Pagefind runs as its own process: handing it each rendered page as Astro
 * produces it lets it parse and index on the second core while Astro renders
 * the next pages, instead of re-reading every HTML file from disk afterwards.
 * Only the searchable part of a page is sent (searchable-html.ts).
 *
 * Pagefind holds a whole index in memory and needs several times that while
 * writing it, in proportion to its pages. Past MAX_PAGES_PER_INDEX pages the
 * index is split: each full part is written
 * (rendering waits meanwhile) and dropped, and the search page merges the
 * parts listed in `pagefind/shards.json` (Pagefind's `mergeIndex`). A 10k-
 * article site stays one index, so a query's download stays as small.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';

export const PAGEFIND_CONFIG = { forceLanguage: 'ru', excludeSelectors: ['[data-pagefind-ignore]'] };

/** Pages per Pagefind index; LETOPIS_SEARCH_SHARD_PAGES overrides it (tests split small sites with it). */
export const MAX_PAGES_PER_INDEX = Number(process.env.LETOPIS_SEARCH_SHARD_PAGES) || 16_000;

/** Folder (under the site) of index part `n`: the first is Pagefind's usual `pagefind/`. */
export const shardFolder = (n: number): string => (n === 0 ? 'pagefind' : `pagefind-${n}`);

/** Lists the folders of the index parts after the first, for the search page. */
export const SHARDS_FILE = 'shards.json';

/** Pages handed to Pagefind but not yet acknowledged; past this the renderer waits, so unsent pages never pile up in memory. */
const MAX_IN_FLIGHT = 64;

export interface SearchIndexWriter {
  /** Queue one page's searchable HTML (searchable-html.ts) under its URL path without the site base. Resolves once there is room for more. */
  add(url: string, html: string): Promise<void>;
  /** Wait for every queued page, write the (rest of the) index, stop Pagefind. Returns the number of pages indexed. */
  write(): Promise<number>;
  /** Stop Pagefind without writing (after a failed build). */
  close(): Promise<void>;
}

async function createIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

async function writeIndex(index: PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/** The search page reads this to merge the parts after the first. */
export async function writeShardList(siteDir: string, shards: number): Promise<void> {
  const others = Array.from({ length: shards - 1 }, (_, i) => `${shardFolder(i + 1)}/`);
  await writeFile(path.join(siteDir, shardFolder(0), SHARDS_FILE), `${JSON.stringify(others)}\n`);
}

/** `siteDir` is where the finished parts go as they fill up (the staging folder). */
export async function openSearchIndex(siteDir: string, maxPagesPerIndex = MAX_PAGES_PER_INDEX): Promise<SearchIndexWriter> {
  let index: PagefindIndex;
  try {
    index = await createIndex();
  } catch (error) {
    await pagefind.close();
    throw error;
  }
  const problems: string[] = [];
  const pending = new Set<Promise<void>>();
  let pages = 0;
  let inIndex = 0;
  let shard = 0;

  /** Write the current part and start the next one. */
  async function nextShard(): Promise<void> {
    await Promise.all(pending);
    const full = index;
    index = await createIndex();
    await writeIndex(full, path.join(siteDir, shardFolder(shard)));
    shard++;
    inIndex = 0;
  }

  let rolling: Promise<void> | null = null;

  return {
    async add(url, content) {
      while (rolling) await rolling;
      const added: Promise<void> = index.addHTMLFile({ url, content }).then(
        (response) => {
          if (response.errors.length > 0) problems.push(`${url}: ${response.errors.join('; ')}`);
          else pages++;
        },
        (error: unknown) => void problems.push(`${url}: ${error instanceof Error ? error.message : String(error)}`),
      ).finally(() => pending.delete(added));
      pending.add(added);
      if (++inIndex >= maxPagesPerIndex) {
        rolling = nextShard().finally(() => (rolling = null));
        await rolling;
      }
      while (pending.size >= MAX_IN_FLIGHT) await Promise.race(pending);
    },
    async write() {
      try {
        while (rolling) await rolling;
        await Promise.all(pending);
        if (problems.length > 0) throw new Error(`Pagefind failed to index ${problems.length} page(s): ${problems.slice(0, 3).join(' | ')}`);
        // The last part; an empty one only when nothing at all was indexed (the search page still needs an index).
        if (inIndex > 0 || shard === 0) {
          await writeIndex(index, path.join(siteDir, shardFolder(shard)));
          shard++;
        }
        await writeShardList(siteDir, shard);
        return pages;
      } finally {
        await pagefind.close();
      }
    },
    async close() {
      await Promise.allSettled(pending);
      await pagefind.close();
    },
  };
}
