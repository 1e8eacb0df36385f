/**
 * The analysis cache's version: a hash of the code that produces per-article
 * analyses (and of the locked dependency versions), so that changing any
 * stage invalidates cached results without anyone remembering to bump a number.
 */
import { hashSources } from '../util/code-version.ts';

/**
 * What per-article analysis depends on, relative to scripts/: the per-article
 * stages and the language tools, model and helpers they use. The corpus-level
 * stages live in corpus/, so changing how people are resolved or events
 * clustered never throws away cached analyses (test/pipeline/analysis-version.test.ts
 * checks that per-article analysis imports nothing outside these folders).
 */
export const ANALYSIS_SOURCES = ['article', 'lang', 'model', 'util'];

export const ANALYSIS_VERSION = hashSources(ANALYSIS_SOURCES);
