import type { BlockKind, Span } from '../../model/model.ts';

/*
 * Kind of a plain-text block, from its shape alone:
 * - heading: a short single line ending with "?" (the feed's question subheadings);
 * - attribution: a short line opening with a dash that ends a preceding quote
 *   (`– пишут аналитики.`);
 * - quote: a paragraph that is one quotation from its first to its last character;
 * - paragraph otherwise.
 */

const DASH_RE = /^[-–—‒―][ \u00a0]/;
const OPEN_QUOTES = '«„“"\'‘';
const CLOSE_QUOTES = '»“”"\'’';
const MAX_HEADING_CHARS = 160;
const MAX_ATTRIBUTION_CHARS = 120;

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 0x20;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function hasLineBreak(s: string): boolean {
  return s.includes('\n') || s.includes('\r');
}

/** Strip trailing closing quotes/brackets so "…?»" still counts as ending with "?". */
function lastMeaningfulChar(s: string): string {
  let i = s.length - 1;
  while (i > 0 && (CLOSE_QUOTES.includes(s[i]) || s[i] === ')')) i--;
  return s[i] ?? '';
}

export function isQuestionHeading(s: string): boolean {
  if (s.length > MAX_HEADING_CHARS || hasLineBreak(s) || wordCount(s) > 25) return false;
  if (OPEN_QUOTES.includes(s[0])) return false;
  return s.endsWith('?') || (s.endsWith('?»') && s.includes('«'));
}

export function isAttribution(s: string, previous: string | null): boolean {
  if (previous === null || s.length > MAX_ATTRIBUTION_CHARS || hasLineBreak(s) || !DASH_RE.test(s)) return false;
  if (wordCount(s) > 15) return false;
  const end = s[s.length - 1];
  if (end !== '.' && end !== '…' && end !== ':') return false;
  // The previous block is the quote being attributed: it does not end in a full stop
  // (feeds end it with "," or a closing quote), or it is a quotation itself.
  const prevEnd = lastMeaningfulChar(previous);
  return prevEnd !== '.' || CLOSE_QUOTES.includes(previous[previous.length - 1]) || OPEN_QUOTES.includes(previous[0]);
}

/** True when the whole paragraph is one quotation: opens with a quote mark whose match closes at the very end. */
export function isWholeQuote(s: string): boolean {
  if (s.length < 2 || !OPEN_QUOTES.includes(s[0])) return false;
  let end = s.length;
  while (end > 1 && '.!?…'.includes(s[end - 1])) end--;
  if (!CLOSE_QUOTES.includes(s[end - 1]) || end < 2) return false;
  // Angle/curly quotes nest; straight quotes toggle. The quote opened at 0 must close only at end-1.
  const straight = s[0] === '"' || s[0] === "'";
  let depth = 0;
  for (let i = 0; i < end; i++) {
    const ch = s[i];
    if (straight) {
      // A straight quote closing before the end (word char before, space/punctuation after) breaks the whole-quote shape.
      if (ch === s[0] && i > 0 && i < end - 1 && !/\s/.test(s[i - 1]) && /[\s,.;:!?)…–—-]/.test(s[i + 1])) return false;
      continue;
    }
    if (ch === '«' || ch === '„' || (ch === '“' && s[0] === '“')) depth++;
    else if (ch === '»' || ch === '”' || (ch === '“' && s[0] === '„')) {
      depth--;
      if (depth === 0 && i !== end - 1) return false;
    }
  }
  return straight || depth === 0;
}

export function classifyText(s: string, previous: string | null, allowHeading: boolean): BlockKind {
  if (allowHeading && isQuestionHeading(s)) return 'heading';
  if (isAttribution(s, previous)) return 'attribution';
  if (isWholeQuote(s)) return 'quote';
  return 'paragraph';
}

/** Classify a block span of `text` given the previous block (if any). */
export function classifyBlock(text: string, span: Span, previous: Span | null, allowHeading = true): BlockKind {
  const prev = previous === null ? null : text.slice(previous.start, previous.end);
  return classifyText(text.slice(span.start, span.end), prev, allowHeading);
}
