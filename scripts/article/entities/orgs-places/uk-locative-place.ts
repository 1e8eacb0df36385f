/**
 * Ukrainian: a capitalised word in the locative after «в»/«у» («у Зорянську»,
 * «в Зорянові», «у Зорянах») is a place. The Ukrainian lexicon has no
 * toponym class (it lists cities and surnames alike as proper nouns), but the
 * locative after «в/у» is where places stand; a person there is rare («у
 * Петренка» is a genitive, and is left alone by the ending).
 */
import type { Matcher } from './scan-context.ts';
import { adjacent } from './words.ts';

const IN = new Set(['в', 'у', 'В', 'У']);
/** Locative endings of place names: -і/-ї, -ах/-ях, and -у after -ськ/-цьк/-зьк. */
const LOCATIVE = /^\p{Lu}[\p{Ll}'’-]{2,}(?:[^аеєиіїоуюяь'’]і|ї|[^аеєиіїоуюя]ах|ях|(?:ськ|цьк|зьк)у)$/u;

export const matchUkLocativePlace: Matcher = (s, i) => {
  const w = s.words[i]!;
  const prev = s.words[i - 1];
  const next = s.words[i + 1];
  if (!prev || !IN.has(prev.text) || !w.cyrillic || w.caps || !LOCATIVE.test(w.text) || !adjacent(s.text, prev, w)) return 0;
  // «у Олені Петренко»: a capitalised word after it makes a person's name.
  if (next && next.cap && adjacent(s.text, w, next)) return 0;
  // A common word capitalised («У Мережі», an adjective) is no place.
  const best = s.ann.at(i).best;
  if (best && best.known && !best.tags.has('NOUN')) return 0;
  s.out.push({ type: 'place', concept: null, name: w.text, start: w.start, end: w.end, sentence: s.sentence });
  return 1;
};
