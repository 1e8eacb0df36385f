/**
 * The analysis pack: every cached analysis without its page-only parts
 * (sentences and blocks), one JSON line per cache key, in one file beside the
 * cache. Resolution and clustering need only these slim analyses, so a warm
 * run reads one file of smaller entries instead of opening and parsing every
 * article's full cache entry, which was most of what an incremental run spent
 * before resolution.
 *
 * Entries never change: a key covers the file's bytes, path and the analysis
 * version. So the pack is a log: a run appends the entries it analysed or read
 * from the full cache, and rewrites the file (atomically) once stale entries
 * pass a quarter of the live ones. A torn last line (a crash mid-append) or a
 * damaged line is skipped, and that article is read from the full cache.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import type { FileAnalysis } from '../../article/analyse-file.ts';
import { ANALYSIS_VERSION } from '../../article/analysis-version.ts';
import { readLines } from '../files/read-lines.ts';
import { openChunkedWriter } from '../files/chunked-writer.ts';

export const PACK_FILE = 'analysis-pack.jsonl';

export interface PackEntry {
  key: string;
  /** Signature of the article's page parts (see pipeline.ts `withoutPageParts`). */
  signature: string;
  /** The analysis with `sentences` and `article.blocks` emptied. */
  result: FileAnalysis;
}

type PackLine = [key: string, signature: string, result: FileAnalysis];

export interface AnalysisPack {
  get(key: string): PackEntry | undefined;
  /**
   * Record this run's entries: `fresh` are the ones the pack lacked; `used` the
   * keys this run's corpus has. Appends, or rewrites the pack without the stale
   * entries once they pass a quarter of the used ones.
   */
  update(fresh: PackEntry[], used: readonly PackEntry[]): Promise<void>;
}

/** Reads the pack in `cacheDir` (empty if missing, of another analysis version, or unreadable). */
export function openAnalysisPack(cacheDir: string): AnalysisPack {
  const file = path.join(cacheDir, PACK_FILE);
  const entries = new Map<string, PackEntry>();
  let valid = false;
  try {
    valid = readLines(file, (line, first) => {
      if (first) return line === header();
      try {
        const [key, signature, result] = JSON.parse(line) as PackLine;
        if (typeof key === 'string' && typeof signature === 'string' && result) entries.set(key, { key, signature, result });
      } catch {
        // A torn or damaged line: that article is read from the full cache.
      }
      return true;
    });
  } catch {
    // No pack yet.
  }

  return {
    get: (key) => entries.get(key),
    async update(fresh, used) {
      // Stale entries cost their parsing on every run: more than a quarter of the live ones, and the pack is rewritten.
      const within = (size: number): boolean => size <= used.length * 1.25 + 100;
      if (fresh.length === 0 && valid && within(entries.size)) return;
      await mkdir(cacheDir, { recursive: true });
      if (valid && within(entries.size + fresh.length)) {
        // One write per line, in append mode: concurrent runs sharing the cache cannot tear each other's lines.
        const fd = openSync(file, 'a');
        try {
          for (const entry of fresh) writeSync(fd, lineOf(entry));
        } finally {
          closeSync(fd);
        }
        return;
      }
      const tmp = `${file}.${process.pid}.tmp`;
      const out = await openChunkedWriter(tmp);
      try {
        await out.push(`${header()}\n`);
        for (const entry of used) await out.push(lineOf(entry));
      } finally {
        await out.close();
      }
      await rename(tmp, file);
    },
  };
}

const header = (): string => JSON.stringify({ pack: 1, version: ANALYSIS_VERSION });

const lineOf = (entry: PackEntry): string => `${JSON.stringify([entry.key, entry.signature, entry.result] satisfies PackLine)}\n`;
