/**
 * Ukrainian: a capitalised word in the locative after «в»/«у» («у Зорянську»,
 * «в Зорянові», «у Зорянах») is a place. The Ukrainian lexicon has no
 * toponym class (it lists cities and surnames alike as proper nouns), but the
 * locative after «в/у» is where places stand; a person there is rare («у
 * Петренка» is a genitive, and is left alone by the ending).
 */
import { ukLexiconIfLoaded } from '../../../lang/uk-lexicon.ts';
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
  const name = nominative(w.text);
  if (!name) return 0;
  s.out.push({ type: 'place', concept: null, name, start: w.start, end: w.end, sentence: s.sentence });
  return 1;
};

/**
 * The nominative of a locative place name: the first guess the Ukrainian
 * lexicon lists as a proper noun (Зорянові → Зорянов, Севастополі → Севастополь,
 * Черкасах → Черкаси), else the form itself when it is listed (indeclinable
 * names). Null without the lexicon or a listed form: a name left in the
 * locative would not match the same place named elsewhere.
 */
function nominative(form: string): string | null {
  const lexicon = ukLexiconIfLoaded();
  if (!lexicon) return null;
  const guesses: string[] = [];
  const plural = /^(.+?)(ах|ях)$/u.exec(form);
  if (plural) guesses.push(`${plural[1]!}и`, `${plural[1]!}і`);
  const adjectival = /^(.+(?:ськ|цьк|зьк))у$/u.exec(form);
  if (adjectival) guesses.push(adjectival[1]!);
  // The bare stem first (Кіровограді → Кіровоград): the lexicon lists every case form, so «…а» may be a masculine genitive.
  const stem = /[ії]$/u.test(form) ? form.slice(0, -1) : null;
  if (stem) guesses.push(stem, `${stem}а`, `${stem}ь`, `${stem}я`);
  const possessive = /^(.+)(ові|еві|єві)$/u.exec(form);
  if (possessive) guesses.push(possessive[1]!);
  guesses.push(form);
  return guesses.find((g) => lexicon.isProperNoun(g)) ?? null;
}
