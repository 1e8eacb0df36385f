import type { Block, BlockKind } from '../../model/model.ts';
import { classifyBlock } from './classify-block.ts';
import { isBlankCode } from './lines.ts';

/*
 * Markdown body → blocks, by a line scanner over CommonMark's block structure
 * only (ATX/setext headings, fenced/indented code, blockquotes, list items,
 * HTML blocks, thematic breaks, paragraphs). Inline markup stays in the text:
 * it is not needed for blocks, and a full parser (micromark) turned out to be
 * slow and quadratic on adversarial input (`*a*a…`, nested lists), while this
 * scan is linear. Headings and list items span their content only (no `#`,
 * no bullet), so sentences start at words.
 */

export interface MdBody {
  blocks: Block[];
  /** Plain text of the first level-1 heading, if any. */
  h1: string | null;
}

interface Line {
  start: number;
  /** End of the line, before its line break. */
  end: number;
  /** First non-space character (== end for a blank line). */
  content: number;
  /** Leading indentation in columns (tab = 4). */
  indent: number;
}

type Start = 'fence' | 'atx' | 'quote' | 'bullet' | 'ordered' | 'hr' | 'html' | 'rawhtml' | null;

const FENCE_RE = /^(`{3,}|~{3,})/;
const ATX_RE = /^#{1,6}(?=[ \t]|$)/;
const HR_RE = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BULLET_RE = /^[-*+](?=[ \t]|$)/;
const ORDERED_RE = /^\d{1,9}[.)](?=[ \t]|$)/;
const SETEXT_RE = /^(?:=+|-+)[ \t]*$/;
/** HTML blocks that run to their closing tag rather than to a blank line (CommonMark type 1, plus comments). */
const RAW_HTML_RE = /^<(script|style|pre|textarea)(?=[\s>]|$)|^<!--/i;
const HTML_RE = /^<\/?[A-Za-z][\w-]*(?=[\s/>]|$)/;
/** Only this much of a line is matched against block-start patterns; they all look at the first few characters. */
const HEAD = 64;

function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let i = from;
  while (i < to) {
    let end = i;
    while (end < to && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    let content = i;
    let indent = 0;
    while (content < end) {
      const c = text.charCodeAt(content);
      if (c === 0x20) indent++;
      else if (c === 0x09) indent += 4 - (indent % 4);
      else break;
      content++;
    }
    while (content < end && isBlankCode(text.charCodeAt(content)) && text.charCodeAt(content) !== 0x20 && text.charCodeAt(content) !== 0x09) content++;
    lines.push({ start: i, end, content: content < end && !isBlankLine(text, content, end) ? content : end, indent });
    i = end;
    if (i < to && text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i += 2;
    else if (i < to) i++;
  }
  return lines;
}

function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}

/** Trailing whitespace-trimmed end of a line. */
function trimEnd(text: string, line: Line): number {
  let e = line.end;
  while (e > line.content && isBlankCode(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * The first `length` characters of a line's content, never past its end: the
 * block patterns test for «end of line» with `$`, which a following \r or \n
 * would hide.
 */
const headOf = (text: string, line: Line, length: number = HEAD): string => text.slice(line.content, Math.min(line.end, line.content + length));

function startOf(text: string, line: Line): Start {
  if (line.content === line.end || line.indent >= 4) return null;
  const head = headOf(text, line);
  const c = head[0];
  if (c === '>') return 'quote';
  if (c === '#' && ATX_RE.test(head)) return 'atx';
  if ((c === '`' || c === '~') && FENCE_RE.test(head)) return 'fence';
  if ((c === '*' || c === '-' || c === '_') && HR_RE.test(text.slice(line.content, trimEnd(text, line)))) return 'hr';
  if (BULLET_RE.test(head)) return 'bullet';
  if (c >= '0' && c <= '9' && ORDERED_RE.test(head)) return 'ordered';
  if (c === '<') {
    if (RAW_HTML_RE.test(head)) return 'rawhtml';
    if (HTML_RE.test(head)) return 'html';
  }
  return null;
}

/** `[text](url)` and `![alt](src)` → text/alt, by a bounded scan (no regex: link syntax backtracks). */
function stripLinks(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('[', i);
    if (open < 0) break;
    const close = s.indexOf('](', open + 1);
    const end = close < 0 ? -1 : s.indexOf(')', close + 2);
    if (close < 0 || end < 0 || s.slice(open + 1, close).includes('[')) {
      out += s.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    const bang = open > i && s[open - 1] === '!' ? 1 : 0;
    out += s.slice(i, open - bang) + s.slice(open + 1, close);
    i = end + 1;
  }
  return out + s.slice(i);
}

/** Strip common inline markup from a heading for use as a title (only its start: titles are short). */
function headingTitle(s: string): string {
  return stripLinks(s.slice(0, 500))
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The scan's state: the body's lines and the blocks and level-1 heading found so far. */
interface Scan {
  text: string;
  lines: Line[];
  blocks: Block[];
  h1: string | null;
}

export function mdBlocks(text: string, start: number, end: number): MdBody {
  const scan: Scan = { text, lines: splitLines(text, start, end), blocks: [], h1: null };
  const n = scan.lines.length;
  let i = 0;
  while (i < n) {
    const line = scan.lines[i];
    if (line.content === line.end) i++;
    else if (line.indent >= 4) i = indentedCode(scan, i);
    else i = readBlock(scan, i, startOf(text, line));
  }
  return { blocks: scan.blocks, h1: scan.h1 };
}

/** Read the block that starts at line `i` (not blank, not indented code); returns the line after it. */
function readBlock(scan: Scan, i: number, kind: Start): number {
  switch (kind) {
    case 'fence':
      return fencedCode(scan, i);
    case 'atx':
      return atxHeading(scan, i);
    case 'hr':
      return i + 1;
    case 'quote':
      return blockquote(scan, i);
    case 'bullet':
    case 'ordered':
      return listItem(scan, i, kind);
    case 'rawhtml':
    case 'html':
      return htmlBlock(scan, i, kind);
    default:
      return paragraph(scan, i);
  }
}

/** Add a block, trimmed of blank space; a paragraph is classified (question-line subheading, …) against the one before. */
function push(scan: Scan, from: number, to: number, kind: BlockKind): void {
  const { text, blocks } = scan;
  while (from < to && isBlankCode(text.charCodeAt(from))) from++;
  while (to > from && isBlankCode(text.charCodeAt(to - 1))) to--;
  if (to <= from) return;
  if (kind === 'paragraph') {
    const prev = blocks.length > 0 ? blocks[blocks.length - 1] : null;
    kind = classifyBlock(text, { start: from, end: to }, prev);
  }
  blocks.push({ start: from, end: to, kind });
}

/** After a block marker (`>`, `-`, `1.`) and the spaces that follow it. */
function afterMarker(text: string, line: Line, markerLength: number): number {
  let p = line.content + markerLength;
  while (p < line.end && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
  return p;
}

/** Indented code: runs over blank lines while indentation lasts. */
function indentedCode(scan: Scan, i: number): number {
  const { lines } = scan;
  const n = lines.length;
  let last = i;
  let j = i + 1;
  while (j < n && (lines[j].content === lines[j].end || lines[j].indent >= 4)) {
    if (lines[j].content !== lines[j].end) last = j;
    j++;
  }
  push(scan, lines[i].content, lines[last].end, 'code');
  return last + 1;
}

/** Fenced code: to the closing fence, or to the end of the body. */
function fencedCode(scan: Scan, i: number): number {
  const { text, lines } = scan;
  const n = lines.length;
  const line = lines[i];
  const fence = FENCE_RE.exec(headOf(text, line))![1];
  let j = i + 1;
  while (j < n) {
    const l = lines[j];
    const head = text.slice(l.content, Math.min(l.end, l.content + HEAD));
    if (l.indent < 4 && head.startsWith(fence) && isBlankLine(text, l.content + (FENCE_RE.exec(head)?.[1].length ?? fence.length), l.end)) break;
    j++;
  }
  const last = Math.min(j, n - 1);
  push(scan, line.content, lines[last].end, 'code');
  return last + 1;
}

function atxHeading(scan: Scan, i: number): number {
  const { text } = scan;
  const line = scan.lines[i];
  const hashes = ATX_RE.exec(headOf(text, line, 8))![0].length;
  const from = afterMarker(text, line, hashes);
  let to = trimEnd(text, line);
  // Optional closing sequence: "## Title ##".
  let k = to;
  while (k > from && text.charCodeAt(k - 1) === 0x23) k--;
  if (k < to && (k === from || text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) to = k;
  if (hashes === 1 && scan.h1 === null) scan.h1 = headingTitle(text.slice(from, to)) || null;
  push(scan, from, to, 'heading');
  return i + 1;
}

/** Blockquote: `>` lines plus lazy continuation lines; each paragraph inside is a quote block. */
function blockquote(scan: Scan, i: number): number {
  const { text, lines } = scan;
  const n = lines.length;
  let paraFrom = -1;
  let paraTo = -1;
  let j = i;
  while (j < n) {
    const l = lines[j];
    if (l.content === l.end) break;
    const isQuoteLine = startOf(text, l) === 'quote';
    if (!isQuoteLine && (paraFrom < 0 || startOf(text, l) !== null)) break;
    let p = l.content;
    if (isQuoteLine) {
      // Nested markers: "> > text".
      while (p < l.end && (text.charCodeAt(p) === 0x3e || text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
    }
    if (isBlankLine(text, p, l.end)) {
      if (paraFrom >= 0) push(scan, paraFrom, paraTo, 'quote');
      paraFrom = -1;
    } else {
      if (paraFrom < 0) paraFrom = p;
      paraTo = l.end;
    }
    j++;
  }
  if (paraFrom >= 0) push(scan, paraFrom, paraTo, 'quote');
  return Math.max(j, i + 1);
}

/** One list item (nested items are items of their own: one block per marker line). */
function listItem(scan: Scan, i: number, kind: 'bullet' | 'ordered'): number {
  const { text, lines } = scan;
  const n = lines.length;
  const line = lines[i];
  const marker = kind === 'bullet' ? 1 : ORDERED_RE.exec(headOf(text, line, 12))![0].length;
  const from = afterMarker(text, line, marker);
  let to = line.end;
  let j = i + 1;
  while (j < n) {
    const l = lines[j];
    if (l.content === l.end) {
      // A blank line ends the item unless an indented, non-marker line follows.
      let k = j + 1;
      while (k < n && lines[k].content === lines[k].end) k++;
      if (k < n && lines[k].indent >= 2 && startOf(text, lines[k]) === null) {
        j = k;
        continue;
      }
      break;
    }
    const s = l.indent >= 4 ? null : startOf(text, l);
    if (s !== null || (l.indent >= 2 && (BULLET_RE.test(headOf(text, l, 2)) || ORDERED_RE.test(headOf(text, l, 12))))) break;
    to = l.end;
    j++;
  }
  push(scan, from, to, 'list');
  return j;
}

/** An HTML block: raw ones (script, style, pre, textarea, comments) to their closing tag, the others to a blank line. */
function htmlBlock(scan: Scan, i: number, kind: 'rawhtml' | 'html'): number {
  const { text, lines } = scan;
  const n = lines.length;
  const line = lines[i];
  const head = headOf(text, line);
  const raw = kind === 'rawhtml' ? RAW_HTML_RE.exec(head) : null;
  const closer = raw ? (raw[1] ? `</${raw[1].toLowerCase()}>` : '-->') : null;
  let j = i;
  while (j < n) {
    const l = lines[j];
    if (closer) {
      if (text.slice(l.start, l.end).toLowerCase().includes(closer)) break;
    } else if (l.content === l.end) {
      j--;
      break;
    }
    j++;
  }
  const last = Math.min(j, n - 1);
  // Raw HTML stays in the text (the site escapes it); scripts, styles and comments are not prose.
  push(scan, line.content, lines[last].end, closer && closer !== '</pre>' && closer !== '</textarea>' ? 'code' : 'paragraph');
  return last + 1;
}

/** Paragraph: until a blank line or a block that may interrupt it; a setext underline makes it a heading. */
function paragraph(scan: Scan, i: number): number {
  const { text, lines } = scan;
  const n = lines.length;
  const from = lines[i].content;
  let to = lines[i].end;
  let j = i + 1;
  let heading: 1 | 2 | 0 = 0;
  while (j < n) {
    const l = lines[j];
    if (l.content === l.end) break;
    const c0 = text.charCodeAt(l.content);
    if (l.indent < 4 && (c0 === 0x3d || c0 === 0x2d) && SETEXT_RE.test(text.slice(l.content, l.end))) {
      heading = text.charCodeAt(l.content) === 0x3d ? 1 : 2;
      j++;
      break;
    }
    const s = startOf(text, l);
    if (s !== null && s !== 'html' && !(s === 'ordered' && !/^1[.)]/.test(text.slice(l.content, l.content + 2)))) break;
    to = l.end;
    j++;
  }
  if (heading) {
    if (heading === 1 && scan.h1 === null) scan.h1 = headingTitle(text.slice(from, to)) || null;
    push(scan, from, to, 'heading');
  } else {
    push(scan, from, to, 'paragraph');
  }
  return j;
}
