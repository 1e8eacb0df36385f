/**
 * "Nothing changed" detection. A run records in its output a digest of
 * everything the output is a function of: Letopis's code and locked
 * dependencies, the content and output folders, every content file's path,
 * size and modification time (the trust file-keys.ts already gives them) and
 * the curation. A later run whose digest matches, over an output that still
 * holds all its files, has nothing to do: `npm run build` after `npm run
 * ingest`, or after a change to the site's look, skips the ingest instead of
 * redoing it to the same bytes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashSources } from '../../util/code-version.ts';
import type { SourceFile } from '../../model/model.ts';

export const STAMP = '.letopis-stamp.json';

/** Every module under scripts/ that an ingest can load (all but the tools): what any output file can depend on. */
const PIPELINE_VERSION = hashSources(['.'], ['tools']);

export interface StampInputs {
  contentDir: string;
  outDir: string;
  files: readonly SourceFile[];
  /** Whatever else the output depends on that the files' stats do not show (curation, discovery problems). */
  extra: unknown;
}

export interface BuildStamp<R> {
  digest: string;
  /** When the run that wrote it began (ms since the epoch): files changed after that are never trusted. */
  startedAt: number;
  /** Entries under the output folder, the stamp included. */
  entries: number;
  /** What the run reported, for a run that skips the work to report again. */
  record: R;
}

export function stampDigest(inputs: StampInputs): string {
  const hash = createHash('sha256');
  hash.update(`${PIPELINE_VERSION}\0${inputs.contentDir}\0${inputs.outDir}\0${JSON.stringify(inputs.extra)}\0`);
  for (const file of inputs.files) hash.update(`${file.file}\0${file.size}\0${file.mtimeMs}\n`);
  return hash.digest('hex');
}

function countEntries(dir: string): number {
  return readdirSync(dir, { recursive: true }).length;
}

/** Write the stamp into the finished staging folder, just before it is swapped in. */
export function writeStamp<R>(stagingDir: string, digest: string, startedAt: number, record: R): void {
  const entries = countEntries(stagingDir) + 1;
  const stamp: BuildStamp<R> = { digest, startedAt, entries, record };
  writeFileSync(path.join(stagingDir, STAMP), `${JSON.stringify(stamp)}\n`);
}

/**
 * The stamp of `outDir` if the output is current for `digest`: same digest,
 * no content file modified at or after the run that wrote it began (so an
 * edit racing that run is never missed), and no output file gone. Null
 * otherwise, and whenever anything cannot be read.
 */
export function currentStamp<R>(outDir: string, digest: string, files: readonly SourceFile[]): BuildStamp<R> | null {
  try {
    const stamp = JSON.parse(readFileSync(path.join(outDir, STAMP), 'utf8')) as BuildStamp<R>;
    if (stamp.digest !== digest) return null;
    if (files.some((file) => file.mtimeMs >= stamp.startedAt)) return null;
    return countEntries(outDir) === stamp.entries ? stamp : null;
  } catch {
    return null;
  }
}

