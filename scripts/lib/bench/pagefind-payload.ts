/**
 * What the Pagefind client downloads for a one-term query (a person's name),
 * from the files of `<dist>/pagefind`: the loader script and wasm, the entry
 * and metadata files, the one index chunk whose word range holds the term
 * (read from the metadata; the largest chunk when no term is given), every
 * filter file (the default UI loads filters up front) and the fragments of
 * the first page of results (mean fragment size × 5). Pagefind stores these
 * gzipped, so disk size ≈ transfer size.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
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
  /** The query term and the size of the chunk it lands in, when known. */
  term: string | null;
  termChunkKb: number | null;
}

const SIGNATURE = 'pagefind_dcd';

/**
 * The index chunk whose [from, to] word range holds `term`, from the
 * metadata file (gzip + signature + CBOR: [version, pages, chunks, …], each
 * chunk [from, to, hash]). Pagefind stems words before indexing, so a term
 * near a chunk boundary may really sit in the neighbouring chunk.
 */
export function chunkForTerm(pagefindDir: string, term: string): string | null {
  try {
    const metaFile = readdirSync(pagefindDir).find((f) => f.endsWith('.pf_meta'));
    if (metaFile === undefined) return null;
    const bytes = gunzipSync(readFileSync(path.join(pagefindDir, metaFile)));
    if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return null;
    const meta = decodeCbor(bytes, SIGNATURE.length);
    const chunks = Array.isArray(meta) ? meta[2] : null;
    if (!Array.isArray(chunks)) return null;
    for (const chunk of chunks) {
      if (!Array.isArray(chunk)) continue;
      const [from, to, hash] = chunk;
      if (typeof from === 'string' && typeof to === 'string' && typeof hash === 'string' && from <= term && term <= to) return `${hash}.pf_index`;
    }
  } catch {
    // unreadable metadata: fall back to the largest chunk
  }
  return null;
}

const RESULTS_PER_PAGE = 5;

function sizes(dir: string, test: (name: string) => boolean): number[] {
  try {
    return readdirSync(dir).filter(test).map((f) => statSync(path.join(dir, f)).size);
  } catch {
    return [];
  }
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10;

export function estimateSearchPayload(distDir: string, term: string | null = null): SearchPayload | null {
  const dir = path.join(distDir, 'pagefind');
  const top = sizes(dir, () => true);
  if (top.length === 0) return null;
  const loader = sum(sizes(dir, (f) => f === 'pagefind.js'));
  const wasm = Math.max(0, ...sizes(dir, (f) => f.startsWith('wasm.') && !f.startsWith('wasm.unknown')), ...sizes(dir, (f) => f === 'wasm.unknown.pagefind'));
  const entryAndMeta = sum(sizes(dir, (f) => f === 'pagefind-entry.json' || f.endsWith('.pf_meta')));
  const chunks = sizes(path.join(dir, 'index'), (f) => f.endsWith('.pf_index'));
  const filters = sizes(path.join(dir, 'filter'), (f) => f.endsWith('.pf_filter'));
  const fragments = sizes(path.join(dir, 'fragment'), (f) => f.endsWith('.pf_fragment'));
  const largest = Math.max(0, ...chunks);
  const termChunk = term === null ? null : chunkForTerm(dir, term.toLowerCase());
  const termChunkBytes = termChunk === null ? null : sizes(path.join(dir, 'index'), (f) => f === termChunk)[0] ?? null;
  const meanFragment = fragments.length === 0 ? 0 : sum(fragments) / fragments.length;
  const fragmentBytes = meanFragment * Math.min(RESULTS_PER_PAGE, fragments.length);
  const total = loader + wasm + entryAndMeta + (termChunkBytes ?? largest) + sum(filters) + fragmentBytes;
  return {
    totalKb: kb(total),
    loaderKb: kb(loader),
    wasmKb: kb(wasm),
    entryAndMetaKb: kb(entryAndMeta),
    largestIndexChunkKb: kb(largest),
    meanIndexChunkKb: kb(chunks.length === 0 ? 0 : sum(chunks) / chunks.length),
    indexChunks: chunks.length,
    filtersKb: kb(sum(filters)),
    fragmentsKb: kb(fragmentBytes),
    indexTotalKb: kb(sum(top) + sum(chunks) + sum(filters) + sum(fragments)),
    term: termChunkBytes === null ? null : term,
    termChunkKb: termChunkBytes === null ? null : kb(termChunkBytes),
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
