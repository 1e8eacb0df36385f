/** What one local person entity says about who it is: surname and first-name keys, script, gender, kind. */
import type { LocalEntity } from '../../model/model.ts';
import { personSkeleton, scriptOf } from '../../lang/transliterate.ts';
import { memoByString } from '../../util/memo.ts';
import { GIVEN_NAME_FORMS, REGNAL_NAMES } from './given-names.data.ts';

export interface PersonFacts {
  last: string | null;
  lastSk: string;
  lastCons: string;
  firstCons: string | null;
  /**
   * Consonants of the whole full name, given names and surname together: one
   * person's name read with its words split differently between the given
   * names and the surname («A B C» as «A B | C» in one language and «A | B C»
   * in another) still has one.
   */
  wholeCons: string | null;
  initial: string | null;
  script: 'latin' | 'cyrillic' | 'other';
  gender: 'm' | 'f' | null;
  kind: 'full' | 'surname' | 'role' | 'mononym';
}

/** Consonants of a name's skeleton: survives English vowel spellings (Trump = Трамп, Biden = Байден). */
export const personConsonants = memoByString((word: string): string => {
  // ф/v: «фон дер Ляйен» = «von der Leyen».
  return personSkeleton(word).replace(/[aeiou]/g, '').replace(/f/g, 'v');
});

const scriptOfWord = memoByString(scriptOf);

function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

export function isInitial(word: string | null): boolean {
  return word !== null && isInitialWord(word);
}

const isInitialWord = memoByString((word: string): boolean => /^\p{L}{1,2}\.?$/u.test(word) && word.replace('.', '').length <= 2 && /\.$|^\p{L}$/u.test(word));

export function personFacts(entity: LocalEntity): PersonFacts {
  const parts = entity.parts;
  const hasName = entity.mentions.some((m) => m.kind === 'name');
  let first = parts?.first ?? null;
  let last = parts?.last ?? null;
  if (!parts && hasName) {
    const words = nameWords(entity.name);
    if (words.length >= 2) {
      first = words[0]!;
      last = words[words.length - 1]!;
    } else if (words.length === 1) last = words[0]!;
  }
  // A regnal number is no surname: «Charles III» goes by Charles.
  if (first && last && ROMAN_NUMERAL.test(last)) last = null;
  const script = scriptOfWord(last ?? first ?? entity.name);
  const gender = parts?.gender ?? null;
  let kind: PersonFacts['kind'];
  if (!hasName || (!first && !last)) kind = 'role';
  else if (last && first && !isInitial(first)) kind = 'full';
  else if (last) kind = 'surname';
  else kind = 'mononym';
  if (kind === 'mononym') last = first;
  // «Pope Francis … Francis said»: a lone regnal name is the given name, whichever slot it was read in.
  if (kind === 'surname' && !first && last && REGNAL_SKELETONS.has(givenSkeleton(last))) kind = 'mononym';
  const initial = first ? (personSkeleton(first)[0] ?? null) : null;
  // A lone given name (a pope, a monarch) is found by the form all its spellings share.
  const lastSk = !last ? '' : kind === 'mononym' ? givenSkeleton(last) : personSkeleton(last);
  return {
    last,
    lastSk,
    lastCons: last ? (kind === 'mononym' ? personConsonants(GIVEN_SKELETONS.has(personSkeleton(last)) ? lastSk : last) : personConsonants(last)) : '',
    firstCons: first && kind === 'full' ? firstNameKey(first) : null,
    wholeCons: first && last && kind === 'full' ? personConsonants(`${first}${last}`.replace(/[\s-]+/g, '')) : null,
    initial,
    script,
    gender,
    kind,
  };
}

/**
 * First names whose Ukrainian, Russian and English forms start (or end) differently
 * (Микола = Николай, Микита = Никита, Ганна = Анна, Олена = Елена, Христина =
 * Кристина, Костянтин = Константин, Michael = Майкл), as skeleton rewrites.
 */
const FIRST_NAME_STARTS: [RegExp, string][] = [
  [/^mik(?=ol|it)/, 'nik'],
  [/^nikola$/, 'nikoli'],
  [/^hana/, 'ana'],
  [/^olin(?=a$)/, 'ilin'],
  [/^hris/, 'kris'],
  [/^kost(?=i?antin)/, 'konst'],
  [/^mic(?=ail)/, 'mik'],
];

/**
 * The first name's key: its consonants (Павло = Павел = Pavel, Михайло =
 * Михаил), or the whole skeleton when one consonant or none is left, since
 * then the vowels are what tell names apart (Олег / Юлия / Илья, Анна / Яна).
 * A final -a is kept: it tells a woman's name from the man's (Александра /
 * Александр, Ярослава / Ярослав, Дарья / Дарий).
 */
const firstNameKey = memoByString((first: string): string => {
  let sk = givenSkeleton(first);
  for (const [re, to] of FIRST_NAME_STARTS) sk = sk.replace(re, to);
  const cons = sk.replace(/[aeiou]/g, '').replace(/f/g, 'v');
  // Vowels spelled with two letters in one script and one in the other end alike (Joe = Джо).
  if (cons.length < 2) return sk.replace(/(?<![aeiou])([aeiou])[aeiou]+$/, '$1');
  return sk.endsWith('a') ? `${cons}a` : cons;
});

/** Every spelling of a given name in GIVEN_NAME_FORMS, by skeleton, → the skeleton of its row's first spelling. */
const GIVEN_SKELETONS = new Map<string, string>(GIVEN_NAME_FORMS.flatMap((row) => row.map((form): [string, string] => [personSkeleton(form), personSkeleton(row[0]!)])));

const REGNAL_SKELETONS = new Set(REGNAL_NAMES.map((name) => GIVEN_SKELETONS.get(personSkeleton(name)) ?? personSkeleton(name)));
const ROMAN_NUMERAL = /^[IVX]{1,5}$/u;

/** A given name's skeleton, the same for its church, regnal and transliterated forms (Франциск = Francis). */
const givenSkeleton = (word: string): string => {
  const sk = personSkeleton(word);
  return GIVEN_SKELETONS.get(sk) ?? sk;
};

/** A Cyrillic surname form without a case ending, or null when it has none to drop. */
export function obliqueStem(last: string): string | null {
  const stem = last.replace(/(ові|еві|ому|ого|ою|ею|им|ым|ом|ем|а|я|у|ю)$/u, '');
  return stem !== last && stem.length >= 3 ? stem : null;
}

export function normaliseSurface(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

export const normaliseRole = memoByString((text: string): string => normaliseSurface(text).replace(/[«»"“”„.,]/g, ''));

/** Surname skeleton and first-name key of a curated name or alias. */
export function aliasFacts(alias: string): { lastSk: string; firstCons: string | null } | null {
  const words = nameWords(alias);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  const first = words.length >= 2 && !isInitial(words[0]!) ? words[0]! : null;
  return { lastSk: personSkeleton(last), firstCons: first ? firstNameKey(first) : null };
}
