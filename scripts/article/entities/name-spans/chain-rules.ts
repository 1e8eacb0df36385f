/**
 * Reading one chain of capitalised words into name spans: a table of small
 * rules tried in order at each position. The first rule that applies records
 * its spans and says how many words it consumed; a rule that does not apply
 * consumes nothing and the next one is tried.
 */
import { nameStem } from '../normalise-name.ts';
import { CASE } from '../name-morphology.ts';
import type { Word } from '../tokens-to-words.ts';
import { ADJECTIVE_SHAPE, BODY_HEADS, EN_GROUP_PLURAL, EN_THING_HEADS, NOT_GIVEN_SHAPE, PATRONYMIC_SHAPE, UK_SURNAME } from './name-cues-lexicon.ts';
import { NAME_PARTICLES, isRoleWord } from '../person-cues.ts';
import { GENERATIONAL_SUFFIX, span, type NameSpan } from './name-span.ts';
import { quotedTitle } from './chains.ts';
import { companyNameEnd, namesThing } from './thing-names.ts';
import { joinParticleTails } from './particle-tails.ts';
import {
  appositionAfter, attributedQuote, headsPhrase, kinBefore, meetingObject, nounAfter, opensBodyName, placeAfterPreposition, prepositionAfter,
  regnalNumber, roleBefore, verbAfter,
} from './context-cues.ts';
import {
  beforeNumber, canBeGiven, canBeSurname, disagrees, info, isCapParticle, isClauseOpener, isFirst, isParticle, isPatronymic,
  isSurname, isUnknown, orgShaped, sum, ukGenitiveShape, writtenLowercase, type Reader,
} from './reader.ts';

/** Where a rule stands: the chain, the position, its next two words and the spans found so far. */
interface Position {
  r: Reader;
  chain: Word[];
  i: number;
  w: Word;
  n1: Word | undefined;
  n2: Word | undefined;
  found: NameSpan[];
}

/** The word `k` places after the position. */
const at = (p: Position, k: number): Word | undefined => p.chain[p.i + k];
const knownStem = (p: Position, w: Word): boolean => p.r.known.has(nameStem(w.text));

/** A chain rule: the number of words it consumed (after pushing its spans), 0 when it does not apply. */
type ChainRule = (p: Position) => number;

/** East Asian names as short syllables: «Ли Со Ён», «Аун Сан Су Чжи», «Кима Чен Ира». */
const asianSyllables: ChainRule = (p) => {
  let run = 0;
  // Look at most 5 words ahead: scanning the whole chain here made long chains quadratic.
  while (run < 5 && at(p, run) && !(at(p, run) as Word).latin && (at(p, run) as Word).text.length <= (run === 0 ? 5 : 4) && !(at(p, run) as Word).initial) run++;
  if (run > 4) run = 3;
  if (run >= 3 && p.chain.slice(p.i, p.i + run).some(isCapParticle)) run = 0;
  if (run >= 3 && p.chain.slice(p.i, p.i + run).filter((x) => !info(x).known || info(x).first.length > 0 || info(x).last.length > 0).length >= 2) {
    const ws = p.chain.slice(p.i, p.i + run);
    p.found.push(span(ws, { last: ws, asian: true }, 'pattern'));
    return run;
  }
  return 0;
};

/** «Von der Leyen said»: a name particle capitalised only because it opens the sentence. */
const particleAtClauseStart: ChainRule = (p) => {
  if (!p.w.clauseStart || !NAME_PARTICLES.has(p.w.lower)) return 0;
  let k = 1;
  while (at(p, k) && isParticle(at(p, k) as Word)) k++;
  const l = at(p, k);
  if (!l || !knownStem(p, l)) return 0;
  const ws = p.chain.slice(p.i, p.i + k + 1);
  p.found.push(span(ws, { last: ws }, 'propagated'));
  return ws.length;
};

/** Initials then a surname: «В. В. Путин», «В.Путин» (initials without one are skipped). */
const initialsThenSurname: ChainRule = (p) => {
  if (!p.w.initial) return 0;
  const inits = [p.w];
  let k = 1;
  while (at(p, k)?.initial && inits.length < 2) inits.push(at(p, k++) as Word);
  const l = at(p, k);
  // «J. Robert Oppenheimer»: an initial before a given name and a surname is part of the given names.
  const l2 = at(p, k + 1);
  if (l && l2 && inits.length === 1 && l.latin && isFirst(l) && canBeSurname(p.r, l2)) {
    p.found.push(span(p.chain.slice(p.i, p.i + k + 2), { first: [...inits, l], last: [l2] }, 'pattern'));
    return k + 2;
  }
  if (l && canBeSurname(p.r, l)) {
    p.found.push(span(p.chain.slice(p.i, p.i + k + 1), { initials: inits, last: [l] }, 'pattern'));
    return k + 1;
  }
  return k;
};

/** Surname then initials: «Путин В.В.». */
const surnameThenInitials: ChainRule = (p) => {
  const { w, n1, n2 } = p;
  if (!n1?.initial || !(isSurname(p.r, w) || isUnknown(w))) return 0;
  const inits = [n1];
  if (n2?.initial) inits.push(n2);
  p.found.push(span(p.chain.slice(p.i, p.i + 1 + inits.length), { initials: inits, last: [w] }, 'pattern'));
  return 1 + inits.length;
};

/** Surname, first name and patronymic in a row. */
const surnameFirstPatronymic = (p: Position): boolean =>
  p.n1 !== undefined && p.n2 !== undefined && isSurname(p.r, p.w) && isFirst(p.n1) && isPatronymic(p.n2);

/** After a kinship noun the surname is the relative's, in the genitive: the full name that follows is someone else. */
const relativeSurname: ChainRule = (p) => {
  if (!surnameFirstPatronymic(p) || !kinBefore(p.r, p.w)) return 0;
  p.found.push(span([p.w], { last: [p.w] }, 'dictionary'));
  return 1;
};

/**
 * Surname First Patronymic in the official order when the dictionary cannot
 * vouch for the surname or the given name (Ukrainian spellings, rare
 * surnames): the patronymic's shape, in any case, makes the three one name.
 */
const surnameGivenPatronymicByShape: ChainRule = (p) => {
  const { r, w, n1, n2 } = p;
  if (!n1 || !n2 || w.latin || !PATRONYMIC_SHAPE.test(n2.text) || !(isPatronymic(n2) || !info(n2).known)) return 0;
  if (!(isFirst(n1) || canBeGiven(n1)) || isFirst(w) || isPatronymic(w) || !canBeSurname(r, w)) return 0;
  const wi = info(w);
  // (A common noun may be the surname, «Мельник», «Коваль», mid-sentence before a sure given name and patronymic, where no
  // role or body noun governs it: not «глава Администрации Иван Петрович».)
  const sureRest = isFirst(n1) && isPatronymic(n2) && !w.clauseStart && !wi.adjective && !wi.plural && !roleBefore(r, w);
  if (wi.geo + wi.org > 0 || (wi.known && wi.common > sum(wi.last) && !sureRest) || isClauseOpener(w) || isRoleWord(w.lower, 'ru') || orgShaped(w.lower) ||
    NOT_GIVEN_SHAPE.test(w.lower) || kinBefore(r, w)) return 0;
  // «… Республики Олег Петрович Сомов»: a surname after the patronymic is the name's own.
  const n3 = at(p, 3);
  if (n3 && canBeSurname(r, n3) && !isFirst(n3)) return 0;
  p.found.push(span([w, n1, n2], { last: [w], first: [n1], patronymic: n2 }, 'pattern'));
  return 3;
};

/** Surname First Patronymic: the official order. */
const surnameFirstName: ChainRule = (p) => {
  if (!surnameFirstPatronymic(p)) return 0;
  p.found.push(span(p.chain.slice(p.i, p.i + 3), { last: [p.w], first: [p.n1 as Word], patronymic: p.n2 as Word }, 'dictionary'));
  return 3;
};

/** A place in the locative right before a name is not a first given name: skip it. */
const placeBeforeName: ChainRule = (p) => (p.n1 && isFirst(p.w) && isFirst(p.n1) && placeAfterPreposition(p.r, p.w) ? 1 : 0);

/** The position opens with a given name (unless it is a known surname before a word that is no given name). */
const leadsWithFirst = (p: Position): boolean =>
  isFirst(p.w) && !(p.n1 && isSurname(p.r, p.w) && !isFirst(p.n1) && knownStem(p, p.w));

/** First Patronymic [Surname]. */
const firstPatronymic: ChainRule = (p) => {
  const { w, n1, n2 } = p;
  if (!leadsWithFirst(p) || !n1 || !isPatronymic(n1)) return 0;
  const withLast = n2 && canBeSurname(p.r, n2) && !isFirst(n2);
  // A given name only the name lexicon knows (Эван, Реджеп) is foreign: the -ович after it is a surname.
  if (!withLast && !info(w).known) return 0;
  const ws = p.chain.slice(p.i, p.i + (withLast ? 3 : 2));
  p.found.push(span(ws, { first: [w], patronymic: n1, last: withLast ? [n2 as Word] : [] }, 'dictionary'));
  return ws.length;
};

/** First [Second] [particles] Surname [Surname]: a given name (or two), name particles, then one or two surname words. */
const firstThenSurname: ChainRule = (p) => {
  if (!leadsWithFirst(p)) return 0;
  const { r, w } = p;
  let k = 1;
  const firsts = [w];
  while (at(p, k) && isFirst(at(p, k) as Word) && !isSurname(r, at(p, k) as Word) && at(p, k + 1) && canBeSurname(r, at(p, k + 1) as Word) && firsts.length < 2) {
    firsts.push(at(p, k++) as Word);
  }
  let q = k;
  while (at(p, q) && (isParticle(at(p, q) as Word) || (isCapParticle(at(p, q) as Word) && at(p, q + 1)))) q++;
  const l1 = at(p, q);
  if (!l1 || !canBeSurname(r, l1)) return 0;
  const last = [l1];
  const l2 = at(p, q + 1);
  // A second surname word when the first is not itself a sure surname.
  if (l2 && !w.latin && !isSurname(r, l1) && canBeSurname(r, l2) && info(l2).geo === 0 && !isFirst(l2) && (isUnknown(l1) || isUnknown(l2) || isSurname(r, l2))) last.push(l2);
  // «Robert Downey Jr.»: a generational suffix ends the surname.
  const suffix = at(p, q + last.length);
  if (suffix && GENERATIONAL_SUFFIX.test(suffix.text)) last.push(suffix);
  const ws = p.chain.slice(p.i, p.i + q + last.length);
  const particles = p.chain.slice(p.i + k, p.i + q);
  p.found.push(span(ws, { first: firsts, last: [...particles, ...last] }, 'dictionary'));
  return ws.length;
};

/**
 * A Ukrainian ordinary word that is also a given name in an oblique case first of all
 * (the authorities' «Влада» read as the genitive of Влад): at a clause start before a
 * verb, the subject is the ordinary word in the nominative. (A name whose likeliest
 * reading is a nominative, Ярина or Надія, stays a name.)
 */
function commonWordFirst(fi: ReturnType<typeof info>): boolean {
  if (!fi.ukAlsoCommon || !fi.first.length) return false;
  const top = fi.first.reduce((a, b) => (b.score > a.score ? b : a));
  return !(top.cases & CASE.nomn);
}

/** A first name alone: trust it mid-sentence; at a clause start only if it is mostly a name. */
const loneFirstName: ChainRule = (p) => {
  if (!leadsWithFirst(p)) return 0;
  const { r, w } = p;
  const fi = info(w);
  if (knownStem(p, w) && !w.latin) {
    // A word that is also a given name but the article uses as a surname.
    p.found.push(span([w], { last: [w] }, 'propagated'));
  } else if (!w.latin && (!w.clauseStart || (sum(fi.first) > fi.common && !(commonWordFirst(fi) && verbAfter(r, w)) && !prepositionAfter(r, w) && !writtenLowercase(r, w.lower))) && !placeAfterPreposition(r, w)) {
    // «Карла III», «Людовика XIV»: the regnal number is part of the name in any script.
    const regnal = regnalNumber(r, w);
    p.found.push(regnal ? span([w, regnal], { first: [w], last: [regnal] }, 'dictionary') : span([w], { first: [w] }, 'dictionary'));
  } else if (w.latin && (roleBefore(r, w) || verbAfter(r, w) || regnalNumber(r, w))) {
    const regnal = regnalNumber(r, w);
    p.found.push(regnal ? span([w, regnal], { first: [w], last: [regnal] }, 'cue') : span([w], { first: [w] }, 'cue'));
  }
  return 1;
};

/**
 * A foreign given name before a surname, or any capitalised word before a
 * surname the article already knows. (Not when the next word starts a «First
 * Last» of its own.) After a role, what the dictionary makes of the given name
 * does not count (with two more words to come, a word right after the role is
 * its complement).
 */
const givenBeforeSurname: ChainRule = (p) => {
  const { r, w, n1, n2 } = p;
  if (!n1) return 0;
  const before = r.words[w.index - 1];
  // (The role may open the sentence, capitalised.)
  const roleRightBefore = before !== undefined && before.sentence === w.sentence && (!before.cap || before.clauseStart) && isRoleWord(before.lower, 'ru');
  const afterRole = canBeGiven(w, true) && roleBefore(r, w) && !(n2 && roleRightBefore);
  // (Nor before a surname the article already knows, whatever the given name is to az.)
  const beforeKnown = canBeGiven(w, true) && knownStem(p, n1);
  if (!(canBeGiven(w) || afterRole || beforeKnown) || isSurname(r, w) || (isFirst(n1) && n2 && canBeSurname(r, n2))) return 0;
  const unknownGiven = (!info(w).known || afterRole) && !orgShaped(w.lower) && !NOT_GIVEN_SHAPE.test(w.lower);
  const l = isCapParticle(n1) && n2 ? n2 : n1;
  const li = info(l);
  const ok = unknownGiven
    ? canBeSurname(r, l) && li.geo === 0 && !isRoleWord(l.lower, 'ru') && !orgShaped(l.lower) && !(li.known && headsPhrase(r, l)) &&
      !ukGenitiveShape(l.lower) && !(w.clauseStart && disagrees(w, l))
    : !w.clauseStart && knownStem(p, l);
  if (!ok) return 0;
  let end = 2;
  // A particle or a second unknown word closing the chain belongs to the surname.
  if (n2 && (isCapParticle(n1) || (isUnknown(n1) && isUnknown(n2) && !at(p, 3))) && canBeSurname(r, n2)) end = 3;
  const ws = p.chain.slice(p.i, p.i + end);
  p.found.push(span(ws, { first: [w], last: ws.slice(1) }, 'pattern'));
  return end;
};

/**
 * Two name words in a row are one person even when the first is a surname by
 * the dictionary. (Cyrillic only: English title case capitalises every word.
 * Not when the next two words are a «First Last» of their own.)
 */
const twoNameWords: ChainRule = (p) => {
  const { r, w, n1, n2 } = p;
  if (!(n1 && !w.latin && isSurname(r, w) && (isFirst(n1) || isUnknown(n1)) && !(n2 && isPatronymic(n2)) &&
    !(isFirst(n1) && n2 && canBeSurname(r, n2) && !isFirst(n2)) &&
    !isRoleWord(w.lower, 'ru') && !ukGenitiveShape(n1.lower) && !isClauseOpener(n1))) return 0;
  p.found.push(span([w, n1], { first: [w], last: [n1] }, 'pattern'));
  return 2;
};

/** A lone surname; a lone capitalised adjective is a place/org name part unless cued. */
const loneSurname: ChainRule = (p) => {
  const { r, w } = p;
  if (!isSurname(r, w)) return 0;
  const ii = info(w);
  const prevWord = r.words[w.index - 1];
  const cued = (roleBefore(r, w) && !(prevWord && BODY_HEADS.test(prevWord.lower))) || verbAfter(r, w) || knownStem(p, w);
  const adjectiveHead = !cued && (ii.adjective || (ADJECTIVE_SHAPE.test(w.lower) && (headsPhrase(r, w) || (!ii.known && nounAfter(r, w)))));
  const trusted = (!w.clauseStart || sum(ii.last) >= ii.common || !ii.known || cued) && !(w.clauseStart && !cued && writtenLowercase(r, w.lower));
  if (!adjectiveHead && trusted && !placeAfterPreposition(r, w) && !beforeNumber(r, w)) {
    p.found.push(span([w], { last: [w] }, knownStem(p, w) ? 'propagated' : 'dictionary'));
  }
  return 1;
};

/**
 * English «First Last» without a known first name needs a cue (or, outside
 * title-case runs, the article names the surname alone elsewhere).
 */
const englishCuedName: ChainRule = (p) => {
  const { r, w, n1, n2, chain, i } = p;
  if (!(w.latin && w.cap && n1?.latin && !isRoleWord(w.lower, 'en') && canBeSurname(r, n1) &&
    (roleBefore(r, w) || verbAfter(r, n1) || (!w.clauseStart && chain.length === 2 && (knownStem(p, n1) || appositionAfter(r, n1)))))) return 0;
  // A third capitalised word closing the chain after a role is the surname.
  const three = n2?.latin && canBeSurname(r, n2) && i + 3 === chain.length && roleBefore(r, w);
  const ws = three ? [w, n1, n2 as Word] : [w, n1];
  p.found.push(span(ws, { first: ws.slice(0, -1), last: ws.slice(-1) }, 'cue'));
  return ws.length;
};

/** A lone capitalised word (or the last of the chain) with a person cue: a role before, a speech verb after. */
const loneCuedWord: ChainRule = (p) => {
  const { r, w, n1, chain, i } = p;
  if (n1 && i !== chain.length - 1) return 1;
  const ii = info(w);
  const shapeOk = !orgShaped(w.lower) && ii.geo + ii.org === 0 && !ii.adjective && !ii.functionWord && !ii.ukCommon && !ii.plural &&
    !headsPhrase(r, w) && !beforeNumber(r, w) && !opensBodyName(r, w);
  const roleWord = r.words[w.index - 1];
  // Heads of bodies take the body in the genitive.
  const bodyHead = roleWord !== undefined && BODY_HEADS.test(roleWord.lower) && (ii.known || w.latin);
  // An ordinary word the article also writes in lowercase is not a name.
  const ordinary = ii.known && ii.common > 0 && writtenLowercase(r, w.lower);
  // A feminine oblique adjective after a role noun describes the role.
  const roleAttribute = /(ської|цької|ской|цкой)$/u.test(w.lower);
  const byRole = roleBefore(r, w) && (!w.latin || roleWord?.latin === true) && !bodyHead && !ordinary && !roleAttribute;
  // A speech verb only vouches for a subject: nominative-capable, unknown to the dictionary, mid-sentence.
  const byMeeting = w.latin && !w.clauseStart && meetingObject(r, w);
  const byVerb = !w.clauseStart && !ii.known && (ii.nounCases === 0 || (ii.nounCases & CASE.nomn) !== 0) && (verbAfter(r, w) || attributedQuote(r, w)) &&
    (!w.latin || roleWord?.latin === true) && !beforeNumber(r, w);
  // Slavic surname shapes the Russian dictionary cannot know in Ukrainian spelling.
  const byShape = !w.clauseStart && !w.latin && !ii.known && UK_SURNAME.test(w.lower) && /[іїєґ]|ськ|цьк/u.test(w.lower) && !nounAfter(r, w);
  const regnal = byRole ? regnalNumber(r, w) : null;
  if (regnal) p.found.push(span([w, regnal], { first: [w], last: [regnal] }, 'cue'));
  else if (shapeOk && (byRole || byVerb || byShape || byMeeting)) p.found.push(span([w], { last: [w] }, byShape ? 'pattern' : 'cue'));
  return 1;
};

/** The rules in the order they are tried; the last always applies. */
const CHAIN_RULES: readonly ChainRule[] = [
  asianSyllables, particleAtClauseStart, initialsThenSurname, surnameThenInitials, relativeSurname, surnameFirstName, surnameGivenPatronymicByShape,
  placeBeforeName, firstPatronymic, firstThenSurname, loneFirstName, givenBeforeSurname, twoNameWords, loneSurname,
  englishCuedName, loneCuedWord,
];

/** Read one chain into zero or more name spans. */
export function readChain(r: Reader, chain: Word[]): NameSpan[] {
  const found: NameSpan[] = [];
  if (quotedTitle(r.text, chain) && !(chain.length >= 2 && isFirst(chain[0]) && canBeSurname(r, chain[1]))) return found;
  // An English name that ends in a thing's head noun names the thing.
  if (chain.length >= 2 && EN_THING_HEADS.has(chain[chain.length - 1].lower.normalize('NFC'))) return found;
  // «Social Democrats», «Republicans»: the members of a party or group.
  const last = chain[chain.length - 1];
  if (last.latin && EN_GROUP_PLURAL.test(last.lower)) return chain.length > 1 ? readChain(r, chain.slice(0, -1)).filter((s) => s.end < last.start) : found;
  // A company's name, then more capitalised words: those are read on their own.
  const companyEnd = companyNameEnd(chain);
  if (companyEnd) return readChain(r, chain.slice(companyEnd));
  // Companies, brands, media, events and streets, whatever the dictionary reads in their words.
  if (namesThing(r, chain)) return found;
  let i = 0;
  while (i < chain.length) {
    const p: Position = { r, chain, i, w: chain[i], n1: chain[i + 1], n2: chain[i + 2], found };
    let consumed = 0;
    for (const rule of CHAIN_RULES) {
      consumed = rule(p);
      if (consumed > 0) break;
    }
    i += consumed;
  }
  return joinParticleTails(chain, found);
}
