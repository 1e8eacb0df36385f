/**
 * Incremental output: every file written through `write` carries a signature
 * (a hash of everything that determines its bytes). The signatures go into
 * `<out>/.letopis-manifest.jsonl` (`MANIFEST`); the next run hard-links each file whose
 * signature is unchanged from the previous output into its staging folder
 * instead of rendering and writing it again. `memo` does the same for derived
 * data that is costly to recompute (per-article scans, the graph layout).
 *
 * The previous output is only read, never changed, so the whole-folder swap
 * keeps its guarantee: the old output stays valid until the new one is whole.
 * A hard link shares the bytes, and nothing ever writes into an output file
 * after it is made, so the two folders cannot disturb each other.
 *
 * Files are written and linked with the synchronous calls on purpose: for tens
 * of thousands of small files they are 3–10× faster than the promise API
 * (which pays one thread-pool round trip for each of open, write and close,
 * and contends for the pool's four threads when many are in flight). Past a
 * few thousand, the links are made by a worker thread (link-files.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashSources } from '../../util/code-version.ts';
import { readLines } from '../files/read-lines.ts';
import { openChunkedWriter } from '../files/chunked-writer.ts';
import { openFileLinker } from './link-files.ts';

/**
 * JSON lines: a header `{"version":2,"code":…}`, then one `["file", path, signature]`
 * or `["memo", name, signature, value]` per line. Lines, not one JSON document, so
 * that neither writing nor reading it ever holds it as one string: it grows with
 * the corpus, and V8 cannot make a string of more than ~512 MB.
 */
export const MANIFEST = '.letopis-manifest.jsonl';
const MANIFEST_VERSION = 2;

export interface Manifest {
  /** Output file (relative path) → signature. */
  files: Map<string, string>;
  /** Memo name → signature and value. */
  memos: Map<string, { sig: string; value: unknown }>;
}

type ManifestLine = ['file', string, string] | ['memo', string, string, unknown];

/** The manifest in `dir` if it was written by this version of the renderers (`code`), else null. */
export async function readManifest(dir: string, code?: string): Promise<Manifest | null> {
  const manifest: Manifest = { files: new Map(), memos: new Map() };
  try {
    const valid = readLines(path.join(dir, MANIFEST), (line, first) => {
      if (first) {
        const head = JSON.parse(line) as { version?: number; code?: string };
        return head.version === MANIFEST_VERSION && (code === undefined || head.code === code);
      }
      if (line === '') return true;
      const entry = JSON.parse(line) as ManifestLine;
      if (entry[0] === 'file') manifest.files.set(entry[1], entry[2]);
      else manifest.memos.set(entry[1], { sig: entry[2], value: entry[3] });
      return true;
    });
    return valid ? manifest : null;
  } catch {
    // No previous output, one from before manifests, or a damaged one: everything is written.
    return null;
  }
}

export interface OutputReuse {
  /**
   * Record `file`'s signature and hard-link it from the previous output if it
   * is unchanged: true when that was done; false when the caller must now write
   * the file itself (it may be written in another thread, see render-pool.ts).
   */
  claim(file: string, signature: string): boolean;
  /**
   * Write `file` (inside the staging folder) with `render()`'s text, unless the
   * previous output holds it with the same signature: then hard-link that.
   */
  write(file: string, signature: string, render: () => string | Promise<string>): Promise<void>;
  /** `compute()`'s value, or the previous run's value under `name` when `signature` is unchanged. Values must be JSON. */
  memo<T>(name: string, signature: string, compute: () => T | Promise<T>): Promise<T>;
  /** The previous run's value under `name` if its signature was `signature` (for updating it rather than recomputing). */
  recall<T>(name: string, signature: string): T | undefined;
  /** Keep `value` under `name` for the next run (what `memo` does after computing). */
  keep(name: string, signature: string, value: unknown): void;
  /** Write the manifest into the staging folder (call last, before the swap). */
  save(): Promise<void>;
  /** Stop work still in flight (links) when the run fails instead. */
  cancel(): Promise<void>;
  /** Files re-used / written so far (for tests and progress lines). */
  readonly counts: { reused: number; written: number };
}

/** Hash of any JSON-able values: the building block of signatures. */
export function signature(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part) ?? 'undefined').update('\0');
  return hash.digest('base64url').slice(0, 27);
}

/**
 * The renderers' own source code is part of every signature, so a changed
 * Letopis never re-uses pages an older version rendered. Hashed on first use:
 * analysis workers import this module for `signature` alone.
 */
let rendererCode: string | null = null;

/**
 * `previousDir`: the output the last run swapped in (may not exist);
 * `stagingDir`: the folder this run writes into.
 */
export async function openOutputReuse(previousDir: string, stagingDir: string): Promise<OutputReuse> {
  const code = (rendererCode ??= hashSources(['emit']));
  const previous = (await readManifest(previousDir, code)) ?? { files: new Map<string, string>(), memos: new Map<string, { sig: string; value: unknown }>() };
  const files = new Map<string, string>();
  const memos = new Map<string, { sig: string; value: unknown }>();
  const counts = { reused: 0, written: 0 };
  // What is really there: a file deleted from the previous output by hand is rendered again.
  const present = previous.files.size > 0 ? entriesUnder(previousDir) : new Set<string>();
  const linker = openFileLinker(present.size);
  const recall = <T>(name: string, sig: string): T | undefined => {
    const old = previous.memos.get(name);
    return old && old.sig === sig ? (old.value as T) : undefined;
  };

  const claim = (file: string, sig: string): boolean => {
    const rel = path.relative(stagingDir, file);
    files.set(rel, sig);
    if (previous.files.get(rel) === sig && present.has(rel)) {
      linker.link(path.join(previousDir, rel), file);
      counts.reused++;
      return true;
    }
    counts.written++;
    return false;
  };

  return {
    counts,
    claim,
    async write(file, sig, render) {
      if (!claim(file, sig)) writeFileSync(file, await render());
    },
    async memo<T>(name: string, sig: string, compute: () => T | Promise<T>): Promise<T> {
      const value = recall<T>(name, sig) ?? (await compute());
      memos.set(name, { sig, value });
      return value;
    },
    recall,
    keep(name, sig, value) {
      memos.set(name, { sig, value });
    },
    cancel: () => linker.cancel(),
    async save() {
      await linker.done();
      // Sorted, so that the same input gives a byte-identical manifest.
      const sorted = <V>(map: Map<string, V>): [string, V][] => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const out = await openChunkedWriter(path.join(stagingDir, MANIFEST));
      try {
        await out.push(`${JSON.stringify({ version: MANIFEST_VERSION, code })}\n`);
        for (const [file, sig] of sorted(files)) await out.push(`${JSON.stringify(['file', file, sig] satisfies ManifestLine)}\n`);
        for (const [name, { sig, value }] of sorted(memos)) await out.push(`${JSON.stringify(['memo', name, sig, value] satisfies ManifestLine)}\n`);
      } finally {
        await out.close();
      }
    },
  };
}

/** Relative paths of the entries (files and folders) under `dir`; none when it cannot be read. */
function entriesUnder(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }));
  } catch {
    return new Set();
  }
}

/** Writes everything and re-uses nothing (no previous output to draw on, e.g. in tests). */
export function plainOutput(): OutputReuse {
  const counts = { reused: 0, written: 0 };
  return {
    counts,
    claim() {
      counts.written++;
      return false;
    },
    async write(file, _sig, render) {
      writeFileSync(file, await render());
      counts.written++;
    },
    async memo(_name, _sig, compute) {
      return compute();
    },
    recall() {
      return undefined;
    },
    keep() {},
    async save() {},
    async cancel() {},
  };
}
