/**
 * A capitalised word the dictionary does not know, shaped like the name of a
 * body or company («Росприроднадзор», «Укрнафтогаз», «Ростех»): an
 * organisation (the person finder refuses the same shape).
 */
import { orgShaped } from '../name-spans/reader.ts';
import type { Matcher } from './scan-context.ts';
import { capitaliseLike } from './words.ts';

export const matchOrgShaped: Matcher = (s, i) => {
  const w = s.words[i]!;
  if (!w.cap || w.caps || !w.cyrillic || w.text.includes('-')) return 0;
  const best = s.ann.at(i).best;
  const lower = w.text.toLowerCase();
  // («Засновником», «Керівником»: Ukrainian instrumentals in -ником; «Тверському»: adjectives.)
  if (best?.known || !orgShaped(lower) || /(ником|ому|ого|ої)$/u.test(lower)) return 0;
  // The predicted lemma gives the nominative of a Russian oblique form («Росприроднадзора»).
  const name = best && s.lang === 'ru' ? capitaliseLike(best.lemma, w.text) : w.text;
  s.out.push({ type: 'org', concept: null, name, start: w.start, end: w.end, sentence: s.sentence });
  return 1;
};
