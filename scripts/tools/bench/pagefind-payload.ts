/**
 * What the Pagefind client downloads for a one-term query (a person's name),
 * from the index parts listed in `<dist>/pagefind/parts.json` (per lane; the
 * search page merges a lane's parts, ../../emit/search/search-index.ts), or
 * from `<dist>/pagefind` alone when there is no list (an index in one part):
 * per lane the loader script (the search page runs Pagefind in its own thread, so
 * pagefind-worker.js is never fetched) and wasm (once per lane: merged parts reuse the
 * lane's first part's wasm), then for every part its entry and metadata files, the index chunks
 * the term's words are in (read from the metadata; the largest chunk when no
 * term is given) and, in the entity lane, the filter files (the search page's entity-first
 * query reads them), and the fragments of the results the search page
 * shows (mean fragment size × RESULTS_SHOWN; the up to ENTITIES_FIRST named
 * entities shown above them are not counted: small fragments, which the Chromium
 * check in docs/performance.md does count). Pagefind stores these gzipped, so disk size ≈ transfer
 * size.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { RESULTS_PER_PAGE, SEARCH_DIR, SEARCH_PARTS_FILE, type SearchParts } from '../../model/site-contract.ts';
import { decodeCbor } from './cbor.ts';

export interface SearchPayload {
  totalKb: number;
  loaderKb: number;
  wasmKb: number;
  entryAndMetaKb: number;
  largestIndexChunkKb: number;
  meanIndexChunkKb: number;
  indexChunks: number;
  filtersKb: number;
  fragmentsKb: number;
  indexTotalKb: number;
  /** Index parts the query reads, and the lanes (Pagefind runtimes) they are in. */
  parts: number;
  lanes: number;
  /** The query term and the size of the index chunks it loads (summed over the parts), when known. */
  term: string | null;
  termChunkKb: number | null;
}

const SIGNATURE = 'pagefind_dcd';

/**
 * The index chunks a query for `term` loads, from the metadata file (gzip +
 * signature + CBOR: [version, pages, chunks, …], each chunk [from, to, hash]).
 * Pagefind looks its stemmed term up as a prefix, so it loads every chunk
 * whose word range meets the words that begin with the stem: for «Яковенко»
 * (stem «яковенк») at 10k that is two chunks, ['яко', 'яковенк'] and
 * ['яковенко', 'і']. Without the stemmer, the stem is taken as the term less
 * its last letter (a surname's case ending), which can only add chunks.
 * Null when the metadata cannot be read.
 */
export function chunksForTerm(pagefindDir: string, term: string): string[] | null {
  try {
    const metaFile = readdirSync(pagefindDir).find((f) => f.endsWith('.pf_meta'));
    if (metaFile === undefined) return null;
    const bytes = gunzipSync(readFileSync(path.join(pagefindDir, metaFile)));
    if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return null;
    const meta = decodeCbor(bytes, SIGNATURE.length);
    const chunks = Array.isArray(meta) ? meta[2] : null;
    if (!Array.isArray(chunks)) return null;
    const stem = term.length > 3 ? term.slice(0, -1) : term;
    const ranges = chunks.filter((c): c is [string, string, string] => Array.isArray(c) && c.every((v) => typeof v === 'string'));
    const found: string[] = [];
    ranges.forEach(([from, , hash], i) => {
      // A chunk holds the words from its `from` up to the next chunk's `from` (its `to` is only a
      // shortened prefix); the query wants the words from `stem` to `stem…`.
      const next = ranges[i + 1]?.[0];
      if (from <= `${stem}\uffff` && (next === undefined || next > stem)) found.push(`${hash}.pf_index`);
    });
    return found.length > 0 ? found : null;
  } catch {
    return null;
  }
}

/** src/scripts/search.ts loads the data of the first 30 results (to rank entity pages first). */
/** The search page's first batch of results (scripts/model/site-contract.ts). */
const RESULTS_SHOWN = RESULTS_PER_PAGE;

function sizes(dir: string, test: (name: string) => boolean): number[] {
  try {
    return readdirSync(dir).filter(test).map((f) => statSync(path.join(dir, f)).size);
  } catch {
    return [];
  }
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10;

interface LaneFolders {
  folders: string[];
  entities: boolean;
}

/** The index parts' folders per lane, from parts.json; without it, `pagefind/` as the one part of one lane. */
function laneFolders(distDir: string): LaneFolders[] {
  const dir = path.join(distDir, SEARCH_DIR);
  try {
    const parts = JSON.parse(readFileSync(path.join(dir, SEARCH_PARTS_FILE), 'utf8')) as SearchParts;
    return parts.lanes.map((l) => ({ folders: l.folders.map((f) => path.join(dir, f)), entities: l.entities }));
  } catch {
    return [{ folders: [dir], entities: true }];
  }
}

export function estimateSearchPayload(distDir: string, term: string | null = null): SearchPayload | null {
  if (sizes(path.join(distDir, SEARCH_DIR), () => true).length === 0) return null;
  const lanes = laneFolders(distDir);
  let loader = 0;
  let wasm = 0;
  for (const { folders: [first] } of lanes) {
    if (first === undefined) continue;
    loader += sum(sizes(first, (f) => f === 'pagefind.js'));
    wasm += Math.max(0, ...sizes(first, (f) => f.startsWith('wasm.') && !f.startsWith('wasm.unknown')), ...sizes(first, (f) => f === 'wasm.unknown.pagefind'));
  }
  let entryAndMeta = 0;
  let filterBytes = 0;
  let partsTotal = 0;
  let queryChunks = 0;
  let termFound = term !== null;
  let termChunkTotal = 0;
  const chunks: number[] = [];
  const fragments: number[] = [];
  const folders = lanes.flatMap((l) => l.folders.map((folder) => ({ folder, entities: l.entities })));
  for (const { folder, entities } of folders) {
    entryAndMeta += sum(sizes(folder, (f) => f === 'pagefind-entry.json' || f.endsWith('.pf_meta')));
    const partChunks = sizes(path.join(folder, 'index'), (f) => f.endsWith('.pf_index'));
    const filters = sizes(path.join(folder, 'filter'), (f) => f.endsWith('.pf_filter'));
    const partFragments = sizes(path.join(folder, 'fragment'), (f) => f.endsWith('.pf_fragment'));
    const termChunks = term === null ? null : chunksForTerm(folder, term.toLowerCase());
    const termChunkBytes = termChunks === null ? null : sum(sizes(path.join(folder, 'index'), (f) => termChunks.includes(f)));
    if (termChunkBytes === null) termFound = false;
    termChunkTotal += termChunkBytes ?? 0;
    queryChunks += termChunkBytes ?? Math.max(0, ...partChunks);
    if (entities) filterBytes += sum(filters);
    chunks.push(...partChunks);
    fragments.push(...partFragments);
    partsTotal += sum(sizes(folder, () => true)) + sum(partChunks) + sum(filters) + sum(partFragments);
  }
  const largest = Math.max(0, ...chunks);
  const meanFragment = fragments.length === 0 ? 0 : sum(fragments) / fragments.length;
  const fragmentBytes = meanFragment * Math.min(RESULTS_SHOWN, fragments.length);
  const total = loader + wasm + entryAndMeta + queryChunks + filterBytes + fragmentBytes;
  return {
    totalKb: kb(total),
    loaderKb: kb(loader),
    wasmKb: kb(wasm),
    entryAndMetaKb: kb(entryAndMeta),
    largestIndexChunkKb: kb(largest),
    meanIndexChunkKb: kb(chunks.length === 0 ? 0 : sum(chunks) / chunks.length),
    indexChunks: chunks.length,
    filtersKb: kb(filterBytes),
    fragmentsKb: kb(fragmentBytes),
    indexTotalKb: kb(partsTotal),
    parts: folders.length,
    lanes: lanes.length,
    term: termFound ? term : null,
    termChunkKb: termFound ? kb(termChunkTotal) : null,
  };
}

/** Bytes under a folder (files only, symlinks not followed), like `du -s --apparent-size`. */
export function folderBytes(dir: string): number {
  let total = 0;
  const walk = (d: string): void => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) total += statSync(p).size;
    }
  };
  walk(dir);
  return total;
}
