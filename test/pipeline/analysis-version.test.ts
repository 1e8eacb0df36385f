/**
 * The analysis cache's version hashes the per-article stages' code but leaves
 * out the corpus-level ones (`CORPUS_LEVEL`). That is only sound while nothing
 * that analyses one article imports them: this walks the import graph.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_LEVEL } from '../../scripts/lib/analysis-version.ts';
import { importGraph } from '../helpers/import-graph.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

const LIB = path.join(PROJECT_ROOT, 'scripts', 'lib');
describe('analysis version', () => {
  it('covers every module per-article analysis loads, and none of the corpus-level stages', () => {
    const reached = new Set([...importGraph(path.join(LIB, 'analyse-worker.ts')), ...importGraph(path.join(LIB, 'analyse-file.ts'))]);
    expect(reached.size).toBeGreaterThan(20);
    for (const file of CORPUS_LEVEL) expect(reached.has(path.join(LIB, file)), file).toBe(false);
  });
});
