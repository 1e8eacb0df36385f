/**
 * A place named by its adjective: «женевские переговоры», «стамбульських
 * домовленостей», "the Geneva talks" are held in the city. The adjective is
 * read back to the name by word-formation (женев-ские → Женев-а, стамбуль-
 * ських → Стамбул); countries are left out («российские переговоры» are not
 * held in Russia).
 */
import type { Lang } from '../../../model/model.ts';
import { langKey } from '../../../model/event-types.ts';
import { knownPlace } from './place-tree.ts';

/** Name candidates for a word: itself, then the stems of a nationality or place adjective with the name endings. */
export function nameForms(word: string, lang: 'ru' | 'uk' | 'en'): string[] {
  if (lang === 'en') {
    const out = [word];
    for (const [suffix, endings] of [['ian', ['ia', 'e', '']], ['an', ['a', '']], ['ese', ['', 'a']], ['i', ['']]] as const) {
      if (word.endsWith(suffix)) for (const e of endings) out.push(word.slice(0, -suffix.length) + e);
    }
    return out;
  }
  const base = /^(\p{L}{3,}?)(?:ь?ск|ськ|цьк|цк)\p{L}{1,3}$/u.exec(word)?.[1];
  if (!base) return [word];
  const hard = base.replace(/ь$/u, '');
  // The stem's last consonant alternates before -ск- (Рига → рижский, Прага → пражский).
  const plain = hard.replace(/ж$/u, 'г').replace(/ч$/u, 'к').replace(/ш$/u, 'х');
  return [word, base, hard, `${hard}а`, `${plain}а`, `${base}ия`, `${base}ія`, base.replace(/й$/u, 'я')];
}

/** The word right before `at` in `text`, if only spaces stand between. */
function wordBefore(text: string, at: number): string | null {
  // A backward scan: an end-anchored regex over the slice would backtrack from every letter.
  let end = at;
  while (end > 0 && at - end < 3 && /\s/u.test(text[end - 1]!)) end--;
  if (end === at) return null;
  let start = end;
  while (start > 0 && end - start < 40 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start < end ? text.substring(start, end) : null;
}

/** The city (its name in `lang`) whose adjective or name stands right before the event noun at `trigger`, or null. */
export function placeBeforeNoun(text: string, trigger: number, lang: Lang): string | null {
  const key = langKey(lang);
  const word = wordBefore(text, trigger);
  if (!word) return null;
  // An English name before the noun is capitalised ("Geneva talks"); a Slavic adjective is not.
  if (key === 'en' ? !/^\p{Lu}/u.test(word) : !/^\p{Ll}/u.test(word) || word.length < 6) return null;
  for (const form of key === 'en' ? [word] : nameForms(word, key)) {
    const place = knownPlace(form);
    if (place && place.chain.length > 1) return place.names[key] ?? null;
  }
  return null;
}
