import { createHash } from 'node:crypto';
import { analyseParsedArticle } from './analyse-article.ts';
import type { ArticleAnalysis, Problem } from '../model/model.ts';
import { parseBytes, readSourceBytes } from './read/read-article.ts';

/** Result of analysing one file, as the analysis cache stores it. */
export interface FileAnalysis {
  analysis: ArticleAnalysis | null;
  problems: Problem[];
  /** Hash of the article body with whitespace collapsed: equal for the same text saved twice. */
  textHash: string | null;
}

/**
 * Analyse one file's bytes, never throwing: a failure inside the analysis
 * becomes an error problem for this file alone.
 */
export function analyseBytes(file: string, bytes: Uint8Array): FileAnalysis {
  const problems: Problem[] = [];
  let analysis: ArticleAnalysis | null = null;
  let textHash: string | null = null;
  try {
    const read = parseBytes(file, bytes);
    problems.push(...read.problems);
    if (read.article) {
      analysis = withoutTokens(analyseParsedArticle(read.article));
      problems.push(...analysis.article.problems);
      const body = read.article.text.slice(analysis.article.body.start, analysis.article.body.end);
      textHash = createHash('sha256').update(body.replace(/\s+/gu, ' ').trim()).digest('hex');
    }
  } catch (error) {
    analysis = null;
    problems.push({
      file,
      severity: 'error',
      message: `Letopis failed while analysing this article (${error instanceof Error ? error.message : String(error)}); it was skipped. This is a bug in Letopis: please report it with the file attached.`,
    });
  }
  return { analysis, problems, textHash };
}

/** Read and analyse one file, never throwing. */
export async function analyseFile(file: string, absolutePath: string): Promise<FileAnalysis> {
  return analyseRead(file, await readSourceBytes(file, absolutePath));
}

/** Analyse what `readSourceBytes` gave: the file's bytes, or the problem that they could not be read. */
export function analyseRead(file: string, read: Uint8Array | Problem): FileAnalysis {
  return read instanceof Uint8Array ? analyseBytes(file, read) : { analysis: null, textHash: null, problems: [read] };
}

/**
 * Tokens are only needed while analysing; later stages and pages use spans.
 * Dropping them keeps the cache and the corpus in memory several times smaller.
 */
function withoutTokens(analysis: ArticleAnalysis): ArticleAnalysis {
  return { ...analysis, sentences: analysis.sentences.map((sentence) => ({ ...sentence, tokens: [] })) };
}
