import type { Word } from '../tokens-to-words.ts';

/** One name mention as found, before grouping into people. */
export interface NameSpan {
  start: number;
  end: number;
  sentence: number;
  words: Word[];
  first: Word[];
  patronymic: Word | null;
  last: Word[];
  initials: Word[];
  /** How the span was recognised (used to settle overlaps with organisations/places). */
  evidence: 'dictionary' | 'pattern' | 'cue' | 'propagated';
  /** East Asian name written as syllables («Ким Чен Ын»): kept as written. */
  asian?: boolean;
  /** The surname's nominative when the finder knows it better than morphology («путіна» → «Путін»). */
  nominative?: string;
}

/** A span over `words` with the given name parts. */
export function span(words: Word[], parts: Partial<NameSpan>, evidence: NameSpan['evidence']): NameSpan {
  return {
    start: words[0].start,
    end: words[words.length - 1].end,
    sentence: words[0].sentence,
    words,
    first: parts.first ?? [],
    patronymic: parts.patronymic ?? null,
    last: parts.last ?? [],
    initials: parts.initials ?? [],
    evidence,
    ...(parts.asian ? { asian: true } : {}),
  };
}

/** «Jr», «Sr» after an English surname: part of the name, but not the word it is found by. */
export const GENERATIONAL_SUFFIX = /^(Jr|Sr)$/;

/** The word of the surname that other mentions find the person by (Downey of «Downey Jr.»). */
export function surnameWord(s: Pick<NameSpan, 'last'>): Word | undefined {
  const n = s.last.length;
  return n > 1 && GENERATIONAL_SUFFIX.test(s.last[n - 1].text) ? s.last[n - 2] : s.last[n - 1];
}
