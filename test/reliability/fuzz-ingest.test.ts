/**
 * Property-based fuzzing of the whole ingest: generated content folders of up
 * to 10 hostile files each (see scripts/lib/fuzz/arbitraries.ts). `npm run
 * fuzz` runs the same property with more and bigger corpora.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ingestProperty } from '../../scripts/tools/fuzz/ingest-properties.ts';
import { tempRoot } from '../helpers/paths.ts';

const SEED = 20251125;

describe('fuzz: whole ingest', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempRoot('fuzz-');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('never throws; every file is an article or a problem; kb.json is schema-valid; every offset holds', async () => {
    await fc.assert(ingestProperty(root, 10), { numRuns: 60, seed: SEED });
  }, 600_000);
});
