/**
 * The one markdown parser of the emit stage (CommonMark + GFM tables,
 * strikethrough, autolinks), and the guard that keeps it linear: micromark
 * resolves emphasis and link brackets by looking back over the delimiters of
 * a paragraph, so a paragraph of thousands of `*a` costs quadratic time.
 * Such a paragraph is not parsed as markdown at all; it is kept as plain text.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const gfmParser = unified().use(remarkParse).use(remarkGfm).freeze();
const plainParser = unified().use(remarkParse).freeze();

/**
 * Whether the text could hold a GFM construct: a table needs `|` (or, with
 * one column, a delimiter row with a colon: `:-`, `-:`),
 * strikethrough `~`, a footnote `[^`, a task item `[ ]`/`[x]`, an autolink
 * literal `www`, a URL scheme or `@` (matched loosely: escapes inside them
 * still count). Without any of them CommonMark alone
 * parses it to the same tree, and the GFM extensions roughly double the
 * parse, so most news bodies skip them.
 */
const GFM_MARK = /[|~@]|:-|-:|www|http|mailto|xmpp|\[\^|\[[\s x]\]/i;
export const mayUseGfm = (markdown: string): boolean => GFM_MARK.test(markdown);

export const parseMarkdown = (markdown: string): Root => (mayUseGfm(markdown) ? gfmParser : plainParser).parse(markdown);

/** A chunk (text between blank lines) with more characters than this is plain text. */
export const MAX_CHUNK_CHARS = 20_000;
/** …and so is one with more emphasis, code or bracket delimiters than this. */
export const MAX_CHUNK_DELIMITERS = 500;

/** A run of the body: markdown to parse, or a chunk too big or too dense to parse, kept as plain text. */
export interface BodyRun {
  start: number;
  end: number;
  plain: boolean;
}

const isDelimiter = (code: number): boolean => code === 0x2a || code === 0x5f || code === 0x5b || code === 0x5d || code === 0x60 || code === 0x7e || code === 0x3c;

/** End of the blank-line-delimited chunk starting at `from` (at the blank line, or `to`), and its delimiter count. */
function chunkEnd(text: string, from: number, to: number): { end: number; delimiters: number } {
  let delimiters = 0;
  let lineBlank = true;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      if (lineBlank && i > from) return { end: i, delimiters };
      lineBlank = true;
    } else if (code !== 0x20 && code !== 0x09 && code !== 0x0d) {
      lineBlank = false;
      if (isDelimiter(code)) delimiters++;
    }
  }
  return { end: to, delimiters };
}

/**
 * Split text[start, end) into runs: consecutive parseable chunks form one
 * markdown run (so lists and code fences across blank lines stay whole), each
 * oversized chunk is a plain run of its own. Linear in the length.
 */
export function bodyRuns(text: string, start: number, end: number): BodyRun[] {
  const runs: BodyRun[] = [];
  let runStart = start;
  let at = start;
  while (at < end) {
    const chunk = chunkEnd(text, at, end);
    if (chunk.end - at > MAX_CHUNK_CHARS || chunk.delimiters > MAX_CHUNK_DELIMITERS) {
      if (at > runStart) runs.push({ start: runStart, end: at, plain: false });
      runs.push({ start: at, end: chunk.end, plain: true });
      runStart = chunk.end;
    }
    at = chunk.end === at ? at + 1 : chunk.end;
  }
  if (end > runStart) runs.push({ start: runStart, end, plain: false });
  return runs;
}
