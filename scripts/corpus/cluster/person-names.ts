/** The parts of a person's name the clustering and titles need, memoised where names recur. */
import type { TitlePerson } from '../../article/events/event-title.ts';
import { skeleton, slugify } from '../../lang/transliterate.ts';
import { memoByString } from '../../util/memo.ts';

/** Surname key that survives transliteration: Tokayev/Токаев/Токаєв → «tokaev». */
export const surnameKey = memoByString((surname: string): string => {
  const key = skeleton(surname).replace(/i(?=[aeou])/g, '');
  return key || slugify(surname);
});

/** The last word of a name (memoised: the same names recur in thousands of events). */
export const surnameOf = memoByString((full: string): string => {
  const words = full.split(' ');
  return words.length > 1 ? words[words.length - 1]! : full;
});

/** The first word of a name of two words or more («Андрей Зинченко» → «Андрей»). */
export function givenOf(full: string): string | null {
  const words = full.split(' ');
  return words.length > 1 ? words[0]! : null;
}

/** Feminine by a Slavic surname ending, else unknown. */
export function guessGender(full: string): TitlePerson['gender'] {
  const last = full.split(' ').pop() ?? '';
  if (/(?:ова|ева|єва|ина|іна|ая|ська|цька)$/u.test(last)) return 'f';
  return null;
}
