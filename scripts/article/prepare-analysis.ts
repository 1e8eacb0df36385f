import { initMorphology } from '../lang/morphology.ts';
import { loadUkLexicon } from '../lang/uk-lexicon.ts';

/**
 * Load what per-article analysis needs (az for Russian, the Ukrainian lexicon)
 * once per process or worker, before the first `analyseArticle` call.
 */
let prepared: Promise<void> | null = null;

export function prepareAnalysis(): Promise<void> {
  prepared ??= Promise.all([initMorphology(), loadUkLexicon()]).then(() => undefined);
  return prepared;
}
