/**
 * The analysis cache's version: a hash of the code that produces per-article
 * analyses (and of the locked dependency versions), so that changing any
 * stage invalidates cached results without anyone remembering to bump a number.
 */
import { hashSources } from './code-version.ts';

/** What per-article analysis depends on; relative to scripts/lib. */
const SOURCES = ['read', 'entities', 'events', 'segment.ts', 'detect-language.ts', 'analyse-article.ts', 'analyse-file.ts', 'model.ts'];
/**
 * Corpus-level stages that live beside the per-article ones but never run on
 * one article: changing how people are resolved or events clustered must not
 * throw away every cached analysis (test/pipeline/analysis-version.test.ts
 * checks that per-article analysis does not import them).
 */
export const CORPUS_LEVEL = ['entities/resolve-entities.ts', 'entities/curation.ts', 'events/cluster-events.ts', 'events/run-event-stages.ts'];

export const ANALYSIS_VERSION = hashSources(SOURCES, CORPUS_LEVEL);
