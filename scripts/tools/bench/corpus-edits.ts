/**
 * The one-article changes of the incremental benchmarks. They are made in a
 * per-run copy of the cached corpus built from hard links (cheap even at
 * 100k files), so concurrent benchmark runs sharing the cache never see each
 * other's edits: an edit writes a new file and renames it over the link,
 * which leaves the cached original untouched.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planArticle } from '../corpus-generator/plan-article.ts';
import { renderArticle, toSeedText } from '../corpus-generator/render-article.ts';
import type { CorpusSummary, ManifestEntry } from '../corpus-generator/write-corpus.ts';
import { buildWorld } from '../corpus-generator/world.ts';

export const ADDED_FOLDER = 'articles/bench-added';

/** Mirror `<corpus>/articles` into `<target>/articles` with hard links (copies across devices). */
export function linkCorpus(corpusDir: string, target: string): void {
  const walk = (from: string, to: string): void => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const src = path.join(from, entry.name);
      const dst = path.join(to, entry.name);
      if (entry.isDirectory()) walk(src, dst);
      else if (entry.isFile()) {
        try {
          linkSync(src, dst);
        } catch {
          copyFileSync(src, dst);
        }
      }
    }
  };
  walk(path.join(corpusDir, 'articles'), path.join(target, 'articles'));
}

/** Write one new article (the generator's next one, or the `nth` after the corpus: 0, 1, …) into the run's copy. */
export function addArticle(contentDir: string, summary: CorpusSummary, nth = 0): string {
  const world = buildWorld(summary.seed, summary.articles);
  const article = renderArticle(world, planArticle(world, summary.articles + nth));
  const folder = path.join(contentDir, ADDED_FOLDER);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${article.slug}.txt`);
  writeFileSync(file, toSeedText(article));
  return file;
}

/** Append a paragraph to the first readable .txt article of the run's copy (new inode, the cache is untouched). */
export function editArticle(contentDir: string, manifest: ManifestEntry[]): string {
  const target = manifest.find((m) => m.bad === null && m.format === 'txt');
  if (target === undefined) throw new Error('no readable .txt article to edit');
  const file = path.join(contentDir, target.file);
  const edited = Buffer.concat([readFileSync(file), Buffer.from('\nПравка редакции: Сергей Петров, глава компании «Тритон», встретился с журналистами в Женеве.\n', 'utf8')]);
  writeFileSync(`${file}.tmp`, edited);
  renameSync(`${file}.tmp`, file);
  return file;
}

export function readManifest(corpusDir: string): ManifestEntry[] {
  return readFileSync(path.join(corpusDir, 'manifest.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as ManifestEntry);
}
