/**
 * An analysis without its page-only parts, and the signature that stands for
 * them. Resolution and clustering never read an article's sentences and
 * blocks (a large part of an analysis); its page does. So the corpus is held slim,
 * and the signature (with the file's bytes, via the cache key) tells the
 * output whether the article's page must be rendered again: a cache rebuilt
 * by a changed analyser under the same key must not let stale pages through.
 * Made where the analysis is (a worker, the cache reader), so the full
 * analysis never has to reach the main thread.
 */
import type { FileAnalysis } from '../../article/analyse-file.ts';
import { signature } from './reuse-output.ts';

/** '' for a result without an analysis or without a cache key: never re-used. */
export function pageSignature(key: string, result: FileAnalysis): string {
  const { analysis } = result;
  if (!analysis || !key) return '';
  const { body, blocks } = analysis.article;
  return signature(key, body, blocks, analysis.sentences.map((s) => [s.start, s.end]));
}

export function slimResult(result: FileAnalysis): FileAnalysis {
  const { analysis } = result;
  if (!analysis) return result;
  return { ...result, analysis: { ...analysis, article: { ...analysis.article, blocks: [] }, sentences: [] } };
}
