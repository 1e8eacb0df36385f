/**
 * Russian place names of more than one word that the single-word rules miss:
 * - capitalised adjectives (any reading: «Тверской» is also a street name of
 *   its own), lowercase adjectives, then a place head noun («Новодевичьем
 *   кладбище», «Северо-Зорянском федеральном округе»), named in the nominative;
 * - a lowercase noun of a kind of place before a name that some reading makes
 *   a toponym, or that the dictionary does not know («городе Грозном», «мысе
 *   Зорин»): the mention spans both, as for «реки …» (proper-names.ts).
 */
import { inflectWord } from '../../../lang/morphology.ts';
import { PLACE_DESCRIPTORS, PLACE_HEADS } from '../../../lang/lexicons/org-place-words.ts';
import { MORE_PLACE_DESCRIPTORS, MORE_PLACE_HEADS } from '../../../lang/lexicons/org-span-words.ts';
import type { Matcher, Scan } from './scan-context.ts';
import { adjacent, capitaliseLike } from './words.ts';

const isPlaceHead = (lemma: string): boolean => PLACE_HEADS.has(lemma) || MORE_PLACE_HEADS.has(lemma);

/** Some known reading of the word is a full adjective. */
const adjectiveReading = (s: Scan, k: number): boolean => s.ann.at(k).parses.some((p) => p.tags.has('ADJF') && (p.known || s.words[k]!.text.includes('-')));

/** The head noun at `k` closing a place name, singular or plural. */
function headAt(s: Scan, k: number): boolean {
  const w = s.words[k];
  const noun = w && !w.cap ? s.ann.at(k).noun : undefined;
  return noun !== undefined && isPlaceHead(noun.lemma);
}

function adjectivesAndHead(s: Scan, i: number): number {
  const { words, text } = s;
  if (!words[i]!.cap || !adjectiveReading(s, i)) return 0;
  let j = i + 1;
  while (j < words.length && j - i < 3 && adjacent(text, words[j - 1]!, words[j]!) && !words[j]!.cap && !headAt(s, j) && s.ann.at(j).adjective) j++;
  if (j >= words.length || !adjacent(text, words[j - 1]!, words[j]!) || !headAt(s, j)) return 0;
  const noun = s.ann.at(j).noun!;
  const plural = noun.tags.has('plur');
  const gender = ['masc', 'femn', 'neut'].find((g) => noun.tags.has(g)) ?? 'masc';
  const grammemes = plural ? ['nomn', 'plur'] : ['nomn', 'sing', gender];
  const parts = words.slice(i, j).map((w) => nominativeAdjective(w.text, grammemes));
  parts.push(inflectWord(words[j]!.text, plural ? ['nomn', 'plur'] : ['nomn'], (p) => p.tags.has('NOUN')) ?? noun.lemma);
  s.out.push({ type: 'place', concept: null, name: parts.join(' '), start: words[i]!.start, end: words[j]!.end, sentence: s.sentence });
  return j - i + 1;
}

/** An adjective in the nominative; a hyphenated one («Северо-Зорянского») inflects its last part only. */
function nominativeAdjective(word: string, grammemes: string[]): string {
  const cut = word.lastIndexOf('-') + 1;
  const last = word.slice(cut);
  return word.slice(0, cut) + capitaliseLike(inflectWord(last, grammemes, (p) => p.tags.has('ADJF')) ?? last, last);
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/**
 * The name stands in apposition to the singular descriptor: in its case
 * («городе Грозном») or left in the nominative («района Зорино»), not a
 * genitive of another place («район Дюссельдорфа», «регионов России»).
 */
function apposition(s: Scan, i: number): boolean {
  const descriptor = s.ann.at(i).noun!;
  if (descriptor.tags.has('plur')) return false;
  const cases = CASES.filter((c) => descriptor.tags.has(c));
  return s.ann.at(i + 1).parses.some((p) => !p.tags.has('plur') && (p.tags.has('nomn') || cases.some((c) => p.tags.has(c))));
}

function descriptorAndName(s: Scan, i: number): number {
  const { words, text } = s;
  const d = words[i]!;
  const next = words[i + 1];
  if (d.cap || !next || !next.cap || !next.cyrillic || next.caps || !adjacent(text, d, next)) return 0;
  const lemma = s.ann.at(i).noun?.lemma ?? '';
  if (!PLACE_DESCRIPTORS.has(lemma) && !MORE_PLACE_DESCRIPTORS.has(lemma)) return 0;
  const a = s.ann.at(i + 1);
  const place = a.place;
  if ((!place && a.known) || !apposition(s, i)) return 0;
  const name = place ? capitaliseLike(place.lemma, next.text) : next.text;
  s.out.push({ type: 'place', concept: null, name, start: d.start, end: next.end, sentence: s.sentence });
  return 2;
}

export const matchPlacePhrase: Matcher = (s, i) => (s.words[i]!.cap ? adjectivesAndHead(s, i) : descriptorAndName(s, i));
