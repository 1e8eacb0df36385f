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

/** Latin letter groups in the order they are read, with the Russian spelling of each. */
const LATIN_TO_RU: readonly [string, string][] = [
  ['shch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['ya', 'я'], ['yu', 'ю'], ['ye', 'е'], ['yo', 'е'],
  ['iy', 'ий'], ['yy', 'ый'], ['ey', 'ей'], ['ay', 'ай'], ['oy', 'ой'], ['ph', 'ф'], ['th', 'т'], ['ck', 'к'], ['ee', 'и'], ['oo', 'у'],
  ['a', 'а'], ['b', 'б'], ['c', 'к'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'], ['i', 'и'], ['j', 'дж'], ['k', 'к'],
  ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['q', 'к'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'],
  ['w', 'у'], ['x', 'кс'], ['y', 'и'], ['z', 'з'],
];

/** A plain letter-by-letter Russian spelling of a lowercase Latin word, or null when it has other letters. */
function russianOfLatin(lower: string): string | null {
  let out = '';
  let k = 0;
  while (k < lower.length) {
    const pair = LATIN_TO_RU.find(([from]) => lower.startsWith(from, k));
    if (!pair) return null;
    out += pair[1];
    k += pair[0].length;
  }
  return out;
}

/**
 * Whether a lowercase Latin word spells, letter by letter, a given name of the lexicon
 * (romanised Slavic and other names the English list lacks). Names of five Russian letters
 * or more only: short spellings collide with English words.
 */
export function isListedLatinGivenName(lower: string): boolean {
  const ru = russianOfLatin(lower);
  return ru !== null && ru.length >= 5 && isListedGivenName(ru);
}
