/**
 * Group name spans of one article into people and give each a canonical
 * nominative «First Last»: full names first, then surname-only and
 * first-name-only mentions link to the person already known by that name.
 */
import type { NameParts } from '../model.ts';
import { contextCases, nominativeCue } from './context-case.ts';
import { CASE, capitalise, commonNominative, wordInfo, type NameReading } from './name-morphology.ts';
import { guessNominative, nameStem, titleCase } from './normalise-name.ts';
import { verbGender } from './person-cues.ts';
import type { NameSpan } from './find-name-spans.ts';
import type { Word } from './tokens-to-words.ts';

type Gender = 'm' | 'f' | null;

export interface PersonGroup {
  spans: NameSpan[];
  parts: NameParts;
  name: string;
  /** Case of each span (bitmask), same order as spans; 0 when unknown. */
  cases: number[];
}

interface ReadSpan {
  span: NameSpan;
  first: string | null;
  /** Every nominative the first-name word can stand for (Дарія: Дарій in the genitive, or Дарія). */
  firstAlts: string[];
  patronymic: string | null;
  /** Nominative surname and how sure we are of it (3 dictionary … 0 surface). */
  last: string | null;
  lastScore: number;
  lastStem: string | null;
  initial: string | null;
  gender: Gender;
  cases: number;
}

const best = (rs: NameReading[], cases: number, gender: Gender): NameReading | null => {
  let pick: NameReading | null = null;
  let score = -1;
  for (const r of rs) {
    // A reading in a case the span allows beats a more frequent one it rules out («Олеся заявила»: Олеся, not Олесь).
    const s = r.score + (cases & r.cases ? (cases === CASE.nomn ? 3 : 1) : 0) + (gender && r.gender === gender ? 2 : 0);
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

/** A surname agrees with the person's gender: Анна Андреев → Андреева, Ксенія Жуковський → Жуковська, Павел Лебедева → Лебедев. */
function agreeSurname(last: string, gender: Gender): string {
  if (gender === 'f') {
    if (/(ов|ев|ёв|єв|ин|ін|ын|їн)$/u.test(last)) return last + 'а';
    if (/(ськ|цьк)ий$/u.test(last)) return last.slice(0, -2) + 'а';
    if (/(ск|цк)ий$/u.test(last)) return last.slice(0, -2) + 'ая';
  } else if (gender === 'm') {
    if (/(ов|ев|ёв|єв|ин|ін|ын|їн)а$/u.test(last)) return last.slice(0, -1);
  }
  return last;
}

const GENITIVE_A_STEM = /[бвгдзклмнпрстфхц]ы$/u;

const unionCases = (rs: NameReading[]): number => rs.reduce((c, r) => c | r.cases, 0);

/** `sure`: the context leaves only the nominative here («известная Ванга», «Ванга предсказала»). */
function readSpan(span: NameSpan, hint: number, sure: boolean, forcedFirst: string | null = null): ReadSpan {
  const lw = span.last.length ? span.last[span.last.length - 1] : null;
  const li = lw && !lw.latin ? wordInfo(lw.text) : null;
  const lastCases = li ? unionCases(li.last) | unionCases(li.adjectival) : 0;
  const fw = span.first[0];
  const fi = fw && !fw.latin ? wordInfo(fw.text) : null;
  // A word az knows better as an indeclinable surname («Аркади», «Сейджи») says nothing about case.
  const indeclinable = fi && fi.last.some((r) => r.cases === 63 && fi.first.every((f) => r.score > f.score));
  // Another mention in the article settled which name this is («Дарія» = Дарія, not the genitive of Дарій): only its readings count.
  const forced = forcedFirst && fi ? fi.first.filter((r) => asWritten(fw.text, r.lemma) === forcedFirst) : [];
  const firstCases = forced.length ? unionCases(forced) : fi && !indeclinable ? unionCases(fi.first) : 0;
  // Narrow the case: the first name's readings, then the surname's, then the context — each only if it leaves something.
  let cases = 63;
  for (const c of [firstCases, lastCases, forced.length ? 0 : hint]) if (c && cases & c) cases &= c;
  // Two unknown foreign words declined alike («Гаррета Рейсмана», «Бесселю Коку»): a man's name in that case.
  let shared = fw && lw && fi && !fi.known && li && !li.last.length && !li.first.length && !li.adjectival.length ? sharedEnding(fw.text, lw.text) : 0;
  // -а/-я on both could also be a woman's name in the nominative («Ннека Угбома»): only with an oblique context.
  if (shared & CASE.gent && !(hint && !(hint & CASE.nomn))) shared = 0;
  if (shared && cases & shared) cases &= shared;
  // «області Марина Семенюк»: a man's surname would decline after a genitive (Семенюка), so an
  // undeclined consonant-final surname after a feminine nominative first name is the woman herself.
  if (!(cases & CASE.nomn) && !forced.length && span.first.length === 1 && lw && !lw.latin && li && !li.last.length && !li.adjectival.length &&
    /[бвгджзклмнпрстфхцчшщ]$/u.test(lw.lower) && fi?.first.some((r) => r.gender === 'f' && r.cases & CASE.nomn)) cases = CASE.nomn;
  let gender: Gender = null;
  let first: string | null = null;
  if (span.first.length) {
    const names: string[] = [];
    for (const w of span.first) {
      const r = w.latin || (w === fw && indeclinable) ? null : best(w === fw && forced.length ? forced : wordInfo(w.text).first, cases, null);
      // «известная Ванга», «Ванга предсказала»: the context leaves only the nominative, which no reading offers
      // (az has only a masculine Ванг): a woman's name as written.
      if (r && sure && !lw && span.first.length === 1 && !(r.cases & CASE.nomn) && /[ая]$/u.test(w.lower)) {
        names.push(w.text);
        cases = CASE.nomn;
        gender = 'f';
      } else if (r) {
        names.push(asWritten(w.text, r.lemma));
        gender ??= r.gender;
        // The reading chosen for the first name fixes the case («Алеся» read as Алесь → genitive).
        if (w === span.first[0] && cases & r.cases) cases &= r.cases;
      } else if (!w.latin && !(cases & CASE.nomn) && span.first.length === 1) {
        names.push(guessNominative(w.text, cases, null));
      } else names.push(w.text);
    }
    first = names.join(' ');
  }
  let patronymic: string | null = null;
  if (span.patronymic) {
    const r = best(wordInfo(span.patronymic.text).patronymic, cases, gender);
    if (r) {
      patronymic = titleCase(r.lemma);
      gender ??= r.gender;
    }
  }
  let last: string | null = null;
  let lastScore = 0;
  let lastStem: string | null = null;
  if (lw) {
    const before = span.last.slice(0, -1).map((w) => w.text);
    lastStem = nameStem(lw.text);
    let nom = lw.cap || lw.acronym ? lw.text : capitalise(lw.text);
    if (span.asian) {
      lastScore = 1;
    } else if (span.nominative) {
      nom = span.nominative;
      lastScore = 2;
    } else if (li && UK_ADJ_OBLIQUE.test(lw.lower) && !span.first.length) {
      // «Зеленським», «Зеленського»: a Ukrainian adjectival surname whose ending fixes case and gender.
      nom = guessNominative(nom, CASE.gent | CASE.datv | CASE.ablt, /(ою|ої)$/u.test(lw.lower) ? 'f' : 'm');
      lastScore = 2;
    } else if (li) {
      const r = best(li.last, cases, gender) ?? best(li.adjectival, cases, gender);
      // -ых/-их surnames (Седых, Искусных) are frozen genitive plurals: they do not decline.
      // Ukrainian -ов/-ін surnames in -ою/-ої (Козловою) are nouns, not adjectives (козловий).
      const adjectiveNom = !r && li.adjective && !/(ых|их)$/u.test(lw.lower) && !UK_POSSESSIVE_OBLIQUE.test(lw.lower) ? commonNominative(lw.text, 'ADJF', gender === 'f' ? 'femn' : 'masc') : null;
      if (r && (cases & r.cases || r.cases === 0)) {
        nom = asWritten(lw.text, r.lemma);
        gender ??= r.gender;
        lastScore = 3;
      } else if (adjectiveNom) {
        // A surname that is an ordinary adjective too («Юрию Долгорукому» → «Долгорукий»).
        nom = adjectiveNom;
        lastScore = 2;
      } else if (cases === 63 && span.first.length && !li.known && GENITIVE_A_STEM.test(lw.lower)) {
        // «Сейджи Маехары»: consonant + -ы never ends a person's nominative; the genitive of an -а surname.
        nom = guessNominative(nom, CASE.gent, gender);
        lastScore = 1;
      } else if (cases !== 63 && (span.first.length || span.initials.length || (hint && UNAMBIGUOUS_OBLIQUE.test(lw.lower)))) {
        nom = guessNominative(nom, cases, gender);
        lastScore = cases === CASE.nomn && span.first.length ? 2 : 1;
      }
    }
    last = [...before, nom].join(' ');
  }
  const initial = span.initials.length ? span.initials.map((w) => `${w.text}.`).join(' ') : null;
  const firstAlts = fi && span.first.length === 1 && !indeclinable ? fi.first.map((r) => asWritten(fw.text, r.lemma)) : [];
  return { span, first, firstAlts, patronymic, last, lastScore, lastStem, initial, gender, cases: cases === 63 ? 0 : cases };
}

interface Group {
  reads: ReadSpan[];
  firsts: Map<string, number>;
  alts: Set<string>;
  stems: Set<string>;
  patronymic: string | null;
}

function compatible(g: Group, r: ReadSpan): boolean {
  if (r.lastStem && !g.stems.has(r.lastStem)) return false;
  if (r.first && g.firsts.size && !g.firsts.has(r.first) && !r.firstAlts.some((a) => g.firsts.has(a)) && !g.alts.has(r.first)) return false;
  if (r.initial && g.firsts.size && ![...g.firsts.keys()].some((f) => f[0] === r.initial?.[0])) return false;
  if (r.patronymic && g.patronymic && r.patronymic !== g.patronymic) return false;
  return true;
}

function add(g: Group, r: ReadSpan): void {
  g.reads.push(r);
  if (r.first) g.firsts.set(r.first, (g.firsts.get(r.first) ?? 0) + 1);
  for (const a of r.firstAlts) g.alts.add(a);
  if (r.lastStem) g.stems.add(r.lastStem);
  if (r.patronymic) g.patronymic ??= r.patronymic;
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
    const pick = mostCommon(cands);
    // «Реджеп Тайип Эрдоган» once and «Эрдоган» often: keep the fuller form.
    const fuller = cands.filter((c) => c.endsWith(` ${pick}`)).sort((a, b) => b.length - a.length)[0];
    return fuller ?? pick;
  }
  const forms = [...new Set(cands)];
  const root = forms.filter((f) => forms.every((o) => o.toLowerCase().startsWith(f.toLowerCase()))).sort((a, b) => a.length - b.length)[0];
  return root ?? mostCommon(cands);
}

function mostCommon(xs: string[]): string {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * The person's gender: the first name says it (weight 2), unless the verbs the
 * article puts right after the name say otherwise («Эммануэль Макрон заявил»:
 * az files Эммануэль as feminine); the surname reading breaks ties.
 */
function voteGender(text: string, words: Word[], reads: ReadSpan[]): Gender {
  let m = 0;
  let f = 0;
  const firstGender = reads.find((r) => r.first && r.gender)?.gender ?? null;
  if (firstGender === 'm') m += 1.5;
  if (firstGender === 'f') f += 1.5;
  const vote = (verb: Word | undefined): void => {
    if (!verb || verb.cap || verb.latin || !/(л|ла|лся|лась|в|вся)$/u.test(verb.lower)) return;
    const vi = wordInfo(verb.text);
    if (vi.nounCases || vi.adjective || vi.functionWord) return;
    const g = verbGender(verb.lower);
    if (g === 'm') m++;
    if (g === 'f') f++;
  };
  const glued = (a: Word, b: Word | undefined): b is Word =>
    b !== undefined && a.sentence === b.sentence && /^ +$/u.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  for (const r of reads) {
    const first = r.span.words[0];
    const last = r.span.words[r.span.words.length - 1];
    let next = words[last.index + 1];
    // «Макрон вчера провел»: one adverb may stand between.
    if (glued(last, next) && next.lower.length > 2 && /(о|а|е|и)$/u.test(next.lower) && wordInfo(next.text).nounCases === 0 && !wordInfo(next.text).adjective) {
      const after = words[next.index + 1];
      if (glued(next, after)) vote(after);
    }
    if (glued(last, next)) vote(next);
    // «– заявил Макрон»
    const prev = words[first.index - 1];
    if (glued(first, prev) && r.cases === CASE.nomn) vote(prev);
  }
  if (m !== f) return m > f ? 'm' : 'f';
  return firstGender ?? reads.find((r) => r.gender)?.gender ?? null;
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
function settleFirst(text: string, words: Word[], g: Group): void {
  if (g.firsts.size < 2) return;
  const withFirst = g.reads.filter((r) => r.first && r.firstAlts.length);
  const shared = [...g.firsts.keys()].filter((f) => withFirst.every((r) => r.first === f || r.firstAlts.includes(f)));
  if (!shared.length) return;
  const sure = shared.find((f) => withFirst.some((r) => r.first === f && r.firstAlts.length === 1)) ?? shared[0];
  g.firsts = new Map([[sure, withFirst.length]]);
  g.reads = g.reads.map((r) => {
    if (!r.first || r.first === sure || !r.firstAlts.includes(sure)) return r;
    const s = r.span;
    return readSpan(s, contextCases(text, words, s.words[0], s.words[s.words.length - 1]), false, sure);
  });
}

export function groupPeople(text: string, words: Word[], spans: NameSpan[]): PersonGroup[] {
  const reads = spans.map((s) => {
    const from = s.words[0];
    const to = s.words[s.words.length - 1];
    return readSpan(s, contextCases(text, words, from, to), nominativeCue(text, words, from, to));
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
    }
    if (!target) {
      target = { reads: [], firsts: new Map(), stems: new Set(), alts: new Set(), patronymic: null };
      groups.push(target);
    }
    add(target, r);
    if (r.lastStem) {
      const list = byStem.get(r.lastStem) ?? [];
      if (!list.includes(target)) list.push(target);
      byStem.set(r.lastStem, list);
    }
  }
  return groups.map((g) => {
    g.reads.sort((a, b) => a.span.start - b.span.start);
    settleFirst(text, words, g);
    const first = g.firsts.size ? [...g.firsts].sort((a, b) => b[1] - a[1])[0][0] : null;
    const gender = voteGender(text, words, g.reads);
    const written = canonicalLast(g.reads);
    // Only a first name and the verbs agreeing settle the gender firmly enough to change the surname.
    const firstGender = g.reads.find((r) => r.first === first && r.gender)?.gender ?? null;
    const agreed = written && first && firstGender === gender && !/^\p{Script=Latin}/u.test(written);
    const last = agreed ? agreeSurname(written, gender) : written;
    const parts: NameParts = { first, last, patronymic: g.patronymic, gender };
    const initial = first ? null : (g.reads.find((r) => r.initial)?.initial ?? null);
    const name = [first ?? initial, last].filter(Boolean).join(' ') || g.reads[0].span.words.map((w: Word) => w.text).join(' ');
    return { spans: g.reads.map((r) => r.span), parts, name, cases: g.reads.map((r) => casesFor(r, gender)) };
  });
}
