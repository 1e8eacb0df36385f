/**
 * The analysis cache's version hashes only the folders per-article analysis
 * is made of (`ANALYSIS_SOURCES`). That is only sound while nothing that
 * analyses one article imports anything outside them: this walks the import graph.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_SOURCES } from '../../scripts/article/analysis-version.ts';
import { importGraph } from '../helpers/import-graph.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

const SCRIPTS = path.join(PROJECT_ROOT, 'scripts');
describe('analysis version', () => {
  it('covers every module per-article analysis loads, and no corpus-level stage', () => {
    const reached = new Set([...importGraph(path.join(SCRIPTS, 'article', 'analyse-file.ts'))]);
    expect(reached.size).toBeGreaterThan(20);
    const outside = [...reached]
      .map((file) => path.relative(SCRIPTS, file))
      .filter((file) => !ANALYSIS_SOURCES.some((folder) => file.startsWith(`${folder}${path.sep}`)));
    expect(outside).toEqual([]);
  });
});
