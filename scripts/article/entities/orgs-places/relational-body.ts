/**
 * A state body named by a lowercase adjective of its country or city and a
 * head noun («израильского правительства», «японское ведомство иностранных
 * дел», «бразильской сборной»): the adjective says whose body it is, so the
 * phrase points at one organisation, like «правительства Израиля» does.
 * Only singular heads of bodies a country has one of (STATE_BODY_HEADS):
 * «российские компании» or «американской компании» name no one.
 */
import { EVALUATIVE_ADJECTIVES, STATE_BODY_HEADS } from '../../../lang/lexicons/org-span-words.ts';
import { nominativePhrase } from './org-phrase.ts';
import { russianTailEnd } from './org-tail.ts';
import type { Matcher, Scan } from './scan-context.ts';
import { adjacent } from './words.ts';

/** Lowercase relational adjectives in -ский/-цкий (any form), checked by spelling before the dictionary is asked. */
const RELATIONAL_SHAPE = /^[а-яё-]+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|им|ими)$/u;

/** The word is a lowercase full adjective that no evaluative lemma is. */
function adjectiveAt(s: Scan, k: number): boolean {
  const w = s.words[k];
  if (!w || w.cap || !w.cyrillic) return false;
  const adjective = s.ann.at(k).adjective;
  return adjective !== undefined && adjective.tags.has('ADJF') && !EVALUATIVE_ADJECTIVES.has(adjective.lemma);
}

/** A singular head of a state body («сборной» reads first as an adjective, but is the noun here). */
function headAt(s: Scan, j: number): boolean {
  const a = s.ann.at(j);
  const noun = a.noun;
  return noun !== undefined && STATE_BODY_HEADS.has(noun.lemma) && !noun.tags.has('plur') && (a.best === noun || a.best?.tags.has('ADJF') === true);
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** The adjective at `i` and the head at `j` agree in the singular in some case («норвежские министерства» do not). */
function singularAgreement(s: Scan, i: number, j: number): boolean {
  const heads = s.ann.at(j).parses.filter((p) => p.tags.has('NOUN') && p.tags.has('sing'));
  return s.ann.at(i).parses.some((a) => a.tags.has('ADJF') && a.tags.has('sing') && heads.some((h) => CASES.some((c) => a.tags.has(c) && h.tags.has(c))));
}

export const matchRelationalBody: Matcher = (s, i) => {
  const { words, text } = s;
  const first = words[i]!;
  if (first.cap || !first.cyrillic || first.text.length < 6 || !RELATIONAL_SHAPE.test(first.text) || !adjectiveAt(s, i)) return 0;
  let j = i + 1;
  while (j < words.length && j - i < 3 && adjacent(text, words[j - 1]!, words[j]!) && !headAt(s, j) && adjectiveAt(s, j)) j++;
  const head = words[j];
  if (!head || head.cap || !adjacent(text, words[j - 1]!, head) || !headAt(s, j) || !singularAgreement(s, i, j)) return 0;
  const k = russianTailEnd(s, j);
  s.out.push({ type: 'org', concept: null, name: nominativePhrase(s, i, j, k, true), start: first.start, end: words[k - 1]!.end, sentence: s.sentence });
  return k - i;
};
