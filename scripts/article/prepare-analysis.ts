import { initMorphology } from '../lang/morphology.ts';

/**
 * Load what per-article analysis needs (morphology dictionaries) once per
 * process or worker, before the first `analyseArticle` call.
 */
let prepared: Promise<void> | null = null;

export function prepareAnalysis(): Promise<void> {
  prepared ??= initMorphology();
  return prepared;
}
