/**
 * Given names of many origins (Central Asian, Arabic, Turkish, Scandinavian,
 * Western, Slavic) in Russian spelling, from the lexicon in
 * lexicons/given-names.data.ts: the Russian dictionary knows only the common
 * ones, so «Ивета», «Ернар» would otherwise read as unknown words. Built on
 * first use. (Latin spellings are not matched: the list's skeletons collide
 * with ordinary English words such as May, Royal, Said.)
 */
import { GIVEN_NAMES } from './lexicons/given-names.data.ts';

let names: Set<string> | null = null;

function nameSet(): Set<string> {
  if (!names) {
    names = new Set(GIVEN_NAMES.split('\n').filter(Boolean));
  }
  return names;
}

/** Whether a lowercase nominative in Russian spelling (ё as е) is a given name of the lexicon. */
export function isListedGivenName(lowerRu: string): boolean {
  return nameSet().has(lowerRu);
}

/** A Ukrainian spelling of a name in the list's Russian spelling (вікторія → виктория, ґ → г); Russian stays. */
function russianSpelling(lower: string): string {
  return lower.replace(/[іїи]/gu, (c) => (c === 'и' ? 'ы' : 'и')).replace(/є/gu, 'е').replace(/ґ/gu, 'г').replace(/['’ʼ]/gu, '');
}

/** Whether a lowercase nominative in Russian or Ukrainian spelling is a given name of the lexicon. */
export function isListedGivenNameAnySpelling(lower: string): boolean {
  return isListedGivenName(lower.replace(/ё/gu, 'е')) || (/[іїєґ]/u.test(lower) && isListedGivenName(russianSpelling(lower)));
}
