/**
 * Plain text as markdown, with the linked mentions in it as wikilinks: the
 * body of a .txt article and the chunks of a .md article too large to parse.
 * The escape function decides how much of the text could otherwise be read
 * as markup.
 */
import type { Span } from '../../model/model.ts';
import { SECTIONS } from '../../model/site-contract.ts';
import type { MentionSpan } from '../mention-spans.ts';
import { wikilink } from './obsidian-entries.ts';

/** Escapes a piece of text; `lineStart`: whether the piece begins a line. */
export type Escape = (text: string, lineStart: boolean) => string;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Every character that markdown could read as markup, escaped: a backslash
 * before ASCII punctuation, entities for `<`, `>`, `&`, and no indentation at
 * line starts (which would make a code block). What it shows is the text.
 */
export const plainMarkdown: Escape = (text, lineStart) =>
  text
    .replace(lineStart ? /^[ \t]+/gm : /(?<=\n)[ \t]+/g, '')
    .replace(/[&<>]|[!-%'-/:;=?@[-`{-~]/g, (c) => ENTITY[c] ?? `\\${c}`);

/** Index of the first span ending after `offset` (spans sorted and non-overlapping, so their ends are sorted too). */
function firstEndingAfter(spans: readonly MentionSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** text[range] with each mention inside it (sorted, non-overlapping `spans`) as a wikilink. */
export function linkedText(text: string, range: Span, spans: readonly MentionSpan[], escape: Escape): string {
  const startsLine = (at: number): boolean => at === range.start || text[at - 1] === '\n' || text[at - 1] === '\r';
  let out = '';
  let at = range.start;
  for (let i = firstEndingAfter(spans, range.start); i < spans.length; i++) {
    const span = spans[i];
    if (span.start < at) continue;
    if (span.start >= range.end) break;
    if (span.end > range.end) continue;
    out += escape(text.slice(at, span.start), startsLine(at));
    out += wikilink(SECTIONS[span.type], span.id, text.slice(span.start, span.end));
    at = span.end;
  }
  return out + escape(text.slice(at, range.end), startsLine(at));
}
