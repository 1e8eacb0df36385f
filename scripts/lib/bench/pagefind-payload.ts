/**
 * What the Pagefind client downloads for a one-term query (a person's name),
 * estimated from the files of `<dist>/pagefind`: the loader script and wasm,
 * the entry and metadata files, one index chunk (the largest, as an upper
 * bound: which chunk a term lands in depends on its spelling), every filter
 * file (the default UI loads filters up front) and the fragments of the first
 * page of results. Pagefind stores these gzipped, so disk size ≈ transfer size.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

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

export function estimateSearchPayload(distDir: string): SearchPayload | null {
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
  const meanFragment = fragments.length === 0 ? 0 : sum(fragments) / fragments.length;
  const fragmentBytes = meanFragment * Math.min(RESULTS_PER_PAGE, fragments.length);
  const total = loader + wasm + entryAndMeta + largest + sum(filters) + fragmentBytes;
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
