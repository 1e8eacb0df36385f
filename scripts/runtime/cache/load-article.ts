/**
 * Reading one article back once the knowledge base is built: its decoded text
 * and its whole analysis (from the cache, or analysed again if the cache entry
 * is gone). Used by the page and entry renderers, in the main thread or in a
 * render worker, so it takes plain data, not closures.
 */
import { readFileSync } from 'node:fs';
import { readCached } from './analysis-cache.ts';
import { FatalError } from '../../util/fatal-error.ts';
import type { ArticleAnalysis } from '../../model/model.ts';
import { decodeText } from '../../article/read/decode-text.ts';

export interface ArticleSpec {
  /** Path relative to the content folder (what problems and ids use). */
  file: string;
  /** Absolute path. */
  path: string;
  /** Cache key of its analysis ('' when it was not cached). */
  key: string;
  cacheDir: string;
}

export interface LoadedArticle {
  text: string;
  analysis: ArticleAnalysis;
}

export function readArticleText(spec: ArticleSpec): string {
  const { decoded } = decodeText(spec.file, readFileSync(spec.path));
  return decoded?.text ?? '';
}

export async function loadArticle(spec: ArticleSpec): Promise<LoadedArticle> {
  const cached = spec.key ? readCached(spec.cacheDir, spec.key) : null;
  let analysis = cached?.analysis ?? null;
  if (!analysis) {
    // Rare (the cache entry vanished mid-run): loaded on demand, so a render worker never pays for the analysers.
    const [{ prepareAnalysis }, { analyseFile }] = await Promise.all([import('../../article/prepare-analysis.ts'), import('../../article/analyse-file.ts')]);
    await prepareAnalysis();
    analysis = (await analyseFile(spec.file, spec.path)).analysis;
  }
  if (!analysis) throw new FatalError(`${spec.file} could not be read again while its page was written (was it deleted during the run?). Run the ingest again.`);
  return { text: readArticleText(spec), analysis };
}
