/**
 * The article as the name-span rules read it, and what each word can be in a
 * name (given name, patronymic, surname), from its morphology and shape.
 */
import { wordInfo, type NameReading, type WordInfo } from '../name-morphology.ts';
import { nameStem } from '../normalise-name.ts';
import { EN_FIRST_NAMES, NAME_PARTICLES, isRoleWord } from '../person-cues.ts';
import type { Word } from '../tokens-to-words.ts';
import { memoByString } from '../../../util/memo.ts';
import { isListedLatinGivenName } from '../../../lang/given-names.ts';
import { CAP_PARTICLES, CLAUSE_OPENERS, MONTHS, ORG_SHAPE, SLAVIC_SURNAME_SHAPE, UK_GENITIVE_SHAPE } from './name-cues-lexicon.ts';

const EMPTY_INFO: WordInfo = {
  first: [], last: [], patronymic: [], geo: 0, org: 0, common: 0, adjective: false, functionWord: false,
  known: false, adjectival: [], nounCases: 0, plural: false, preposition: false, ukCommon: false,
};
export const info = (w: Word): WordInfo => (w.latin ? EMPTY_INFO : wordInfo(w.text));
export const sum = (rs: NameReading[]): number => rs.reduce((s, r) => s + r.score, 0);

/** «-ахим» is a given name (Йоахим, Ибрахим), while «Еврохим», «Уралхим» are companies. */
export const orgShaped = memoByString((lower: string): boolean => ORG_SHAPE.test(lower) && !/ахим$/u.test(lower));
export const isMonth = memoByString((lower) => MONTHS.test(lower));
export const slavicSurnameShape = memoByString((lower) => SLAVIC_SURNAME_SHAPE.test(lower));
export const ukGenitiveShape = memoByString((lower) => UK_GENITIVE_SHAPE.test(lower));

export const isParticle = (w: Word): boolean => !w.cap && NAME_PARTICLES.has(w.lower);
export const isCapParticle = (w: Word): boolean => w.cap && CAP_PARTICLES.has(w.lower);

export interface Reader {
  text: string;
  words: Word[];
  /** Stems of surnames already found in the article (second reading only). */
  known: Set<string>;
  /** Words the article writes in lowercase (built on first use). */
  lowercase?: Set<string>;
}

/** Whether the article also writes this word in lowercase: one pass per article, not one text scan per word. */
export function writtenLowercase(r: Reader, lower: string): boolean {
  if (!r.lowercase) {
    r.lowercase = new Set();
    for (const w of r.words) if (w.text === w.lower) r.lowercase.add(w.lower);
  }
  return r.lowercase.has(lower);
}

export function isFirst(w: Word): boolean {
  if (!w.cap || w.initial || w.acronym) return false;
  // (Mid-sentence, a romanised name of the given-names lexicon too; a capitalised sentence opener is too often a word.)
  if (w.latin) return EN_FIRST_NAMES.has(w.lower) || (!w.clauseStart && isListedLatinGivenName(w.lower));
  const i = info(w);
  return i.first.length > 0 && sum(i.first) >= i.geo && !(i.functionWord && sum(i.first) < i.common);
}
export const isPatronymic = (w: Word): boolean => w.cap && !w.latin && info(w).patronymic.length > 0;

/** A surname by the dictionary, by az's adjectival prediction, or because the article already names it. */
export function isSurname(r: Reader, w: Word): boolean {
  if (!w.cap || w.initial || w.acronym || ukGenitiveShape(w.lower)) return false;
  if (r.known.has(nameStem(w.text))) return true;
  if (w.latin) return false;
  const i = info(w);
  return (i.last.length > 0 && sum(i.last) >= i.geo + i.org) || (!i.known && i.adjectival.length > 0);
}
/** Not in the dictionary at all (foreign names, Ukrainian spellings). */
export function isUnknown(w: Word): boolean {
  if (!w.cap || w.initial || w.acronym) return false;
  if (w.latin) return !EN_FIRST_NAMES.has(w.lower);
  return !info(w).known;
}
/** May fill a surname slot right after a first name or initials (Трамп, Макрон, Кан are dictionary words too). */
export function canBeSurname(r: Reader, w: Word): boolean {
  if (!w.cap || w.initial || w.acronym || ukGenitiveShape(w.lower)) return false;
  if (w.latin || isSurname(r, w)) return true;
  const i = info(w);
  if (!i.known) return true;
  if (i.functionWord) return false;
  // «Артур Гороховский», «Сергей Искусных»: a capitalised adjective after a first name is an adjectival surname.
  return !i.adjective || /(ский|цкий|ской|ская|цкая|ого|ому|им|ым|ой|ых|их|ый|ий|ій|ая|яя|а|у|ою|ої|ім)$/u.test(w.lower);
}
/** A capitalised word that could be a foreign given name before a surname (not a place, org, adjective or function word). */
export function canBeGiven(w: Word, pluralToo = false): boolean {
  if (!w.cap || w.initial || w.acronym || w.latin) return false;
  const i = info(w);
  return !i.functionWord && !i.adjective && !i.ukCommon && i.geo + i.org === 0 && (pluralToo || !i.plural) && !isRoleWord(w.lower, 'ru') && !isClauseOpener(w) && !ukGenitiveShape(w.lower) && !/^(аль|эль|ал|ас|ад|ибн|бен|бин|абу|ван|фон|де|ди|дю|ле|ла)-/iu.test(w.text);
}

/** Adjacent within a name: plain space, or the dot of an initial, or a hyphen. */
export function adjacent(text: string, a: Word, b: Word): boolean {
  if (a.sentence !== b.sentence) return false;
  // The gap text.slice(a.end, b.start) read in place: /^[ \u00a0]{1,2}$/, or /^ ?$/ after an initial, or «-».
  const length = b.start - a.end;
  if (length <= 0) return a.initial;
  if (length > 2) return false;
  const c = text.charCodeAt(a.end);
  if (length === 1) return c === 0x20 || c === 0xa0 || c === 0x2d;
  const d = text.charCodeAt(a.end + 1);
  return (c === 0x20 || c === 0xa0) && (d === 0x20 || d === 0xa0);
}

/** «Формулы-1», «Союз-2»: a capitalised word glued to a number names a thing. */
export const beforeNumber = (r: Reader, w: Word): boolean => /^-\d/u.test(r.text.slice(w.end, w.end + 2));
/** «Офіційно», «Нещодавно», «Традиційно»: Ukrainian adverbs in -но at a clause start. */
export const isClauseOpener = (w: Word): boolean => CLAUSE_OPENERS.has(w.lower) || (w.clauseStart && !info(w).known && /^\p{L}{4,}(но|ки)$/u.test(w.lower) && /[іїєґ]/u.test(w.lower));
/** Consonant-final (nominative-looking) given name before an oblique surname does not agree: «Зустріч Віткоффа», «Концерти Вакарчука». */
export const disagrees = (given: Word, last: Word): boolean =>
  (/[бвгджзклмнпрстфхцчшщь]$/u.test(given.lower) && /(а|я|у|ю|ом|ем|ові|еві|ого|ому|ою|ої|им|ым)$/u.test(last.lower)) ||
  (/[ії]$/u.test(given.lower) && /[бвгджзклмнпрстфхцчшщ]$/u.test(last.lower));
