/**
 * Property-based fuzzing of the per-article readers (CI budget: 2,800
 * cases; fuzz-ingest.test.ts fuzzes the whole ingest; `npm run fuzz`
 * runs the same properties with as many cases as you like). A fixed seed keeps
 * CI reproducible; the fuzz script uses a fresh one each time.
 */
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { decodeProperty, parseProperty } from '../../scripts/lib/fuzz/reader-properties.ts';
import { prepareAnalysis } from '../../scripts/lib/prepare-analysis.ts';

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

