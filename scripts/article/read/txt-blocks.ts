import type { Block, Span } from '../../model/model.ts';
import { classifyBlock } from './classify-block.ts';
import { lineEnd, skipLineBreak, trimSpan } from './lines.ts';

/*
 * Blocks of a plain-text body. Blank lines always separate blocks. Inside a run
 * of non-blank lines each line is its own block (feeds put one paragraph per
 * line), unless it is clearly a hard-wrapped continuation: the previous line
 * does not end a sentence and either is long (a wrapped column) or the line
 * goes on in lowercase. Dash-initial lines (attributions, dialogue) and
 * list-like lines never join.
 */

const SENTENCE_END = /[.!?…:;»"”)\]]$/;
const NEVER_JOIN = /^(?:[-–—‒―•*·]\s|\d{1,3}[.)]\s)/;
const WRAP_MIN = 50;

function isWrappedContinuation(prevLine: string, line: string): boolean {
  if (SENTENCE_END.test(prevLine) || NEVER_JOIN.test(line)) return false;
  const first = line[0];
  const lower = first !== first.toUpperCase() && first === first.toLowerCase();
  return lower || prevLine.length >= WRAP_MIN;
}

/** Paragraph spans (trimmed) of text[start, end). */
export function txtParagraphSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let current: Span | null = null;
  let prevLine = '';
  let i = start;
  while (i < end) {
    const eol = lineEnd(text, i, end);
    const line = trimSpan(text, i, eol);
    if (line.start === line.end) {
      if (current) spans.push(current);
      current = null;
    } else {
      const lineText = text.slice(line.start, line.end);
      if (current && isWrappedContinuation(prevLine, lineText)) current.end = line.end;
      else {
        if (current) spans.push(current);
        current = { start: line.start, end: line.end };
      }
      prevLine = lineText;
    }
    i = eol < end ? skipLineBreak(text, eol) : end;
  }
  if (current) spans.push(current);
  return spans;
}

/** Classified blocks of a plain-text body. */
export function txtBlocks(text: string, start: number, end: number): Block[] {
  const blocks: Block[] = [];
  let previous: Span | null = null;
  for (const span of txtParagraphSpans(text, start, end)) {
    blocks.push({ start: span.start, end: span.end, kind: classifyBlock(text, span, previous) });
    previous = span;
  }
  return blocks;
}
