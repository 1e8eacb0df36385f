/**
 * Given-name readings from the name lexicon (scripts/lang/given-names.ts) for
 * a word the Russian dictionary does not know: «Иветой», «Ернара» are case
 * forms of listed names. The form is taken back to each
 * nominative its ending allows and kept where the lexicon lists it.
 */
import { ALL_CASES, CASE } from '../../lang/grammatical-case.ts';
import { isListedGivenName } from '../../lang/given-names.ts';
import type { Gender, NameReading } from './word-info.ts';

interface Candidate {
  nominative: string;
  cases: number;
  gender: Gender;
}

const CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/u;
const { nomn, gent, datv, accs, ablt, loct } = CASE;

/**
 * -а/-я names: the ending of each oblique case and the nominative ending it
 * comes from. A hard stem takes -ы in the genitive (Кима, Кимы), so -и is an
 * -а name's only after г, к, х and the hushing consonants; Кими is a name of
 * its own.
 */
const A_STEM: [RegExp, string, number][] = [
  [/ой$|ою$/u, 'а', ablt], [/ей$|ею$/u, 'я', ablt], [/ы$/u, 'а', gent], [/и$/u, 'я', gent | datv | loct], [/(?<=[гкхжшчщ])и$/u, 'а', gent],
  [/е$/u, 'а', datv | loct], [/е$/u, 'я', datv | loct], [/у$/u, 'а', accs], [/ю$/u, 'я', accs],
];
/** Consonant-stem names: hard (-а, -у, -ом, -е) and soft in -й or -ь (-я, -ю, -ем, -е). */
const CONSONANT_STEM: [RegExp, string[], number][] = [
  [/а$/u, [''], gent | accs], [/у$/u, [''], datv], [/ом$/u, [''], ablt], [/е$/u, ['', 'й', 'ь'], loct],
  [/я$/u, ['й', 'ь'], gent | accs], [/ю$/u, ['й', 'ь'], datv], [/ем$/u, ['й', 'ь', ''], ablt],
];

function candidates(lower: string): Candidate[] {
  const out: Candidate[] = [];
  if (/[ая]$/u.test(lower)) out.push({ nominative: lower, cases: nomn, gender: 'f' });
  else if (CONSONANT.test(lower) || /[йь]$/u.test(lower)) out.push({ nominative: lower, cases: nomn, gender: 'm' });
  // Names in -и, -о, -у, -е, -э stay as written in every case (Кими, Мете, Франсуа aside).
  else out.push({ nominative: lower, cases: ALL_CASES, gender: null });
  for (const [ending, nominativeEnding, cases] of A_STEM) {
    if (ending.test(lower)) out.push({ nominative: lower.replace(ending, nominativeEnding), cases, gender: 'f' });
  }
  for (const [ending, stems, cases] of CONSONANT_STEM) {
    if (!ending.test(lower)) continue;
    const stem = lower.replace(ending, '');
    for (const tail of stems) if (tail || CONSONANT.test(stem)) out.push({ nominative: stem + tail, cases, gender: 'm' });
  }
  return out;
}

/** Readings of `word` (capitalised, Russian spelling) as a case form of a listed given name; [] when none fits. */
export function listedFirstReadings(word: string): NameReading[] {
  const lower = word.toLowerCase().replace(/ё/gu, 'е');
  if (lower.length < 3) return [];
  const readings: NameReading[] = [];
  const all = candidates(lower);
  // A form listed as it stands is that name (Кими, not a case of «Кима»).
  for (const c of isListedGivenName(lower) ? all.slice(0, 1) : all) {
    if (c.nominative.length < 3 || !isListedGivenName(c.nominative)) continue;
    const same = readings.find((r) => r.lemma === c.nominative && r.gender === c.gender);
    if (same) same.cases |= c.cases;
    else readings.push({ lemma: c.nominative, gender: c.gender, cases: c.cases, score: 1 });
  }
  return readings;
}
