/**
 * Name forms for the search index. Pagefind stems Russian only (and we force
 * one index language), so entity pages carry the forms a reader may type:
 * case forms of Russian and Ukrainian surnames, Latin transliteration and the
 * ё→е folding.
 */

import { transliterate as transliterateText } from '../../lang/transliterate.ts';

/** Lowercase Latin spelling as readers type it («putin», «zelensky»): -iy/-yy shortened to -y. */
export function transliterate(text: string): string {
  return transliterateText(text.toLowerCase(), 'ru', { keepMarks: true }).replace(/iy\b/g, 'y').replace(/yy\b/g, 'y');
}

export function foldYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

const CYRILLIC = /[а-яёіїєґ]/i;

/** Case forms of one Cyrillic surname or name word, by ending (no dictionary). */
export function caseForms(word: string): string[] {
  const w = word.toLowerCase();
  if (!CYRILLIC.test(w) || w.length < 3) return [];
  const stem = (n: number): string => w.slice(0, w.length - n);
  if (/(ский|цкий|ськый|ський|цький)$/.test(w)) {
    const s = stem(2);
    return [s + 'ого', s + 'ому', s + 'им', s + 'ом', s + 'ий'];
  }
  if (/(ая|яя)$/.test(w)) return [stem(2) + 'ой', stem(2) + 'ую', stem(2) + 'ою'];
  if (/(ова|ева|ёва|ина|ына|іна)$/.test(w)) return [stem(1) + 'ой', stem(1) + 'у', stem(1) + 'ою', stem(1) + 'ій'];
  if (/[аяь]$/.test(w)) {
    const s = stem(1);
    return [s + 'ы', s + 'и', s + 'е', s + 'у', s + 'ю', s + 'ой', s + 'ей', s + 'і', s + 'ою', s + 'ею'];
  }
  if (/[йи]$/.test(w)) return [stem(1) + 'я', stem(1) + 'ю', stem(1) + 'ем', stem(1) + 'ї'];
  if (/[бвгґджзклмнпрстфхцчшщ]$/.test(w)) return [w + 'а', w + 'у', w + 'ом', w + 'ым', w + 'ом', w + 'е', w + 'ові', w + 'і', w + 'ем'];
  return [];
}

/**
 * All search forms for a set of names: each name, its ё-folded and Latin
 * forms, and (unless `cases: false`, for titles) case forms of each word.
 * Deduplicated, lowercase.
 */
export function searchForms(names: Iterable<string>, options: { cases?: boolean } = {}): string[] {
  const cases = options.cases ?? true;
  const forms = new Set<string>();
  const add = (s: string): void => {
    const t = s.trim().toLowerCase();
    if (t) forms.add(t);
  };
  for (const name of names) {
    add(name);
    add(foldYo(name));
    if (CYRILLIC.test(name)) add(transliterate(name));
    if (!cases) continue;
    for (const word of name.split(/[\s-]+/)) {
      for (const form of caseForms(word)) {
        add(form);
        add(foldYo(form));
      }
    }
  }
  return [...forms];
}
