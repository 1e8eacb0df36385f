import type { LocalEntity, ParsedArticle, Sentence } from '../../scripts/model/model.ts';

/** A minimal ParsedArticle around a text, for stage tests that need only text and body. */
export function articleOf(text: string, file = 'test.txt'): ParsedArticle {
  return {
    file, format: 'txt', text, hash: 'x', encoding: 'utf-8', title: '', titleSource: 'derived', date: null,
    datePrecision: null, declaredLang: null, source: null, url: null, tags: [], body: { start: 0, end: text.length },
    blocks: [{ start: 0, end: text.length, kind: 'paragraph' }], problems: [],
  };
}

/** Naive sentence split (tests only): blank lines, and . ! ? … followed by space and a capital. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    const tokens = [...text.slice(start, end).matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((t) => ({ start: start + t.index, end: start + t.index + t[0].length, text: t[0] }));
    sentences.push({ start, end, block: 0, tokens });
  };
  const boundary = /\n\s*\n|(?<=[.!?…]["»”]?)\s+(?=["«„]?[\p{Lu}\d–—-])/gu;
  let from = 0;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return sentences;
}

export function names(entities: LocalEntity[], type?: string): string[] {
  return entities.filter((e) => !type || e.type === type).map((e) => e.name).sort();
}
