/**
 * «сын Лесного Игорь», «вдова Стального Юлия»: a surname in the genitive (the
 * relative's) right before a given name in the nominative is no name of
 * two words but the person's first name after whose relative they are. The
 * span is read as the first name alone, so it joins the person the article
 * names in full.
 */
import { CASE, wordInfo } from './name-morphology.ts';
import { nameStem } from './normalise-name.ts';
import type { NameSpan } from './find-name-spans.ts';

/** Genitive shapes of Russian and Ukrainian surnames (Стального, Петрова, Ильина). */
const GENITIVE_SURNAME = /(ого|его|ова|ева|ёва|ина|ына|іна)$/u;

/** The spans with a «possessor + first name» read as the first name only; the others as they are. */
export function possessorBeforeName(spans: NameSpan[]): NameSpan[] {
  return spans.map((s) => {
    if (s.first.length !== 1 || s.last.length !== 1 || s.patronymic || s.initials.length || s.asian) return s;
    const [possessor, given] = [s.first[0]!, s.last[0]!];
    if (possessor.latin || !GENITIVE_SURNAME.test(possessor.lower)) return s;
    // The possessor is a surname of another mention in the article, the second word a given name in the nominative.
    const others = spans.some((o) => o !== s && o.last.length && nameStem(o.last[o.last.length - 1]!.text) === nameStem(possessor.text));
    if (!others) return s;
    if (!wordInfo(given.text).first.some((r) => r.cases & CASE.nomn) || wordInfo(possessor.text).first.length) return s;
    return { ...s, first: [given], last: [] };
  });
}
