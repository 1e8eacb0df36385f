/**
 * «Людмила и Анатолий Стальные»: two given names share one surname written
 * once in the plural after the second. The first person, found by the first
 * name alone, takes that surname in their own gender.
 */
import type { NameParts } from '../../model/model.ts';
import type { NameSpan } from './find-name-spans.ts';
import { agreeSurname } from './surname-gender.ts';
import type { Word } from './tokens-to-words.ts';

interface Named {
  spans: NameSpan[];
  parts: NameParts;
  name: string;
}

const AND = new Set(['и', 'і', 'та', 'й']);
/** A plural surname: Стальные, Ивановы, Ивановых, Стальні, Іванови. */
const PLURAL_SURNAME = /(ые|ие|ых|их|ы|і)$/u;

/** The masculine singular of a plural surname: Сомовы, Сомовых → Сомов; Стальные → Стальный; Стальні → Стальний. */
export function singularSurname(last: string): string {
  if (/(ов|ев|ёв|ин|ын|ів|ін)(ы|ых|и)$/u.test(last)) return last.replace(/(ы|ых|и)$/u, '');
  if (/(ск|цк)(ие|их)$/u.test(last)) return last.replace(/(ие|их)$/u, 'ий');
  if (/(ые|ых)$/u.test(last)) return last.replace(/(ые|ых)$/u, 'ый');
  if (/[бвгджзклмнпрстфхцчшщ]і$/u.test(last)) return last.replace(/і$/u, 'ий');
  return last;
}

/** Give a first-name-only person the plural surname of the person named right after «и»; returns the same array. */
export function shareCoordinatedSurname<T extends Named>(text: string, words: Word[], people: T[]): T[] {
  const byStart = new Map<number, T>();
  for (const p of people) for (const s of p.spans) byStart.set(s.start, p);
  for (const p of people) {
    if (p.parts.last || !p.parts.first) continue;
    for (const s of p.spans) {
      const and = words[s.words[s.words.length - 1]!.index + 1];
      const next = and ? words[and.index + 1] : undefined;
      if (!and || !next || !AND.has(and.lower) || !/^ +$/u.test(text.slice(s.end, and.start)) || !/^ +$/u.test(text.slice(and.end, next.start))) continue;
      const other = byStart.get(next.start);
      const span = other?.spans.find((o) => o.start === next.start);
      const lw = span?.last[span.last.length - 1];
      if (!other?.parts.last || !span?.first.length || !lw || !PLURAL_SURNAME.test(lw.lower)) continue;
      const singular = singularSurname(other.parts.last);
      if (singular !== other.parts.last) {
        other.parts = { ...other.parts, last: agreeSurname(singular, other.parts.gender) };
        other.name = [other.parts.first, other.parts.last].filter(Boolean).join(' ');
      }
      p.parts = { ...p.parts, last: agreeSurname(singular, p.parts.gender) };
      p.name = `${p.parts.first} ${p.parts.last}`;
      break;
    }
  }
  return people;
}
