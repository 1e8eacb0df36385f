import type { ParsedArticle, Sentence } from '../../model/model.ts';
import { splitSentences } from './split-sentences.ts';
import { tokenize } from './tokenize.ts';

/**
 * Split the body blocks into sentences and word tokens, with offsets into
 * article.text. A sentence never crosses a block; code blocks are not prose
 * and yield no sentences.
 */
export function segment(article: ParsedArticle): Sentence[] {
  const sentences: Sentence[] = [];
  const { text, blocks } = article;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'code') continue;
    const tokens = tokenize(text, block.start, block.end);
    for (const [from, to] of splitSentences(text, tokens, block.start)) {
      const own = tokens.slice(from, to);
      sentences.push({ start: own[0].start, end: own[own.length - 1].end, block: b, tokens: own });
    }
  }
  return sentences;
}
