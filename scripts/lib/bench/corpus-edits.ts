/**
 * The one-article changes of the incremental benchmarks, made in the cached
 * corpus and undone afterwards (the corpus is reused by later runs).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planArticle } from '../corpus/plan-article.ts';
import { renderArticle, toSeedText } from '../corpus/render-article.ts';
import type { CorpusSummary, ManifestEntry } from '../corpus/write-corpus.ts';
import { buildWorld } from '../corpus/world.ts';

export const ADDED_FOLDER = 'articles/bench-added';

/** Write one new article (the generator's next one) and return how to remove it. */
export function addArticle(corpusDir: string, summary: CorpusSummary): () => void {
  const world = buildWorld(summary.seed, summary.articles);
  const article = renderArticle(world, planArticle(world, summary.articles));
  const folder = path.join(corpusDir, ADDED_FOLDER);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${article.slug}.txt`), toSeedText(article));
  return () => rmSync(folder, { recursive: true, force: true });
}

/** Append a paragraph to the first readable .txt article and return how to restore it. */
export function editArticle(corpusDir: string, manifest: ManifestEntry[]): () => void {
  const target = manifest.find((m) => m.bad === null && m.format === 'txt');
  if (target === undefined) throw new Error('no readable .txt article to edit');
  const file = path.join(corpusDir, target.file);
  const original = readFileSync(file);
  writeFileSync(file, Buffer.concat([original, Buffer.from('\nПравка редакции: Сергей Петров, глава компании «Тритон», встретился с журналистами в Женеве.\n', 'utf8')]));
  return () => writeFileSync(file, original);
}

export function readManifest(corpusDir: string): ManifestEntry[] {
  return readFileSync(path.join(corpusDir, 'manifest.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as ManifestEntry);
}
