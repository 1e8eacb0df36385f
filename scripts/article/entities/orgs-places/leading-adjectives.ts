/**
 * Adjectives before an organisation that belong to its mention:
 * - «японского МИДа», «ежемесячной газеты «…»», «государственной Комиссии по …»:
 *   lowercase full adjectives (Russian only: the dictionary must read them as
 *   adjectives, and not as participles, pronouns or evaluative adjectives —
 *   «возглавляемая ею партия», «этой партии», «влиятельного комитета»);
 * - «Черкаської ОДА», «Одеського НПЗ», «Московского НПЗ»: a capitalised
 *   adjective of a place before an abbreviation or a lowercase noun («Тверского
 *   горкома …») (any language, by its ending).
 */
import { EVALUATIVE_ADJECTIVES } from '../../../lang/lexicons/org-span-words.ts';
import type { Found, Scan } from './scan-context.ts';
import { adjacent, type Word } from './words.ts';

/** At most this many adjectives are taken: longer runs are descriptions, not names. */
const MAX_ADJECTIVES = 3;
/** Adjectives of places by their ending, in any case and gender (ru/uk). */
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+(ськ|цьк|зьк|ск|цк)(ий|ого|ому|им|ім|ій|а|ої|ою|у|е|ая|ой|ую|ое|их|і|ие)$/u;

/** How many lowercase full adjectives (not qualitative) stand right before word `k`. */
function lowercaseAdjectivesBefore(s: Scan, k: number): number {
  // The cases the mention's first word can be in: an adjective of another case belongs to another phrase
  // («подконтрольный городскому правительству»). Indeclinable first words tell nothing.
  const cases = new Set(s.ann.at(k).parses.flatMap((p) => CASES.filter((c) => p.tags.has(c))));
  let taken = 0;
  while (k - taken > 0 && taken < MAX_ADJECTIVES) {
    const w = s.words[k - taken - 1]!;
    const a = s.ann.at(k - taken - 1);
    const adjective = a.adjective;
    if (w.cap || !w.cyrillic || !adjective || !adjective.tags.has('ADJF') || EVALUATIVE_ADJECTIVES.has(adjective.lemma) || !adjacent(s.text, w, s.words[k - taken]!)) break;
    if (cases.size > 0 && !a.parses.some((p) => p.tags.has('ADJF') && CASES.some((c) => cases.has(c) && p.tags.has(c)))) break;
    taken++;
  }
  return taken;
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** Whether a capitalised place adjective stands right before the abbreviation or lowercase unit noun at word `k`. */
function placeAdjectiveBefore(s: Scan, k: number): boolean {
  const w: Word | undefined = s.words[k - 1];
  const at = s.words[k]!;
  return w !== undefined && (at.caps || !at.cap) && w.cyrillic && PLACE_ADJECTIVE.test(w.text) && adjacent(s.text, w, at);
}

/** Move the start of each organisation found at or after `from` in `s.out` over the adjectives before it. */
export function withLeadingAdjectives(s: Scan, from: number): void {
  const { words, out } = s;
  for (let f = from; f < out.length; f++) {
    const found: Found = out[f]!;
    if (found.type !== 'org') continue;
    const k = words.findIndex((w) => w.start === found.start);
    if (k < 0) continue;
    const taken = placeAdjectiveBefore(s, k) ? 1 : s.lang === 'ru' ? lowercaseAdjectivesBefore(s, k) : 0;
    if (taken) out[f] = { ...found, start: words[k - taken]!.start };
  }
}
