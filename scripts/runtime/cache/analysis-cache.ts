import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ANALYSIS_VERSION } from '../../article/analysis-version.ts';
import type { FileAnalysis } from '../../article/analyse-file.ts';
import { writeFileAtomicSync } from '../files/write-file-atomic.ts';

/**
 * Content-addressed cache of per-article analysis, so that unchanged articles
 * are never re-analysed. The key covers the raw bytes, the file path (the
 * analysis records it) and the analysis version.
 */
export function cacheKey(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(ANALYSIS_VERSION).update('\0').update(file).update('\0').update(bytes).digest('hex');
}

export function cachePath(cacheDir: string, key: string): string {
  return path.join(cacheDir, key.slice(0, 2), `${key}.json`);
}

/**
 * Synchronous: an incremental run reads thousands of small cache files, and
 * one blocking read each is several times cheaper than a promise round trip.
 */
export function readCached(cacheDir: string, key: string): FileAnalysis | null {
  try {
    const value = JSON.parse(readFileSync(cachePath(cacheDir, key), 'utf8')) as FileAnalysis;
    if (value.analysis && value.analysis.version !== ANALYSIS_VERSION) return null;
    return value;
  } catch {
    // Missing or corrupt (e.g. a crash mid-write before atomic writes existed): re-analyse.
    return null;
  }
}

/** Shard folders known to exist: a recursive mkdir per write is a measurable cost at 10k articles. */
const madeFolders = new Set<string>();

/**
 * `value` may come already serialised (a worker's result is turned into JSON
 * once, for the cache and the main thread). Written with blocking calls, like
 * the reads: a cold run writes one per article, and through the promise API
 * they took a measurable share of the analysis threads' time. Still a promise, so that a
 * failure is handled where the write is started.
 */
export async function writeCached(cacheDir: string, key: string, value: FileAnalysis | string): Promise<void> {
  const file = cachePath(cacheDir, key);
  const folder = path.dirname(file);
  if (!madeFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
  }
  // Not flushed to disk: a cache entry torn by a power loss fails to parse on reading and the article is analysed again.
  writeFileAtomicSync(file, typeof value === 'string' ? value : JSON.stringify(value), { durable: false });
}
