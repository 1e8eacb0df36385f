/**
 * The slug a new person id is made from. Ids are permalinks read by people
 * worldwide, so the person's English full name is preferred when the corpus
 * has one (`donald-trump`, not the transliteration `donald-tramp`); otherwise
 * the canonical name, transliterated. Collisions and curated ids are settled
 * by the caller (resolve/naming.ts `assignIds`).
 */
import type { Lang } from '../model/model.ts';
import { slugify } from '../lang/transliterate.ts';

/** A full name in Latin letters: at least two words (a surname alone could be anyone's). */
const LATIN_FULL_NAME = /^\p{Script=Latin}[\p{Script=Latin}'’.-]*(?:\s+\p{Script=Latin}[\p{Script=Latin}'’.-]*)+$/u;

export function personIdBase(name: string, names: Partial<Record<Lang, string>>): string {
  const english = names.en?.trim();
  return english && LATIN_FULL_NAME.test(english) ? slugify(english, 'en') : slugify(name);
}
