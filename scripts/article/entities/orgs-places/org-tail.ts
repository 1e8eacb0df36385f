/**
 * Where the tail of a Russian organisation name ends after its head noun:
 * - genitive words, joined by «и» («Министерство лесного хозяйства и
 *   рыбной ловли»);
 * - then up to two prepositional phrases in the case their preposition
 *   governs («Комитет по делам ремёсел», «Совет при губернаторе … по
 *   туризму», «Организация по миру и развитию в Азии»); a phrase that does
 *   not read so is left out whole, so no span ends on a preposition.
 */
import { TAIL_PREPOSITIONS } from '../../../lang/lexicons/org-place-words.ts';
import type { TokenAnnotation } from '../../../lang/annotate.ts';
import { placeAt } from './known.ts';
import type { Scan } from './scan-context.ts';
import { adjacent } from './words.ts';

/** The cases a tail preposition governs. */
const GOVERNED: Record<string, readonly string[]> = {
  по: ['datv', 'loct'],
  при: ['loct'],
  против: ['gent'],
  за: ['accs'],
};

/** Parts of speech that end a name's tail: verbs, adverbs, short forms, pronouns. */
const NOT_IN_TAIL = ['VERB', 'INFN', 'GRND', 'PRTS', 'ADJS', 'ADVB', 'NPRO', 'PRED', 'CONJ', 'PRCL', 'INTJ', 'PREP', 'NUMR'];

const inTail = (a: TokenAnnotation): boolean => a.best !== undefined && !NOT_IN_TAIL.some((t) => a.best!.tags.has(t));

/** The word reads as a noun or adjective in one of `cases`. */
const inCase = (a: TokenAnnotation, cases: readonly string[]): boolean =>
  a.parses.some((p) => (p.tags.has('NOUN') || p.tags.has('ADJF') || p.tags.has('PRTF')) && cases.some((c) => p.tags.has(c)));

/** A lowercase genitive word right after word `k - 1`. */
function genitiveAt(s: Scan, k: number): boolean {
  const w = s.words[k];
  return w !== undefined && !w.cap && adjacent(s.text, s.words[k - 1]!, w) && s.ann.at(k).genitive && inTail(s.ann.at(k));
}

/** Lowercase genitive words from `from`, «и» joining two of them (not right after the head: «палаты и рабочей группы» are two bodies). */
function genitiveRun(s: Scan, from: number, limit: number): number {
  let k = from;
  while (k < s.words.length && k < limit) {
    if (genitiveAt(s, k)) k++;
    else if (k > from && s.words[k]!.text === 'и' && genitiveAt(s, k + 1) && adjacent(s.text, s.words[k - 1]!, s.words[k]!)) k += 2;
    else break;
  }
  return k;
}

/** A word inside a prepositional phrase: lowercase noun/adjective, a place, an abbreviation, or a capitalised common noun («при Губернаторе»). */
function phraseWordAt(s: Scan, k: number, cases: readonly string[]): number {
  const w = s.words[k];
  if (!w || !adjacent(s.text, s.words[k - 1]!, w)) return 0;
  if (w.cap) {
    const place = placeAt(s, k);
    if (place) return place.length;
    if (w.caps && w.cyrillic && w.text.length >= 2) return 1;
    const a = s.ann.at(k);
    const best = a.best;
    return best && best.known && best.tags.has('NOUN') && !best.tags.has('Name') && !best.tags.has('Surn') && !best.tags.has('Patr') ? 1 : 0;
  }
  // Lowercase words stay in the governed case or the genitive («при главном архитекторе города», not «… глава»).
  const a = s.ann.at(k);
  return inTail(a) && (inCase(a, cases) || a.genitive) ? 1 : 0;
}

/** The end of a prepositional phrase opened at `k`, or `k` when there is none. */
function prepositionalPhrase(s: Scan, k: number): number {
  const prep = s.words[k];
  const cases = prep ? GOVERNED[prep.text] : undefined;
  if (!cases || !TAIL_PREPOSITIONS.has(prep!.text) || !adjacent(s.text, s.words[k - 1]!, prep!)) return k;
  if (!s.words[k + 1] || !inCase(s.ann.at(k + 1), cases)) return k;
  let end = k + 1;
  while (end < s.words.length && end - k <= 6) {
    const n = phraseWordAt(s, end, cases);
    if (n > 0) {
      end += n;
      continue;
    }
    // «по миру и развитию»: «и» joins two words of the phrase.
    if (s.words[end]!.text === 'и' && end > k + 1 && adjacent(s.text, s.words[end - 1]!, s.words[end]!) && phraseWordAt(s, end + 1, cases) > 0 && (!s.words[end + 1]!.cap || placeAt(s, end + 1))) {
      end += 1;
      continue;
    }
    break;
  }
  if (end === k + 1) return k;
  // «по … в Азии»: a place in «в» closes a «по» phrase (not «комитет против … в Женеве», where it is where the body sits).
  const v = s.words[end];
  if (v && prep!.text === 'по' && v.text === 'в' && adjacent(s.text, s.words[end - 1]!, v) && s.words[end + 1]?.cap) {
    const place = adjacent(s.text, v, s.words[end + 1]!) ? placeAt(s, end + 1) : null;
    if (place) end += 1 + place.length;
  }
  return end;
}

/** Where the Russian tail after the head at `j` ends (exclusive). */
export function russianTailEnd(s: Scan, j: number): number {
  const k = genitiveRun(s, j + 1, j + 6);
  if (k > j + 1 && s.words[k - 1]!.text === 'имени') return dedicationEnd(s, k);
  return prepositionalTailEnd(s, k);
}

/**
 * «театра имени Зорина и Зарецкого»: the capitalised names after «имени»
 * (up to three words, «и» joining two names) belong to the body's name; a
 * tail «имени» without a name is left out.
 */
function dedicationEnd(s: Scan, k: number): number {
  const { words, text } = s;
  let end = k;
  let run = 0;
  while (end < words.length && adjacent(text, words[end - 1]!, words[end]!)) {
    const w = words[end]!;
    if (w.cap && w.cyrillic && run < 3) {
      end++;
      run++;
    } else if (w.text === 'и' && run > 0 && words[end + 1]?.cap) {
      end++;
      run = 0;
    } else break;
  }
  while (end > k && !words[end - 1]!.cap) end--;
  return end > k ? end : k - 1;
}

/** Where up to two prepositional phrases opened at word `k` end (`k` when there is none). */
export function prepositionalTailEnd(s: Scan, k: number): number {
  for (let phrases = 0; phrases < 2; phrases++) {
    const end = prepositionalPhrase(s, k);
    if (end === k) break;
    k = end;
  }
  return k;
}
