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
import { afterQuotation, isRoleWord, isSpeechVerb } from './person-cues.ts';
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
const UNKNOWN_PAST_VERB = /^\p{Ll}{3,}[аеиоуія](в|ла|вся|лася)$/u;
const OBLIQUE_NAME_ENDING = /[бвгджзклмнпрстфхцчшщ](ом|ем|ою|ею|ым|им|ого|ому|ові|еві)$/u;
/** «Вольфа (Wolf)»: a Latin gloss ending in a consonant while the Cyrillic form adds an ending. */
const LATIN_GLOSS = /^[ \u00a0]*\([A-Za-z][A-Za-z .'-]*[bcdfghjklmnpqrstvwxz]\)/u;
const CYRILLIC_CASE_ENDING = /[бвгджзклмнпрстфхцчшщ](а|я|у|ю|ом|ем|е)$/u;

// {3}, not {3,}: the run before absorbs longer words, and a repeat overlapping it backtracks quadratically (ReDoS).
const DATIVE_ADJECTIVE = /^[\p{Ll}\d-]*\p{Ll}{3}(ому|ему)$/u;
const AND = new Set(['и', 'или', 'та', 'й', 'і', 'або']);

/**
 * «Петра Сомова и Ильи Гурова»: names joined by
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
  for (const r of oi.adjectival) c |= r.cases;
  // «Жуковського»: a Ukrainian adjectival surname's ending is oblique whatever the Russian dictionary says.
  if (!c && /(ськ|цьк)(ого|ому|им|ої|ою)$/u.test(other.lower)) c = CASE.gent | CASE.datv | CASE.ablt | CASE.accs;
  // A surname the dictionary knows only as an ordinary noun («Мельника» = мельник): its noun cases.
  if (!c && !oi.geo && !oi.org) c = oi.nounCases;
  return c && !(c & CASE.nomn) ? c : 0;
}

/** Kinship nouns in the nominative (= accusative for the feminine ones) that stand in apposition before a name. */
const KIN_NOMINATIVE = new Set(['мать', 'дочь', 'жена', 'вдова', 'сестра', 'мама', 'бабушка', 'мати', 'донька', 'дружина']);
const FEMININE_NOMINATIVE_ADJ = /^[\p{Ll}-]+(ая|яя)$/u;
/** Adverbs of time and manner mostly end in a vowel (вчера, учора, сегодня, уже, тоже). */
const ADVERB_SHAPE = /^\p{Ll}{3,}[оаеиі]$/u;
const gluedWords = (text: string, a: Word, b: Word): boolean => a.sentence === b.sentence && /^[ \u00a0]+$/u.test(text.slice(a.end, b.start));

/**
 * The words around the name leave only the nominative: a past-tense verb right
 * after («Ванга предсказала») or a feminine nominative adjective right before
 * («известная Ванга»). Stronger evidence than a sentence start.
 */
export function nominativeCue(text: string, words: Word[], from: Word, to: Word): boolean {
  let next = words[to.index + 1];
  let glued = !!next && gluedWords(text, to, next);
  // «Дарія Орлова учора оголосила»: one adverb may stand between the name and its verb.
  if (next && glued && !next.cap && !next.latin && ADVERB_SHAPE.test(next.lower) && !PAST_VERB.test(next.lower)) {
    const ai = wordInfo(next.text);
    const after = words[next.index + 1];
    if ((!ai.known || (ai.nounCases === 0 && !ai.adjective && !ai.preposition)) && after && gluedWords(text, next, after) && PAST_VERB.test(after.lower)) next = after;
  }
  if (next && glued && !next.cap && PAST_VERB.test(next.lower) && !next.latin) {
    const ni = wordInfo(next.text);
    if (ni.nounCases === 0 && !ni.adjective) return true;
    // A Ukrainian past tense the Russian dictionary does not know (оголосила, заявив) — unless the name's
    // own ending is oblique («з президентом Емманюелем Макроном тривала»: the verb has another subject).
    if (!ni.known && UNKNOWN_PAST_VERB.test(next.lower) && !OBLIQUE_NAME_ENDING.test(to.lower)) return true;
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
  // «короля Данії Олафа»: failing a role in the nominative, the name agrees with the nearest role in an oblique case.
  let oblique = 0;
  // «заступник глави МЗС Росії Дарія Грігор'єва»: a role in the genitive (глави) is itself a complement; keep walking.
  for (let k = 0; k < 4; k++) {
    const before = words[w.index - 1];
    if (!before || !gluedWords(text, before, w) || before.latin) return oblique;
    // «Міністр енергетики Росії Дарія Орлова»: the role word may open the sentence.
    const opensSentence = before.cap && (before.index === 0 || words[before.index - 1]!.sentence !== before.sentence);
    if ((!before.cap || opensSentence) && isRoleWord(before.lower, 'ru')) {
      const bi = wordInfo(before.text);
      // A Ukrainian role noun the Russian dictionary does not know: its ending tells the case (радник, керівника).
      const c = bi.known ? bi.nounCases : /[бвгджзклмнпрстфхцчшщь]$/u.test(before.lower) ? CASE.nomn : /[аяиі]$/u.test(before.lower) ? CASE.gent : 0;
      if (c & CASE.nomn && !(c & CASE.gent)) return CASE.nomn;
      if (!(c & CASE.gent)) return oblique;
      if (!oblique && !(c & CASE.nomn) && bi.known) oblique = c;
    }
    w = before;
  }
  return oblique;
}

/** The name after `to` in a list («…, Константин Герасимов») has only nominative readings. */
function nominativeListNeighbour(text: string, words: Word[], to: Word): boolean {
  const next = words[to.index + 1];
  if (!next || next.sentence !== to.sentence || !next.cap || next.latin || !/^\s*,\s*$/u.test(text.slice(to.end, next.start))) return false;
  const ni = wordInfo(next.text);
  const cases = ni.first.reduce((c, r) => c | r.cases, 0);
  return cases === CASE.nomn;
}

/** «Офісу президента», «Адміністрації Президента»: a role noun right after a capitalised body word completes the body's name. */
function partOfBodyName(words: Word[], role: Word): boolean {
  const body = words[role.index - 1];
  if (!body || body.sentence !== role.sentence || !body.cap || body.latin || body.clauseStart || isRoleWord(body.lower, 'ru')) return false;
  const bi = wordInfo(body.text);
  return !bi.first.length && !bi.last.length && !bi.patronymic.length;
}

/** Likely cases of a name spanning words[from..to] (bitmask), or 0 when the context says nothing. */
export function contextCases(text: string, words: Word[], from: Word, to: Word): number {
  let hint = 0;
  const prev = words[from.index - 1];
  const next = words[to.index + 1];
  const glued = (a: Word, b: Word): boolean => gluedWords(text, a, b);
  if (!to.latin && CYRILLIC_CASE_ENDING.test(to.lower) && LATIN_GLOSS.test(text.slice(to.end, to.end + 80))) return OBLIQUE;
  // A role noun in an oblique case agrees with the name even when a verb follows
  // (A verb after «представитель» + a genitive rank + a name belongs to «представитель».)
  const role = prev && glued(prev, from) && !prev.cap && !prev.latin && isRoleWord(prev.lower, 'ru') ? wordInfo(prev.text).nounCases : 0;
  // «радник керівника Офісу президента Марина Бондаренко»: a role in the genitive that names a body
  // («Офісу президента») hangs on a role in the nominative further back, which the name may stand in
  // apposition to (Марина, not Марин). Not a name in the genitive after a rank that a role noun governs.
  if (role && !(role & CASE.nomn)) return role & CASE.gent && partOfBodyName(words, prev) && roleAhead(text, words, prev) === CASE.nomn ? role | CASE.nomn : role;
  if (nominativeCue(text, words, from, to)) return CASE.nomn;
  if (prev && glued(prev, from) && !prev.cap && !prev.latin) {
    // «мать Раиса», «дочь Лиза»: a kinship noun in apposition agrees with the name.
    if (KIN_NOMINATIVE.has(prev.lower)) return CASE.nomn | CASE.accs;
    const p = PREPOSITION_CASES[prev.lower];
    if (p) return p;
    // «52-летнему Ондраю …», «новому послу»: an adjective in -ому/-ему agrees with the name in the dative.
    if (DATIVE_ADJECTIVE.test(prev.lower) && !wordInfo(prev.text).functionWord) return CASE.datv;
    // «"…", – сказала Олеся Лисенко»: the verb attributing a quotation is followed by its subject.
    if (PAST_VERB.test(prev.lower) && isSpeechVerb(prev.lower) && afterQuotation(text, prev.start)) return CASE.nomn;
    const pi = wordInfo(prev.text);
    if (isRoleWord(prev.lower, 'ru') && pi.nounCases) hint = pi.nounCases;
    else if (roleAhead(text, words, prev) === CASE.nomn) hint = CASE.nomn;
    // «приняли участие Марина Остапчук, Константин Герасимов и …»: the next name in the list can only be
    // nominative, so this one is too, whatever the noun before suggests.
    else if (nominativeListNeighbour(text, words, to)) hint = CASE.nomn;
    // A noun in an oblique case only («тенисистку», «журналистом») may also stand in apposition to the
    // name, which then agrees with it; a noun that can be nominative takes the name as its genitive.
    else if (pi.known && pi.nounCases && !pi.functionWord && !pi.adjective) hint = pi.nounCases & CASE.nomn ? CASE.gent : CASE.gent | pi.nounCases;
  }
  // «заступник глави МЗС Росії Дарія Грігор'єва»: a capitalised genitive (a place or body) after a role in the nominative.
  if (!hint && prev && glued(prev, from) && (prev.cap || prev.acronym) && !prev.latin && prev.index !== from.index) {
    const pi = wordInfo(prev.text);
    if (prev.acronym || (!pi.first.length && !pi.last.length)) hint = roleAhead(text, words, prev);
  }
  if (!hint) hint = coordinatedCases(words, prev, -1, glued) || coordinatedCases(words, next, 1, glued);
  if (!hint && (!prev || prev.sentence !== from.sentence)) hint = CASE.nomn;
  return hint;
}

export { OBLIQUE };
