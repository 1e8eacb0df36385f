/**
 * Benchmark corpora are generated once per (articles, seed, generator version)
 * under the system temp folder and reused by later runs.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { CORPUS_GENERATOR_VERSION, cleanCorpus, generateCorpus, isCompleteCorpus, type CorpusSummary } from '../corpus-generator/write-corpus.ts';

export function corpusCacheDir(articles: number, seed: number, root = path.join(tmpdir(), 'letopis-bench-cache')): string {
  return path.join(root, `corpus-v${CORPUS_GENERATOR_VERSION}-n${articles}-s${seed}`);
}

export function ensureCorpus(articles: number, seed: number, root?: string): { dir: string; summary: CorpusSummary; reused: boolean; seconds: number } {
  const dir = corpusCacheDir(articles, seed, root);
  if (isCompleteCorpus(dir)) {
    const summary = JSON.parse(readFileSync(path.join(dir, 'corpus.json'), 'utf8')) as CorpusSummary;
    return { dir, summary, reused: true, seconds: 0 };
  }
  cleanCorpus(dir);
  const started = performance.now();
  const summary = generateCorpus({ articles, out: dir, seed });
  return { dir, summary, reused: false, seconds: (performance.now() - started) / 1000 };
}
