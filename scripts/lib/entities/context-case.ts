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
/** «Вольфа (Wolf)»: a Latin gloss ending in a consonant while the Cyrillic form adds an ending. */
const LATIN_GLOSS = /^[ \u00a0]*\([A-Za-z][A-Za-z .'-]*[bcdfghjklmnpqrstvwxz]\)/u;
const CYRILLIC_CASE_ENDING = /[бвгджзклмнпрстфхцчшщ](а|я|у|ю|ом|ем|е)$/u;

const AND = new Set(['и', 'или', 'та', 'й']);

/**
 * «Кими Райкконена и Марка Уэббера», «Авраама и Абу Машара»: names joined by
 * «и» share a case, so a neighbour whose name reading has no nominative
 * lends its cases. `conj` is the word next to the name, `dir` the side.
 */
function coordinatedCases(words: Word[], conj: Word | undefined, dir: 1 | -1, glued: (a: Word, b: Word) => boolean): number {
  if (!conj || !AND.has(conj.lower)) return 0;
  const other = words[conj.index + dir];
  if (!other || !other.cap || other.latin || !(dir > 0 ? glued(conj, other) : glued(other, conj))) return 0;
  const oi = wordInfo(other.text);
  let c = 0;
  for (const r of oi.first) c |= r.cases;
  for (const r of oi.last) c |= r.cases;
  return c && !(c & CASE.nomn) ? c : 0;
}

/** Kinship nouns in the nominative (= accusative for the feminine ones) that stand in apposition before a name. */
const KIN_NOMINATIVE = new Set(['мать', 'дочь', 'жена', 'вдова', 'сестра', 'мама', 'бабушка', 'мати', 'донька', 'дружина']);
const FEMININE_NOMINATIVE_ADJ = /^[\p{Ll}-]+(ая|яя)$/u;
const gluedWords = (text: string, a: Word, b: Word): boolean => a.sentence === b.sentence && /^[ \u00a0]+$/u.test(text.slice(a.end, b.start));

/**
 * The words around the name leave only the nominative: a past-tense verb right
 * after («Ванга предсказала») or a feminine nominative adjective right before
 * («известная Ванга»). Stronger evidence than a sentence start.
 */
export function nominativeCue(text: string, words: Word[], from: Word, to: Word): boolean {
  const next = words[to.index + 1];
  if (next && gluedWords(text, to, next) && !next.cap && PAST_VERB.test(next.lower) && !next.latin) {
    const ni = wordInfo(next.text);
    if (ni.nounCases === 0 && !ni.adjective) return true;
  }
  const prev = words[from.index - 1];
  return !!prev && gluedWords(text, prev, from) && !prev.cap && !prev.latin && FEMININE_NOMINATIVE_ADJ.test(prev.lower) && wordInfo(prev.text).adjective;
}

/**
 * «губернатор Курської області Дарія Козлова»: the noun before the name is the
 * complement of a role noun in the nominative a few words back, and the name
 * stands in apposition to that role, not as a genitive of the noun. Returns
 * CASE.nomn then, else 0.
 */
function roleAhead(text: string, words: Word[], noun: Word): number {
  let w = noun;
  for (let k = 0; k < 3; k++) {
    const before = words[w.index - 1];
    if (!before || !gluedWords(text, before, w) || before.latin) return 0;
    if (!before.cap && isRoleWord(before.lower, 'ru')) {
      const c = wordInfo(before.text).nounCases;
      return c & CASE.nomn && !(c & CASE.gent) ? CASE.nomn : 0;
    }
    w = before;
  }
  return 0;
}

/** Likely cases of a name spanning words[from..to] (bitmask), or 0 when the context says nothing. */
export function contextCases(text: string, words: Word[], from: Word, to: Word): number {
  let hint = 0;
  const prev = words[from.index - 1];
  const next = words[to.index + 1];
  const glued = (a: Word, b: Word): boolean => gluedWords(text, a, b);
  if (!to.latin && CYRILLIC_CASE_ENDING.test(to.lower) && LATIN_GLOSS.test(text.slice(to.end, to.end + 80))) return OBLIQUE;
  // A role noun in an oblique case agrees with the name even when a verb follows
  // («представитель генерал-лейтенанта Аксары Кердпола сообщил»: the verb belongs to «представитель»).
  const role = prev && glued(prev, from) && !prev.cap && !prev.latin && isRoleWord(prev.lower, 'ru') ? wordInfo(prev.text).nounCases : 0;
  if (role && !(role & CASE.nomn)) return role;
  if (nominativeCue(text, words, from, to)) return CASE.nomn;
  if (prev && glued(prev, from) && !prev.cap && !prev.latin) {
    // «мать Раиса», «дочь Лиза»: a kinship noun in apposition agrees with the name.
    if (KIN_NOMINATIVE.has(prev.lower)) return CASE.nomn | CASE.accs;
    const p = PREPOSITION_CASES[prev.lower];
    if (p) return p;
    const pi = wordInfo(prev.text);
    if (isRoleWord(prev.lower, 'ru') && pi.nounCases) hint = pi.nounCases;
    else if (roleAhead(text, words, prev) === CASE.nomn) hint = CASE.nomn;
    else if (pi.known && pi.nounCases && !pi.functionWord && !pi.adjective) hint = CASE.gent;
  }
  if (!hint) hint = coordinatedCases(words, prev, -1, glued) || coordinatedCases(words, next, 1, glued);
  if (!hint && (!prev || prev.sentence !== from.sentence)) hint = CASE.nomn;
  return hint;
}

export { OBLIQUE };
