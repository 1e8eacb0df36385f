/**
 * The entry body of a markdown article: the article's own markdown, so that
 * Obsidian and the site (which renders the entry) show its emphasis, links,
 * lists, tables and code, with three changes made by the parsed positions:
 * each linked mention that lies within one piece of text becomes a wikilink,
 * brackets in text are escaped (content never forges a wikilink), and raw
 * HTML is escaped into text (it never becomes markup). Chunks the parser
 * cannot take in linear time (parse-markdown.ts) are written as plain text.
 */
import type { Nodes, Root } from 'mdast';
import { SECTIONS } from '../../model/site-contract.ts';
import type { Span } from '../../model/model.ts';
import type { MentionSpan } from '../mention-spans.ts';
import { bodyRuns, parseMarkdown } from '../markdown/parse-markdown.ts';
import { linkedText, plainMarkdown } from './linked-text.ts';
import { wikilink } from './obsidian-entries.ts';

/** A replacement of text[start, end) by `insert` (start == end: an insertion). */
interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Nodes whose text is not ours to link: it is already a link, or code, or a definition. */
const NO_LINKS = new Set(['link', 'linkReference', 'image', 'imageReference', 'definition', 'footnoteDefinition']);

/** Whether text[at] is escaped by an odd run of backslashes before it. */
function escaped(text: string, at: number, from: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= from && text.charCodeAt(i) === 0x5c; i--) n++;
  return n % 2 === 1;
}

interface Walk {
  text: string;
  /** Offset of the parsed run in `text`. */
  base: number;
  spans: MentionSpan[];
  /** First span that may still fall in a text node yet to come. */
  cursor: number;
  edits: Edit[];
}

/** Wikilinks for the mentions inside one text node, and escapes for its other brackets. */
function editText(walk: Walk, from: number, to: number, inTable: boolean): void {
  const { text, edits } = walk;
  let at = from;
  // Text nodes come in document order, so the spans before this one are never needed again.
  while (walk.cursor < walk.spans.length && walk.spans[walk.cursor].end <= from) walk.cursor++;
  for (let i = walk.cursor; i < walk.spans.length; i++) {
    const span = walk.spans[i];
    if (span.start < at) continue;
    if (span.start >= to) break;
    const surface = text.slice(span.start, span.end);
    // Only where the source is the text itself: no escapes, entities or line breaks inside the mention.
    if (span.end > to || /[\\&\n\r]/.test(surface)) continue;
    escapeBrackets(walk, at, span.start);
    const link = wikilink(SECTIONS[span.type], span.id, surface);
    edits.push({ start: span.start, end: span.end, insert: inTable ? link.replace('|', '\\|') : link });
    at = span.end;
  }
  escapeBrackets(walk, at, to);
}

function escapeBrackets(walk: Walk, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = walk.text.charCodeAt(i);
    if ((c === 0x5b || c === 0x5d) && !escaped(walk.text, i, from)) walk.edits.push({ start: i, end: i, insert: '\\' });
  }
}

/** Raw HTML becomes text: every `<` in it an entity. */
function editHtml(walk: Walk, from: number, to: number): void {
  for (let i = from; i < to; i++) if (walk.text.charCodeAt(i) === 0x3c) walk.edits.push({ start: i, end: i + 1, insert: '&lt;' });
}

function visit(walk: Walk, node: Nodes, linkable: boolean, inTable: boolean): void {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return;
  if (node.type === 'html') return editHtml(walk, walk.base + from, walk.base + to);
  if (node.type === 'text' && linkable) return editText(walk, walk.base + from, walk.base + to, inTable);
  if (!('children' in node)) return;
  const childLinkable = linkable && !NO_LINKS.has(node.type);
  const childInTable = inTable || node.type === 'table';
  for (const child of node.children) visit(walk, child as Nodes, childLinkable, childInTable);
}

function applyEdits(text: string, start: number, end: number, edits: Edit[]): string {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = start;
  for (const edit of edits) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.insert;
    at = edit.end;
  }
  return out + text.slice(at, end);
}

/** `spans` sorted by start and non-overlapping (mention-links.ts `nonOverlapping`). */
export function markdownEntryBody(text: string, body: Span, spans: MentionSpan[]): { markdown: string; plainChunks: number } {
  let out = '';
  let plainChunks = 0;
  for (const run of bodyRuns(text, body.start, body.end)) {
    if (run.plain) {
      plainChunks++;
      out += `${linkedText(text, run, spans, plainMarkdown)}\n`;
      continue;
    }
    const walk: Walk = { text, base: run.start, spans, cursor: 0, edits: [] };
    const tree: Root = parseMarkdown(text.slice(run.start, run.end));
    visit(walk, tree, true, false);
    out += applyEdits(text, run.start, run.end, walk.edits);
  }
  return { markdown: out.trim(), plainChunks };
}
