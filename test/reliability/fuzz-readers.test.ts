/**
 * Property-based fuzzing of the per-article readers (CI budget: 2,800
 * cases; fuzz-ingest.test.ts fuzzes the whole ingest; `npm run fuzz`
 * runs the same properties with as many cases as you like). A fixed seed keeps
 * CI reproducible; the fuzz script uses a fresh one each time.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../scripts/article/analyse-article.ts';
import { checkAnalysis, checkParsed, checkSentences } from '../../scripts/tools/fuzz/invariants.ts';
import { parseArticle } from '../../scripts/article/read/parse-article.ts';
import { segment } from '../../scripts/article/segment/segment.ts';
import { decodeProperty, parseProperty } from '../../scripts/tools/fuzz/reader-properties.ts';
import { prepareAnalysis } from '../../scripts/article/prepare-analysis.ts';

const SEED = 20251125;

describe('fuzz: readers', () => {
  beforeAll(() => prepareAnalysis(), 120_000);

  it('parseArticle and segment hold their offsets on generated text', () => {
    fc.assert(parseProperty(false), { numRuns: 1000, seed: SEED });
  });

  it('decodeText never throws on hostile bytes, and what it decodes parses and segments', () => {
    fc.assert(decodeProperty(false), { numRuns: 1000, seed: SEED });
  });

  it('the whole per-article analysis (entities, quotes, events) holds its offsets', () => {
    fc.assert(parseProperty(true), { numRuns: 400, seed: SEED });
    fc.assert(decodeProperty(true), { numRuns: 400, seed: SEED + 1 });
  }, 300_000);
});


describe('the invariants can fail', () => {
  beforeAll(() => prepareAnalysis(), 120_000);

  it('a shifted mention, a block outside the text and a bad token are each caught', () => {
    const text = ' date 2025-08-24 Владимир Путин встретился с Дональдом Трампом на Аляске.\n';
    const decoded = { file: 'articles/a.txt', text, encoding: 'utf-8', hash: 'x' };
    const analysis = analyseArticle(decoded);
    expect(checkAnalysis(text, analysis)).toEqual([]);
    const person = analysis.entities.find((entity) => entity.mentions.length > 0);
    expect(person).toBeDefined();
    const shifted = structuredClone(analysis);
    shifted.entities[analysis.entities.indexOf(person!)].mentions[0].start += 1;
    expect(checkAnalysis(text, shifted)).not.toEqual([]);
    const parsed = parseArticle(decoded);
    expect(checkParsed({ ...parsed, blocks: [{ start: 0, end: text.length + 5, kind: 'paragraph' }] })).not.toEqual([]);
    const sentences = segment(parsed);
    sentences[0].tokens[0] = { ...sentences[0].tokens[0], text: 'не то' };
    expect(checkSentences(parsed, sentences)).not.toEqual([]);
  });
});
