/**
 * Spans of text inside quotation marks: titles of films, books, operations
 * (a film named after a city) and quoted speech. A place named there is part of
 * the title or of what someone said, not where the event took place.
 */
import type { Span } from '../../model/model.ts';

/** Opening mark → closing mark; the straight quote closes itself. */
const CLOSING: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“', '"': '"' };
/** A title or a remark is short; an unclosed mark further on is a stray one. */
const MAX_QUOTE = 200;

/** The quoted spans of `text` between `from` and `to` (offsets of the whole text), one linear pass. */
export function quotedSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (let i = from; i < to; i++) {
    const close = CLOSING[text[i]!];
    if (close === undefined) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0 || end > to || end - i > MAX_QUOTE) continue;
    spans.push({ start: i + 1, end });
    i = end;
  }
  return spans;
}

/** Whether [start, end) lies inside one of `spans`. */
export const insideAny = (spans: readonly Span[], start: number, end: number): boolean => spans.some((s) => start >= s.start && end <= s.end);
