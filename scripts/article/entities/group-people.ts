/**
 * Group name spans of one article into people and give each a canonical
 * nominative «First Last»: full names first, then surname-only and
 * first-name-only mentions link to the person already known by that name.
 */
import type { Lang, NameParts } from '../../model/model.ts';
import { contextCases, nominativeCue } from './context-case.ts';
import { CASE, capitalise, commonNominative, firstReadings, wordInfo, type NameReading, type WordInfo } from './name-morphology.ts';
import { guessNominative, nameStem, titleCase } from './normalise-name.ts';
import { accusativeWomanFirst, firstFromForms, surnameFromForms } from './surname-forms.ts';
import { givenNameOwner } from './given-name-forms.ts';
import { shareCoordinatedSurname } from './coordinated-surname.ts';
import { possessorBeforeName } from './possessor-before-name.ts';
import { agreeSurname, participleGender, surnameFormGender, surnameFormsGender, type Gender } from './surname-gender.ts';
import { add, compatible, type Group, type ReadSpan } from './person-group.ts';
import { verbGender } from './person-cues.ts';
import type { NameSpan } from './find-name-spans.ts';
import { surnameWord } from './name-spans/name-span.ts';
import type { Word } from './tokens-to-words.ts';
import { mostCommon } from '../../util/collections.ts';
import { isListedGivenNameAnySpelling } from '../../lang/given-names.ts';

export interface PersonGroup {
  spans: NameSpan[];
  parts: NameParts;
  name: string;
  /** Case of each span (bitmask), same order as spans; 0 when unknown. */
  cases: number[];
}


const noBonus = (): number => 0;
/**
 * Between two first-name readings the span leaves equally open (Арину: a man's dative of a
 * rare Арин or a woman's accusative), the name the given-names lexicon lists wins.
 */
const listedBonus = (r: NameReading): number => (isListedGivenNameAnySpelling(r.lemma) ? 0.5 : 0);

const best = (rs: NameReading[], cases: number, gender: Gender, bonus: (r: NameReading) => number = noBonus): NameReading | null => {
  let pick: NameReading | null = null;
  let score = -1;
  for (const r of rs) {
    // A reading in a case the span allows beats a more frequent one it rules out («Олеся заявила»: Олеся, not Олесь).
    const s = r.score + (cases & r.cases ? (cases === CASE.nomn ? 3 : 1) : 0) + (gender && r.gender === gender ? 2 : 0) + bonus(r);
    if (s > score) {
      score = s;
      pick = r;
    }
  }
  return pick;
};

/** Keep the written capitalisation of the part both forms share: «Эль-Масри» stays, «Вольфа» → «Вольф». */
function asWritten(written: string, lemma: string): string {
  let k = 0;
  while (k < written.length && k < lemma.length && written[k].toLowerCase() === lemma[k].toLowerCase()) k++;
  const out = written.slice(0, k) + lemma.slice(k).toLowerCase();
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const SHARED_ENDINGS: [RegExp, number][] = [
  [/[бвгджзклмнпрстфхцчшщ][ая]$/u, CASE.gent | CASE.accs],
  [/[бвгджзклмнпрстфхцчшщ][ую]$/u, CASE.datv],
  [/[бвгджзклмнпрстфхцчшщ](ом|ем|ём)$/u, CASE.ablt],
];
function sharedEnding(a: string, b: string): number {
  for (const [re, c] of SHARED_ENDINGS) if (re.test(a) && re.test(b)) return c;
  return 0;
}

/** Endings that never end a nominative surname (used when only the context hints a case). */
const UNAMBIGUOUS_OBLIQUE = /(ым|ом|ем|ого|ому|ою|ею)$/u;
/** Ukrainian adjectival surname endings that are never nominative (-ським, -ського, -ською…). */
const UK_ADJ_OBLIQUE = /(ськ|цьк)(им|ого|ому|ою|ої)$/u;

const UK_POSSESSIVE_OBLIQUE = /(ов|ев|єв|ів|ин|ін|їн)(ою|ої)$/u;

const GENITIVE_A_STEM = /[бвгдзклмнпрстфхц]ы$/u;
const UK_GENITIVE_A_STEM = /[бвгґджзклмнпрстфхцчшщ]и$/u;

const unionCases = (rs: NameReading[]): number => rs.reduce((c, r) => c | r.cases, 0);

/** What reading one span works from, and the case and gender its parts narrow down as they are read. */
interface SpanContext {
  span: NameSpan;
  /** The cases the context allows (0: no hint). */
  hint: number;
  /** The context leaves only the nominative. */
  sure: boolean;
  lang: Lang;
  /** The surname's last word and what the dictionary says of it (null for Latin). */
  lw: Word | null;
  li: WordInfo | null;
  /** The first given-name word, what the dictionary says of it, and its given-name readings. */
  fw: Word | undefined;
  fi: WordInfo | null;
  fiFirst: NameReading[];
  /** The first name reads better as an indeclinable surname: it says nothing about case. */
  indeclinable: boolean;
  /** The first-name readings another mention settled on (empty when none did). */
  forced: NameReading[];
  /** Possible cases (bit set, 63 = any) and gender, narrowed as the parts are read. */
  cases: number;
  gender: Gender;
}

/** `sure`: the context leaves only the nominative here («известная Ванга», «Ванга предсказала»). */
function readSpan(span: NameSpan, hint: number, sure: boolean, lang: Lang, forcedFirst: string | null = null): ReadSpan {
  const c = spanContext(span, hint, sure, lang, forcedFirst);
  const first = readFirst(c);
  const patronymic = readPatronymic(c);
  const { last, lastScore, lastStem } = readLast(c);
  const initial = span.initials.length ? span.initials.map((w) => `${w.text}.`).join(' ') : null;
  const firstAlts = c.fi && c.fw && span.first.length === 1 && !c.indeclinable ? c.fiFirst.map((r) => asWritten(c.fw!.text, r.lemma)) : [];
  const asian = span.asian && last ? last.toLowerCase() : null;
  return { span, first, firstAlts, asian, patronymic, last, lastScore, lastStem, initial, gender: c.gender, cases: c.cases === 63 ? 0 : c.cases };
}

/** The span's words as the dictionary reads them, and the cases its first name, surname and context leave. */
function spanContext(span: NameSpan, hint: number, sure: boolean, lang: Lang, forcedFirst: string | null): SpanContext {
  const lw = span.last.length ? span.last[span.last.length - 1] : null;
  const li = lw && !lw.latin ? wordInfo(lw.text) : null;
  const lastCases = li ? unionCases(li.last) | unionCases(li.adjectival) : 0;
  const fw = span.first[0];
  const fi = fw && !fw.latin ? wordInfo(fw.text) : null;
  const fiFirst = fi ? firstReadings(fw.text, lang) : [];
  // A word az knows better as an indeclinable surname says nothing about case.
  const indeclinable = !!fi && fi.last.some((r) => r.cases === 63 && fiFirst.every((f) => r.score > f.score));
  // Another mention in the article settled which name this is: only its readings count.
  const forced = forcedFirst && fi ? fiFirst.filter((r) => asWritten(fw.text, r.lemma) === forcedFirst) : [];
  const firstCases = forced.length ? unionCases(forced) : fi && !indeclinable ? unionCases(fiFirst) : 0;
  // Narrow the case: the first name's readings, then the surname's, then the context — each only if it leaves something.
  let cases = 63;
  for (const k of [firstCases, lastCases, forced.length ? 0 : hint]) if (k && cases & k) cases &= k;
  // Two unknown foreign words declined alike: a man's name in that case.
  let shared = fw && lw && fi && !fi.known && li && !li.last.length && !li.first.length && !li.adjectival.length ? sharedEnding(fw.text, lw.text) : 0;
  // -а/-я on both could also be a woman's name in the nominative: only with an oblique context.
  if (shared & CASE.gent && !(hint && !(hint & CASE.nomn))) shared = 0;
  if (shared && cases & shared) cases &= shared;
  // A man's surname would decline after a genitive, so an undeclined consonant-final
  // surname after a feminine nominative first name is the woman herself.
  if (!(cases & CASE.nomn) && !forced.length && span.first.length === 1 && lw && !lw.latin && li && !li.last.length && !li.adjectival.length &&
    /[бвгджзклмнпрстфхцчшщ]$/u.test(lw.lower) && fi?.first.some((r) => r.gender === 'f' && r.cases & CASE.nomn)) cases = CASE.nomn;
  return { span, hint, sure, lang, lw, li, fw, fi, fiFirst, indeclinable, forced, cases, gender: null };
}

/** The given name(s) in the nominative; the reading chosen for the first word fixes case and gender. */
function readFirst(c: SpanContext): string | null {
  const { span, fw, lw, sure, forced, lang, indeclinable } = c;
  if (!span.first.length) return null;
  const names: string[] = [];
  for (const w of span.first) {
    if (w.initial) {
      names.push(`${w.text}.`);
      continue;
    }
    const r = w.latin || (w === fw && indeclinable) ? null : best(w === fw && forced.length ? forced : firstReadings(w.text, lang), c.cases, null, listedBonus);
    // The context leaves only the nominative, which no reading offers: a woman's name as written.
    if (r && sure && !lw && span.first.length === 1 && !(r.cases & CASE.nomn) && /[ая]$/u.test(w.lower)) {
      names.push(w.text);
      c.cases = CASE.nomn;
      c.gender = 'f';
    } else if (r) {
      names.push(asWritten(w.text, r.lemma));
      c.gender ??= r.gender;
      // The reading chosen for the first name fixes the case.
      if (w === span.first[0] && c.cases & r.cases) c.cases &= r.cases;
    } else if (!w.latin && !(c.cases & CASE.nomn) && span.first.length === 1) {
      names.push(guessNominative(w.text, c.cases, null));
    } else names.push(w.text);
  }
  return names.join(' ');
}

/** The patronymic in the nominative (it may settle the gender). */
function readPatronymic(c: SpanContext): string | null {
  if (!c.span.patronymic) return null;
  const r = best(wordInfo(c.span.patronymic.text).patronymic, c.cases, c.gender);
  if (!r) return null;
  c.gender ??= r.gender;
  return titleCase(r.lemma);
}

/** The surname in the nominative, how sure that reading is, and the stem other mentions find it by. */
/** Endings of the instrumental in every declension (ru/uk): a word without one is not in that case. */
const INSTRUMENTAL_ENDING = /(ом|ем|ём|єм|ою|ею|єю|ой|ей|им|ым|ім|ю)$/u;

function readLast(c: SpanContext): { last: string | null; lastScore: number; lastStem: string | null } {
  const { span, lw, li, sure, hint } = c;
  if (!lw) return { last: null, lastScore: 0, lastStem: null };
  let lastScore = 0;
  const before: string[] = span.last.slice(0, -1).map((w) => w.text);
  // An East Asian name is found again by its family name, which comes first.
  // («Downey Jr.» is found again by Downey.)
  const suffixed = surnameWord(span) !== lw;
  const lastStem = nameStem(span.asian ? span.last[0].text : (surnameWord(span) ?? lw).text);
  let nom = suffixed ? `${lw.text}.` : lw.cap || lw.acronym ? lw.text : capitalise(lw.text);
  if (span.asian) {
    lastScore = 1;
    const nominative = sure ? null : asianNominative(span.last.map((w) => w.text));
    if (nominative) {
      before.splice(0, before.length, ...nominative.slice(0, -1));
      nom = nominative[nominative.length - 1];
    }
  } else if (span.nominative) {
    nom = span.nominative;
    lastScore = 2;
  } else if (li && UK_ADJ_OBLIQUE.test(lw.lower) && !span.first.length) {
    // A Ukrainian adjectival surname whose ending fixes case and gender.
    nom = guessNominative(nom, CASE.gent | CASE.datv | CASE.ablt, /(ою|ої)$/u.test(lw.lower) ? 'f' : 'm');
    lastScore = 2;
  } else if (li) {
    const { cases, gender } = c;
    const r = best(li.last, cases, gender) ?? best(li.adjectival, cases, gender);
    // -ых/-их surnames are frozen genitive plurals: they do not decline.
    // Ukrainian -ов/-ін surnames in -ою/-ої are nouns, not adjectives.
    const adjectiveNom = !r && li.adjective && !/(ых|их)$/u.test(lw.lower) && !UK_POSSESSIVE_OBLIQUE.test(lw.lower) ? commonNominative(lw.text, 'ADJF', gender === 'f' ? 'femn' : 'masc') : null;
    if (r && (cases & r.cases || r.cases === 0)) {
      nom = asWritten(lw.text, r.lemma);
      c.gender ??= r.gender;
      lastScore = 3;
    } else if (adjectiveNom) {
      // A surname that is an ordinary adjective too.
      nom = adjectiveNom;
      lastScore = 2;
    } else if (cases === 63 && span.first.length && !li.known && GENITIVE_A_STEM.test(lw.lower)) {
      // Consonant + -ы never ends a person's nominative: the genitive of an -а surname.
      nom = guessNominative(nom, CASE.gent, gender);
      lastScore = 1;
    } else if (cases === CASE.ablt && span.first.length && !INSTRUMENTAL_ENDING.test(lw.lower)) {
      // «з Рітою Вайткуте»: after an instrumental first name, a surname with no instrumental ending does not decline.
      lastScore = 2;
    } else if (cases !== 63 && (span.first.length || span.initials.length || (hint && UNAMBIGUOUS_OBLIQUE.test(lw.lower)))) {
      // Ukrainian spells a foreign -i ending with і, so consonant + и after a first name in the
      // genitive is the genitive of an -а surname (the Russian -ы), a man's or a woman's.
      const ukGenitiveA = c.lang === 'uk' && cases & CASE.gent && !(cases & CASE.nomn) && span.first.length && UK_GENITIVE_A_STEM.test(lw.lower);
      nom = ukGenitiveA ? `${nom.slice(0, -1)}а` : guessNominative(nom, cases, gender);
      lastScore = cases === CASE.nomn && span.first.length ? 2 : 1;
    }
  }
  return { last: [...before, nom].join(' '), lastScore, lastStem };
}

/**
 * «Кима Чен Ира», «Хвана Чжан Епа»: an East Asian name of syllables declines
 * its consonant-final syllables alike, so two or more words with one case
 * ending give the nominative by dropping it (unless a verb right after makes
 * it the subject). Null when the name reads as written.
 */
function asianNominative(words: string[]): string[] | null {
  for (const ending of ['ом', 'а', 'у', 'е']) {
    const declined = words.filter((w) => w.length > ending.length + 1 && w.endsWith(ending) && /[бвгджзклмнпрстфхцчшщ]$/u.test(w.slice(0, -ending.length)));
    if (declined.length >= 2) return words.map((w) => (declined.includes(w) ? w.slice(0, -ending.length) : w));
  }
  return null;
}


/** Choose the surname: the surest reading; among bare surface forms, the one the others extend (Стубб ← Стубба). */
function canonicalLast(reads: ReadSpan[]): string | null {
  const withLast = reads.filter((r) => r.last);
  if (!withLast.length) return null;
  const top = Math.max(...withLast.map((r) => r.lastScore));
  const cands = withLast.filter((r) => r.lastScore === top).map((r) => r.last as string);
  // A foreign surname written the same way in three or more places, whatever the case around it
  // («Нисипяну», «Тифензее»), does not decline: keep it unless the dictionary knows better.
  const written = new Set(withLast.map((r) => r.span.last.map((w) => w.text).join(' ')));
  if (top < 3 && written.size === 1 && withLast.length >= 3) return [...written][0];
  if (top > 0) {
    const pick = mostCommon(cands) as string;
    // «Реджеп Тайип Эрдоган» once and «Эрдоган» often: keep the fuller form.
    // («Хван Чжан Еп» once and «Хван» often: the family name opens an East Asian name.)
    const fuller = cands.filter((c) => c.endsWith(` ${pick}`) || c.startsWith(`${pick} `)).sort((a, b) => b.length - a.length)[0];
    return fuller ?? pick;
  }
  // Latin surnames do not decline: the spelling the full name uses wins (Zelenskyy over a later Zelensky).
  const withFirst = withLast.filter((r) => r.first && r.span.last.every((w) => w.latin)).map((r) => r.last as string);
  if (withFirst.length) return mostCommon(withFirst) as string;
  const forms = [...new Set(cands)];
  const root = forms.filter((f) => forms.every((o) => o.toLowerCase().startsWith(f.toLowerCase()))).sort((a, b) => a.length - b.length)[0];
  return root ?? (mostCommon(cands) as string);
}

/**
 * The person's gender: the first name says it (weight 2), unless the verbs the
 * article puts right after the name say otherwise («Эммануэль Макрон заявил»:
 * az files Эммануэль as feminine); the surname reading breaks ties.
 */
function voteGender(text: string, words: Word[], reads: ReadSpan[], first: string | null): Gender {
  let m = 0;
  let f = 0;
  const firstGender = reads.find((r) => r.first && r.gender)?.gender ?? null;
  // A first name the dictionary does not know that ends in a hard consonant is a man's (Гинтарас, Хавьер).
  // (A man's genitive no declined surname confirms is weak evidence: one verb outweighs it.)
  if (firstGender === 'm' || (firstGender === null && first && /^\p{Script=Cyrillic}+[бвгджзклмнпрстфхцчшщ]$/u.test(first))) m += first && unconfirmedManA(reads, first) ? 0.5 : 1.5;
  if (firstGender === 'f') f += 1.5;
  const vote = (verb: Word | undefined): void => {
    if (!verb || verb.cap || verb.latin || !/(л|ла|лся|лась|в|вся)$/u.test(verb.lower)) return;
    const vi = wordInfo(verb.text);
    // A Ukrainian past tense the Russian dictionary does not know (прибув, заявила) still votes.
    const ukVerb = !vi.known && /^\p{Ll}{2,}[аеиоуія](в|ла|вся|лася)$/u.test(verb.lower);
    if (!ukVerb && (vi.nounCases || vi.adjective || vi.functionWord)) return;
    const g = verbGender(verb.lower);
    if (g === 'm') m++;
    if (g === 'f') f++;
  };
  const glued = (a: Word, b: Word | undefined): b is Word =>
    b !== undefined && a.sentence === b.sentence && /^ +$/u.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  for (const r of reads) {
    const first = r.span.words[0];
    const last = r.span.words[r.span.words.length - 1];
    // A surname form only one gender has votes too: «Навроцький», «Навроцького» (a man, whatever az makes of Кароль).
    const byForm = surnameFormGender(r);
    if (byForm === 'm') m++;
    if (byForm === 'f') f++;
    let next = words[last.index + 1];
    // «Макрон вчера провел»: one adverb may stand between.
    if (glued(last, next) && next.lower.length > 2 && /(о|а|е|и)$/u.test(next.lower) && wordInfo(next.text).nounCases === 0 && !wordInfo(next.text).adjective) {
      const after = words[next.index + 1];
      if (glued(next, after)) vote(after);
    }
    if (glued(last, next)) vote(next);
    // «Роберта Калиньо, раненного …»: a participle after a comma agrees with a full name.
    const byParticiple = r.span.first.length && next && /^, ?$/u.test(text.slice(last.end, next.start)) ? participleGender(next.lower) : null;
    if (byParticiple === 'm') m += 2;
    if (byParticiple === 'f') f += 2;
    // «– заявил Макрон»
    const prev = words[first.index - 1];
    if (glued(first, prev) && r.cases === CASE.nomn) vote(prev);
  }
  if (m !== f) return m > f ? 'm' : 'f';
  return firstGender ?? reads.find((r) => r.gender)?.gender ?? null;
}

/**
 * «Джорджа Пеллегрини»: a foreign -а first name the dictionary reads only as a man's
 * oblique form (Джордж), before a surname that does not decline, so nothing confirms the
 * case. Returns the first name as written (a woman's nominative, if the verbs say she is
 * one), else null.
 */
function unconfirmedManA(reads: ReadSpan[], first: string): string | null {
  const withFirst = reads.filter((r) => r.first === first);
  if (!withFirst.length || withFirst.some((r) => r.gender !== 'm' || r.cases & CASE.nomn || r.span.first.length !== 1 || !r.span.last.length)) return null;
  const written = new Set(withFirst.map((r) => r.span.first[0]!.text));
  const lasts = new Set(withFirst.map((r) => r.span.last[r.span.last.length - 1]!.text));
  const w = [...written][0]!;
  return written.size === 1 && lasts.size === 1 && /[ая]$/u.test(w) && /[иіеэоу]$/u.test([...lasts][0]!) ? w : null;
}

/** A surname-only form's cases once the person's gender is known («Путина» of a man: genitive/accusative only). */
function casesFor(r: ReadSpan, gender: Gender): number {
  if (!gender || r.span.first.length || !r.cases) return r.cases;
  const lw = r.span.last[r.span.last.length - 1];
  if (!lw || lw.latin) return r.cases;
  const li = wordInfo(lw.text);
  const own = [...li.last, ...li.adjectival].filter((x) => x.gender === gender).reduce((c, x) => c | x.cases, 0);
  return own && r.cases & own ? r.cases & own : r.cases;
}

/**
 * One person read under two first names («Дарія Козлова» after «області» read as
 * the genitive of Дарій, «Дарією Козловою» only as Дарія): keep the name every
 * mention can stand for, preferring one a mention leaves no doubt about, and
 * re-read the other mentions with it so their surnames agree.
 */
function settleFirst(text: string, words: Word[], g: Group, lang: Lang): void {
  if (g.firsts.size < 2) return;
  const withFirst = g.reads.filter((r) => r.first && r.firstAlts.length);
  const shared = [...g.firsts.keys()].filter((f) => withFirst.every((r) => r.first === f || r.firstAlts.includes(f)));
  if (!shared.length) return;
  // Failing a mention that leaves no doubt, a mention read in the nominative beats one read
  // in an oblique case: «участие Юлия Гончаренко» (genitive of Юлий?) and «депутат Юлия Гончаренко».
  const sure =
    shared.find((f) => withFirst.some((r) => r.first === f && r.firstAlts.length === 1)) ??
    shared.find((f) => withFirst.some((r) => r.first === f && r.cases === CASE.nomn)) ??
    shared[0];
  g.firsts = new Map([[sure, withFirst.length]]);
  g.reads = g.reads.map((r) => {
    if (!r.first || r.first === sure || !r.firstAlts.includes(sure)) return r;
    const s = r.span;
    return readSpan(s, contextCases(text, words, s.words[0], s.words[s.words.length - 1]), false, lang, sure);
  });
}

/**
 * A first name read one way («Дарія Орлова» as the genitive of Дарій, «Анни
 * Тарасової» as an indeclinable man's name) while the person's surname, there
 * or elsewhere in the article, has a form only the other gender has
 * («Орлової», «Тарасової»): re-read the first name as that gender's name.
 */
function settleFirstByGender(text: string, words: Word[], g: Group, lang: Lang, voted: Gender = null): void {
  const gender = voted ?? surnameFormsGender(g.reads);
  if (!gender) return;
  let changed = false;
  g.reads = g.reads.map((r) => {
    if (!r.first || r.firstAlts.length < 2 || r.gender === gender || r.span.first.length !== 1) return r;
    const fw = r.span.first[0];
    const reading = firstReadings(fw.text, lang).find((x) => x.gender === gender);
    if (!reading) return r;
    changed = true;
    const s = r.span;
    return readSpan(s, contextCases(text, words, s.words[0], s.words[s.words.length - 1]), false, lang, asWritten(fw.text, reading.lemma));
  });
  if (!changed) return;
  g.firsts = new Map();
  for (const r of g.reads) if (r.first) g.firsts.set(r.first, (g.firsts.get(r.first) ?? 0) + 1);
}

/**
 * Ukrainian men's names in -о (Дмитро, Петро, Павло, Михайло, Кирило, Данило)
 * decline like nouns (Дмитра, Дмитру, Дмитром, Дмитрові); the Russian
 * dictionary reads those forms as Дмитр / Петр / Павел. The nominative of a
 * Ukrainian oblique form whose stem ends in -тр, -вл, -йл or -ил takes -о.
 */
const UK_O_NAME_FORM = /^(\p{Lu}\p{Ll}*(?:тр|вл|йл|[бвгджзклмнпрстфхцчшщ]ил))(а|у|ові|ом|і|е)$/u;

export function ukrainianONominative(written: string): string | null {
  const m = UK_O_NAME_FORM.exec(written);
  return m ? `${m[1]}о` : null;
}

export function groupPeople(text: string, words: Word[], spans: NameSpan[], lang: Lang = 'ru'): PersonGroup[] {
  const reads = possessorBeforeName(spans).map((s) => {
    const from = s.words[0];
    const to = s.words[s.words.length - 1];
    return readSpan(s, contextCases(text, words, from, to), nominativeCue(text, words, from, to), lang);
  });
  const groups: Group[] = [];
  const byStem = new Map<string, Group[]>();
  const order = (r: ReadSpan): number => (r.first && r.last ? 0 : r.last ? 1 : 2);
  // Full names found first, so «Путина» and «Владимира» can link to «Владимир Путин» wherever they stand.
  for (const r of [...reads].sort((a, b) => order(a) - order(b) || a.span.start - b.span.start)) {
    let target: Group | undefined;
    if (r.lastStem) target = byStem.get(r.lastStem)?.find((g) => compatible(g, r));
    else if (r.first) {
      const same = groups.filter((g) => g.firsts.has(r.first as string) && (!r.patronymic || !g.patronymic || g.patronymic === r.patronymic));
      if (same.length === 1) target = same[0];
      // «Дима» where the article names one Дмитрий (filed under his full name), «Эван» where it names one Эвана Гролмича.
      const owner = same.length ? null : givenNameOwner(r.first, groups.map((g) => g.firsts), lang);
      if (owner) [target, r.first] = [groups[owner.index], owner.first];
    }
    if (!target) {
      target = { reads: [], firsts: new Map(), stems: new Set(), alts: new Set(), patronymic: null, formGenders: new Set() };
      groups.push(target);
    }
    add(target, r);
    if (r.lastStem) {
      const list = byStem.get(r.lastStem) ?? [];
      if (!list.includes(target)) list.push(target);
      byStem.set(r.lastStem, list);
    }
  }
  return shareCoordinatedSurname(text, words, groups.map((g) => {
    g.reads.sort((a, b) => a.span.start - b.span.start);
    settleFirst(text, words, g, lang);
    settleFirstByGender(text, words, g, lang);
    let first = g.firsts.size ? [...g.firsts].sort((a, b) => b[1] - a[1])[0][0] : null;
    const formsFirst = first ? firstFromForms(g.reads, null, lang) : null;
    if (formsFirst) for (const r of g.reads) if (r.first === first) r.first = formsFirst;
    first = formsFirst ?? first;
    const voted = voteGender(text, words, g.reads, first);
    // The verbs and participles outvote the first name's reading (Роберта: a man in the genitive, not a woman).
    if (voted && first && g.reads.some((r) => r.first === first && r.gender && r.gender !== voted)) {
      settleFirstByGender(text, words, g, lang, voted);
      first = g.firsts.size ? [...g.firsts].sort((a, b) => b[1] - a[1])[0][0] : null;
    }
    const woman = first ? (accusativeWomanFirst(g.reads, voted) ?? (voted === 'f' && unconfirmedManA(g.reads, first))) || null : null;
    if (woman) for (const r of g.reads) if (r.first === first) r.first = woman;
    first = woman ?? first;
    const gender = woman ? 'f' : voted;
    if (lang === 'uk' && first && gender !== 'f') {
      const writtenFirst = g.reads.find((r) => r.first === first && r.span.first.length === 1)?.span.first[0].text;
      const uk = writtenFirst ? ukrainianONominative(writtenFirst) : null;
      if (uk) {
        for (const r of g.reads) if (r.first === first) r.first = uk;
        first = uk;
      }
    }
    const written = surnameFromForms(g.reads, gender, lang) ?? canonicalLast(g.reads);
    // Only a first name and the verbs agreeing settle the gender firmly enough to change the surname.
    const firstGender = g.reads.find((r) => r.first === first && r.gender)?.gender ?? null;
    // Without a first name, surname forms only one gender has settle it («Киселева … Киселевой»: Киселёва, not Киселёв).
    const agreed = written && !/^\p{Script=Latin}/u.test(written) && (first ? firstGender === gender : surnameFormsGender(g.reads) === gender && gender !== null);
    const last = agreed ? agreeSurname(written, gender) : written;
    const parts: NameParts = { first, last, patronymic: g.patronymic, gender };
    const initial = first ? null : (g.reads.find((r) => r.initial)?.initial ?? null);
    const name = [first ?? initial, last].filter(Boolean).join(' ') || g.reads[0].span.words.map((w: Word) => w.text).join(' ');
    return { spans: g.reads.map((r) => r.span), parts, name, cases: g.reads.map((r) => casesFor(r, gender)) };
  }));
}
