/**
 * The analysis cache's version: a hash of the code that produces per-article
 * analyses (and of the locked dependency versions), so that changing any
 * stage invalidates cached results without anyone remembering to bump a number.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LIB = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(LIB, '..', '..');
/** What per-article analysis depends on; relative to scripts/lib. */
const SOURCES = ['read', 'entities', 'events', 'segment.ts', 'detect-language.ts', 'analyse-article.ts', 'analyse-file.ts', 'model.ts'];
/**
 * Corpus-level stages that live beside the per-article ones but never run on
 * one article: changing how people are resolved or events clustered must not
 * throw away every cached analysis (test/pipeline/analysis-version.test.ts
 * checks that per-article analysis does not import them).
 */
export const CORPUS_LEVEL = ['entities/resolve-entities.ts', 'entities/curation.ts', 'events/cluster-events.ts', 'events/run-event-stages.ts'];

function filesUnder(entry: string): string[] {
  const full = path.join(LIB, entry);
  if (entry.endsWith('.ts')) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(full, name));
}

function computeVersion(): string {
  const hash = createHash('sha256');
  const skipped = new Set(CORPUS_LEVEL.map((file) => path.join(LIB, file)));
  for (const file of SOURCES.flatMap(filesUnder).filter((file) => !skipped.has(file)).sort()) {
    hash.update(path.relative(LIB, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  try {
    hash.update(readFileSync(path.join(ROOT, 'package-lock.json')));
  } catch {
    // Installed without a lockfile: the code hash alone has to do.
  }
  return hash.digest('hex').slice(0, 16);
}

export const ANALYSIS_VERSION = computeVersion();
