/**
 * Fuzz properties of the per-article readers, shared by
 * test/reliability/fuzz-readers.test.ts (a modest number of runs in CI) and
 * scripts/fuzz.ts (as many as you like).
 */
import fc from 'fast-check';
import { analyseArticle } from '../../article/analyse-article.ts';
import { parseArticle } from '../../article/read/parse-article.ts';
import { decodeText } from '../../article/read/decode-text.ts';
import { segment } from '../../article/segment/segment.ts';
import type { DecodedText } from '../../model/model.ts';
import { articleBytes, articleText, largeArticle } from './arbitraries.ts';
import { checkAnalysis, checkParsed, checkSentences } from './invariants.ts';

export function fail(violations: string[]): void {
  if (violations.length) throw new Error(`${violations.length} violation(s):\n${violations.slice(0, 10).join('\n')}`);
}

/** Every stage that reads one article, run on a decoded text; throws on any violated invariant. */
export function checkReaders(decoded: DecodedText, withAnalysis: boolean): void {
  const parsed = parseArticle(decoded);
  if (parsed.text !== decoded.text) throw new Error('parseArticle changed the text');
  fail(checkParsed(parsed));
  fail(checkSentences(parsed, segment(parsed)));
  if (withAnalysis) fail(checkAnalysis(decoded.text, analyseArticle(decoded)));
}

const decodedFrom = (file: string, text: string): DecodedText => ({ file, text, encoding: 'utf-8', hash: 'fuzz' });

/**
 * parseArticle → segment (→ the whole per-article analysis) on generated text.
 * With `withAnalysis`, call `prepareAnalysis()` first.
 */
export const parseProperty = (withAnalysis: boolean) =>
  fc.property(articleText, ({ ext, text }) => checkReaders(decodedFrom(`articles/fuzz.${ext}`, text), withAnalysis));

/** decodeText on hostile bytes: never throws; what it decodes, the readers digest. */
export const decodeProperty = (withAnalysis: boolean) =>
  fc.property(articleBytes, ({ ext, bytes }) => {
    const file = `articles/fuzz.${ext}`;
    const { decoded, problems } = decodeText(file, bytes);
    if (!decoded) {
      if (!problems.some((problem) => problem.severity === 'error')) throw new Error('decodeText returned nothing without an error problem');
      return;
    }
    if (decoded.text.charCodeAt(0) === 0xfeff) throw new Error('decodeText kept the BOM');
    if (!/^[0-9a-f]{64}$/.test(decoded.hash)) throw new Error(`hash ${decoded.hash} is not sha256 hex`);
    checkReaders(decoded, withAnalysis);
  });

/** Huge single lines, 100k paragraphs, deep nesting: the readers still hold. */
export const largeProperty = (withAnalysis: boolean) =>
  fc.property(largeArticle, ({ ext, text }) => checkReaders(decodedFrom(`articles/large.${ext}`, text), withAnalysis));

