import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { FileAnalysis } from '../article/analyse-file.ts';
import { cacheKey, cachePath, readCached, writeCached } from '../runtime/cache/analysis-cache.ts';
import { analyseInPool } from '../runtime/workers/analysis-pool.ts';
import type { AnalysisPack } from '../runtime/cache/analysis-pack.ts';
import type { FileKeys } from '../runtime/cache/file-keys.ts';
import type { Problem, SourceFile } from '../model/model.ts';
import { forEachLimited } from '../util/concurrency.ts';

export interface AnalysedFile {
  source: SourceFile;
  /** Cache key of the file's analysis. */
  key: string;
  result: FileAnalysis;
  /** Set when the result is already slim (from the pack or a worker): the signature of its page parts (write/page-signature.ts). */
  pageSignature?: string;
  /** The result came from the analysis pack. */
  packed?: true;

}

export interface AnalyseCorpusOptions {
  cacheDir: string;
  /** Worker threads for analysis; 0 = analyse in this thread. Default: all cores, from 2,000 uncached files. */
  jobs?: number;
  onProgress?: (done: number, total: number) => void;
  /** Size/mtime → key index, so unchanged files are not even read. */
  fileKeys?: FileKeys;
  /**
   * Called on each file's result as soon as it is known (read from the cache
   * or analysed); what it returns is kept instead. Lets the caller drop parts
   * it will not need before the whole corpus is in memory.
   */
  keep?: (item: AnalysedFile) => AnalysedFile;
  /** Slim analyses by cache key, read before the full cache entries (analysis-pack.ts). */
  pack?: AnalysisPack;
}

/**
 * Below this many uncached files, starting workers (each loads the
 * dictionaries) costs more than it saves: the break-even measured on two
 * cores (docs/performance.md).
 */
const WORKER_THRESHOLD = 2000;
/** With an explicit `jobs`, workers are started from this many files (they still do not pay for a handful). */
const EXPLICIT_WORKER_THRESHOLD = 40;

/** Changed files up to this many are analysed ahead (`analyseAhead`); more go the usual way. */
const AHEAD_LIMIT = 200;

/**
 * An incremental run's changed files (those the size/mtime index does not
 * vouch for) analysed in one worker thread, into the cache, while this thread
 * goes on reading the analysis pack: starting the analysers and analysing a
 * new article then overlaps the read of the pack, which take comparable time.
 * `analyseCorpus` afterwards finds them in the cache; the output is the same
 * as without this. Resolves, once the cache entries are written, with the
 * cache keys it analysed.
 */
export async function analyseAhead(files: SourceFile[], options: { cacheDir: string; fileKeys: FileKeys; jobs?: number }): Promise<Set<string>> {
  const analysed = new Set<string>();
  if (options.jobs === 0) return analysed;
  const changed = files.filter((source) => options.fileKeys.get(source) === undefined);
  if (changed.length === 0 || changed.length > AHEAD_LIMIT) return analysed;
  const items: AnalysedFile[] = [];
  for (const source of changed) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(source.path);
    } catch {
      continue; // analyseCorpus reports it
    }
    const key = cacheKey(source.file, bytes);
    if (!existsSync(cachePath(options.cacheDir, key))) items.push({ source, key, result: { analysis: null, problems: [], textHash: null } });
  }
  if (items.length > 0) await analyseInPool(items, { workers: 1, cacheDir: options.cacheDir, done: (at) => analysed.add(items[at]!.key) });
  return analysed;
}

/**
 * Analyse every file, re-using cached analyses of unchanged files. Results
 * come back in input order whatever the number of workers.
 */
export async function analyseCorpus(
  files: SourceFile[],
  options: AnalyseCorpusOptions,
): Promise<{ files: AnalysedFile[]; analysed: number; cached: number }> {
  const results: AnalysedFile[] = new Array(files.length);
  const keep = options.keep ?? ((item: AnalysedFile) => item);
  const misses: number[] = [];
  let done = 0;
  const progress = () => options.onProgress?.(++done, files.length);

  await forEachLimited(files, 32, async (source, index) => {
    let key = options.fileKeys?.get(source);
    const packed = (known: string): boolean => {
      const entry = options.pack?.get(known);
      if (!entry) return false;
      options.fileKeys?.set(source, known);
      results[index] = keep({ source, key: known, result: entry.result, pageSignature: entry.signature, packed: true });
      progress();
      return true;
    };
    if (key && packed(key)) return;
    let cached = key ? readCached(options.cacheDir, key) : null;
    if (!cached) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(source.path);
      } catch (error) {
        results[index] = { source, key: '', result: unreadable(source.file, error) };
        progress();
        return;
      }
      key = cacheKey(source.file, bytes);
      if (packed(key)) return;
      cached = readCached(options.cacheDir, key);
    }
    options.fileKeys?.set(source, key as string);
    if (cached) {
      results[index] = keep({ source, key: key as string, result: cached });
      progress();
    } else {
      results[index] = { source, key: key as string, result: { analysis: null, problems: [], textHash: null } };
      misses.push(index);
    }
  });

  const jobs = options.jobs ?? availableParallelism();
  const threshold = options.jobs === undefined ? WORKER_THRESHOLD : EXPLICIT_WORKER_THRESHOLD;
  if (jobs > 0 && misses.length >= threshold) {
    const items = misses.map((index) => results[index]);
    const done = (at: number, result: FileAnalysis, pageSignature: string): void => {
      results[misses[at]] = keep({ ...items[at], result, pageSignature });
      progress();
    };
    await analyseInPool(items, { workers: Math.min(jobs, misses.length), cacheDir: options.cacheDir, done });
  } else if (misses.length > 0) {
    // Loaded only when something needs analysing: a run over an unchanged corpus never pays for the analysers.
    const [{ prepareAnalysis }, { analyseRead }, { readSourceBytes }] = await Promise.all([
      import('../article/prepare-analysis.ts'),
      import('../article/analyse-file.ts'),
      import('../article/read/read-article.ts'),
    ]);
    await prepareAnalysis();
    // The next file is read and the last result cached while this one is analysed.
    const writes: Promise<void>[] = [];
    const read = (at: number) => readSourceBytes(results[misses[at]].source.file, results[misses[at]].source.path);
    let next = read(0);
    for (let at = 0; at < misses.length; at++) {
      const item = results[misses[at]];
      const bytes = await next;
      if (at + 1 < misses.length) next = read(at + 1);
      const result = analyseRead(item.source.file, bytes);
      writes.push(writeCached(options.cacheDir, item.key, result).catch(() => undefined));
      results[misses[at]] = keep({ ...item, result });
      progress();
    }
    await Promise.all(writes);
  }
  return { files: results, analysed: misses.length, cached: files.length - misses.length };
}

function unreadable(file: string, error: unknown): FileAnalysis {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const problem: Problem = { file, severity: 'error', message: `Cannot read the file (${code}); check that it exists and is readable.` };
  return { analysis: null, problems: [problem], textHash: null };
}


