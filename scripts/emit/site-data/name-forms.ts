/**
 * Name forms for the search index. Entity pages are indexed without
 * stemming for Cyrillic (../search/search-parts.ts), so they carry the forms
 * a reader may type: case forms of Russian and Ukrainian names for the
 * person's gender, Latin transliteration and the ё→е folding.
 */

import { transliterate as transliterateText } from '../../lang/transliterate.ts';

/** Lowercase Latin spelling as readers type it («putin», «zelensky»): -iy/-yy shortened to -y. */
export function transliterate(text: string): string {
  return transliterateText(text.toLowerCase(), 'ru', { keepMarks: true }).replace(/iy\b/g, 'y').replace(/yy\b/g, 'y');
}

/** Letters Ukrainian does not have: a name with one is not a Ukrainian spelling. */
const RUSSIAN_ONLY_LETTERS = /[ыэёъ]/i;

/**
 * Latin spellings of a Cyrillic name: the Russian table's (transliterate
 * above), and for what may be a Ukrainian spelling the Ukrainian table's too, with the
 * -ий ending as the official system writes it (-yi) and shortened (-y):
 * «Криницький» → krynytskyy, krynytskyi, krynytsky.
 */
export function latinForms(name: string): string[] {
  const forms = [transliterate(name)];
  if (!RUSSIAN_ONLY_LETTERS.test(name)) {
    const uk = transliterateText(name.toLowerCase(), 'uk', { keepMarks: true });
    forms.push(uk, uk.replace(/yy\b/g, 'yi'), uk.replace(/yy\b/g, 'y'));
  }
  return forms;
}

export function foldYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

const CYRILLIC = /[а-яёіїєґ]/i;

export type Gender = 'm' | 'f' | null;

/** Surname endings only women's surnames have (nominative): Иванова, Зеленська, Навальная. */
const FEMININE_SURNAME = /(?:ова|ева|ёва|єва|ина|ына|іна|їна|ая|яя|ська|цька)$/;
/** Surname endings only men's surnames have (nominative): Иванов, Зеленський, Навальный. */
const MASCULINE_SURNAME = /(?:ов|ев|ёв|єв|ин|ын|ін|їн|ский|цкий|ський|цький|ый|ий|ой)$/;
/** Men's given names that end in -а/-я like most women's. */
const MASCULINE_GIVEN_IN_A = new Set(['никита', 'илья', 'ілля', 'микола', 'кузьма', 'лука', 'фома', 'савва', 'сава', 'гаврила', 'мина', 'фока', 'иеремия', 'єремія']);

/**
 * A person's gender as their canonical names (nominative, ru/uk) show it:
 * the surname's ending when only one gender has it, else the given name's
 * (-а/-я for women, a consonant or -й for men). Null when nothing tells.
 */
export function nameGender(names: Iterable<string>): Gender {
  let byGiven: Gender = null;
  for (const name of names) {
    const words = name.toLowerCase().split(/\s+/).filter((w) => CYRILLIC.test(w));
    const last = words.at(-1);
    if (last === undefined) continue;
    if (FEMININE_SURNAME.test(last)) return 'f';
    if (MASCULINE_SURNAME.test(last)) return 'm';
    const given = words.length > 1 ? words[0]! : null;
    if (given === null || byGiven !== null) continue;
    if (/[ая]$/.test(given)) byGiven = MASCULINE_GIVEN_IN_A.has(given) ? 'm' : 'f';
    else if (/[бвгґджзйклмнпрстфхцчшщ]$/.test(given)) byGiven = 'm';
  }
  return byGiven;
}

/**
 * Case forms of one Cyrillic surname or name word, by ending (no
 * dictionary), for a person of `gender` (null: either). A woman's
 * consonant-final surname does not decline (Мелания Трамп, never «Трампа»),
 * and a masculine form is never listed for her (nor a feminine one for a
 * man): search finds the namesake of the gender the query's form has
 * («Зеленським» is a man, «Зеленською» a woman).
 */
export function caseForms(word: string, gender: Gender = null): string[] {
  const w = word.toLowerCase();
  if (!CYRILLIC.test(w) || w.length < 3) return [];
  const stem = (n: number): string => w.slice(0, w.length - n);
  const male = gender !== 'f';
  const female = gender !== 'm';
  if (/(ский|цкий|ськый|ський|цький)$/.test(w)) {
    const s = stem(2);
    return male ? [s + 'ого', s + 'ому', s + 'им', s + 'ом', s + 'ий'] : [];
  }
  if (/(ська|цька)$/.test(w)) return female ? [stem(1) + 'ої', stem(1) + 'ій', stem(1) + 'у', stem(1) + 'ою'] : [];
  if (/(ая|яя)$/.test(w)) return female ? [stem(2) + 'ой', stem(2) + 'ую', stem(2) + 'ою'] : [];
  if (/(ова|ева|ёва|єва|ина|ына|іна)$/.test(w)) return female ? [stem(1) + 'ой', stem(1) + 'у', stem(1) + 'ою', stem(1) + 'ої', stem(1) + 'ій'] : [];
  if (/[аяь]$/.test(w)) {
    const s = stem(1);
    return [s + 'ы', s + 'и', s + 'е', s + 'у', s + 'ю', s + 'ой', s + 'ей', s + 'і', s + 'ою', s + 'ею'];
  }
  if (!male) return [];
  if (/[йи]$/.test(w)) return [stem(1) + 'я', stem(1) + 'ю', stem(1) + 'ем', stem(1) + 'ї'];
  if (/[бвгґджзклмнпрстфхцчшщ]$/.test(w)) return [w + 'а', w + 'у', w + 'ом', w + 'ым', w + 'ом', w + 'е', w + 'ові', w + 'і', w + 'ем'];
  return [];
}

/**
 * All search forms for a set of names: each name, its ё-folded and Latin
 * forms, and (unless `cases: false`, for titles) case forms of each word,
 * for `gender` when the names are a person's. Deduplicated, lowercase.
 */
export function searchForms(names: Iterable<string>, options: { cases?: boolean; gender?: Gender } = {}): string[] {
  const cases = options.cases ?? true;
  const forms = new Set<string>();
  const add = (s: string): void => {
    const t = s.trim().toLowerCase();
    if (t) forms.add(t);
  };
  for (const name of names) {
    add(name);
    add(foldYo(name));
    if (CYRILLIC.test(name)) for (const latin of latinForms(name)) add(latin);
    if (!cases) continue;
    for (const word of name.split(/[\s-]+/)) {
      for (const form of caseForms(word, options.gender ?? null)) {
        add(form);
        add(foldYo(form));
      }
    }
  }
  return [...forms];
}

/**
 * A person's search forms: their names and the spellings they were
 * mentioned by, declined for the gender their canonical names show, and
 * their role phrases («глава Кремля»), declined whatever the gender.
 */
export function personSearchForms(canonical: readonly string[], spellings: readonly string[], roles: readonly string[]): string[] {
  const gender = nameGender(canonical);
  return [...new Set([...searchForms([...canonical, ...spellings], { gender }), ...searchForms(roles)])];
}
