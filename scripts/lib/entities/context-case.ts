/**
 * Which grammatical case the words around a name suggest: a preposition
 * before it governs a case («у Брода» → genitive), a role noun before it
 * agrees with it («президентом Макроном»), an ordinary noun before it takes
 * a genitive («пластинки Петра Мамонова»), a past-tense verb right after it
 * makes it the subject («Джошуа Вольф заявил»). Used only to choose between
 * readings the name itself leaves open (Александра = Александр in genitive or
 * Александра in nominative).
 */
import { CASE, wordInfo } from './name-morphology.ts';
import { isRoleWord } from './person-cues.ts';
import type { Word } from './tokens-to-words.ts';

const OBLIQUE = CASE.gent | CASE.datv | CASE.accs | CASE.ablt | CASE.loct;
const PREPOSITION_CASES: Record<string, number> = {
  у: CASE.gent, от: CASE.gent, до: CASE.gent, из: CASE.gent, без: CASE.gent, для: CASE.gent, около: CASE.gent,
  после: CASE.gent, против: CASE.gent, среди: CASE.gent, вместо: CASE.gent, кроме: CASE.gent, ради: CASE.gent,
  возле: CASE.gent, мимо: CASE.gent, со: CASE.ablt | CASE.gent, с: CASE.ablt | CASE.gent, к: CASE.datv, ко: CASE.datv,
  по: CASE.datv, о: CASE.loct, об: CASE.loct, обо: CASE.loct, при: CASE.loct, в: CASE.accs | CASE.loct,
  во: CASE.accs | CASE.loct, на: CASE.accs | CASE.loct, за: CASE.accs | CASE.ablt, про: CASE.accs, через: CASE.accs,
  между: CASE.ablt, над: CASE.ablt, под: CASE.ablt | CASE.accs, перед: CASE.ablt,
  // uk
  від: CASE.gent, біля: CASE.gent, після: CASE.gent, серед: CASE.gent, замість: CASE.gent, крім: CASE.gent,
  із: CASE.gent | CASE.ablt, зі: CASE.gent | CASE.ablt, до_: CASE.gent, про_: CASE.accs, між: CASE.ablt,
};
const PAST_VERB = /^[\p{Ll}-]+(л|ла|ло|в|ла|лся|лась)$/u;

/** Likely cases of a name spanning words[from..to] (bitmask), or 0 when the context says nothing. */
export function contextCases(text: string, words: Word[], from: Word, to: Word): number {
  let hint = 0;
  const prev = words[from.index - 1];
  const next = words[to.index + 1];
  const glued = (a: Word, b: Word): boolean => a.sentence === b.sentence && /^[ \u00a0]+$/u.test(text.slice(a.end, b.start));
  if (next && glued(to, next) && !next.cap && PAST_VERB.test(next.lower) && !next.latin) {
    const ni = wordInfo(next.text);
    if (ni.nounCases === 0 && !ni.adjective) return CASE.nomn;
  }
  if (prev && glued(prev, from) && !prev.cap && !prev.latin) {
    const p = PREPOSITION_CASES[prev.lower];
    if (p) return p;
    const pi = wordInfo(prev.text);
    if (isRoleWord(prev.lower, 'ru') && pi.nounCases) hint = pi.nounCases;
    else if (pi.known && pi.nounCases && !pi.functionWord && !pi.adjective) hint = CASE.gent;
  }
  if (!hint && (!prev || prev.sentence !== from.sentence)) hint = CASE.nomn;
  return hint;
}

export { OBLIQUE };
