import { expect } from 'vitest';
import { createHash } from 'node:crypto';
import type { DecodedText, ParsedArticle, Sentence } from '../../scripts/model/model.ts';

export function decoded(file: string, text: string): DecodedText {
  return { file, text, encoding: 'utf-8', hash: createHash('sha256').update(text).digest('hex') };
}

export function blockTexts(a: ParsedArticle): Array<[string, string]> {
  return a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)]);
}

export function sentenceTexts(a: ParsedArticle, sentences: Sentence[]): string[] {
  return sentences.map((s) => a.text.slice(s.start, s.end));
}

/** Offsets invariants: spans inside the text, ordered, tokens match their text, sentences inside their block. */
export function expectOffsetInvariants(a: ParsedArticle, sentences: Sentence[] = []): void {
  const n = a.text.length;
  expect(a.body.start).toBeGreaterThanOrEqual(0);
  expect(a.body.end).toBeLessThanOrEqual(n);
  let last = a.body.start;
  for (const b of a.blocks) {
    expect(b.start).toBeGreaterThanOrEqual(last);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.end).toBeLessThanOrEqual(a.body.end);
    last = b.end;
  }
  let prevEnd = 0;
  for (const s of sentences) {
    const block = a.blocks[s.block];
    expect(block).toBeDefined();
    expect(s.start).toBeGreaterThanOrEqual(block.start);
    expect(s.end).toBeLessThanOrEqual(block.end);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.tokens.length).toBeGreaterThan(0);
    expect(s.tokens[0].start).toBe(s.start);
    expect(s.tokens[s.tokens.length - 1].end).toBe(s.end);
    let tokEnd = s.start;
    for (const t of s.tokens) {
      expect(t.start).toBeGreaterThanOrEqual(tokEnd);
      expect(a.text.slice(t.start, t.end)).toBe(t.text);
      tokEnd = t.end;
    }
    prevEnd = s.end;
  }
}
