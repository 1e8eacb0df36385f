/**
 * The entry body of a plain-text (.txt) article: its parsed blocks written as
 * markdown (headings, quotes, lists, code), its text escaped so that nothing
 * in it reads as markup, and its linked mentions as wikilinks.
 */
import type { Block } from '../../model/model.ts';
import type { MentionSpan } from '../mention-spans.ts';
import { linkedText, type Escape } from './linked-text.ts';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Plain text: inline markup characters escaped, and at each line start no
 * indentation (a code block) and no block marker — a list bullet or number,
 * heading, rule or setext underline — even alone on its line (a quote
 * marker is already an entity).
 */
const textMarkdown: Escape = (text, lineStart) => {
  const at = lineStart ? '(?<=^|\\n)' : '(?<=\\n)';
  return text
    .replace(new RegExp(`${at}[ \\t]+`, 'g'), '')
    .replace(/[\\*_`~|[\]]/g, '\\$&')
    .replace(/[&<>]/g, (c) => ENTITY[c])
    .replace(new RegExp(`${at}(\\d{1,9})(?=[.)])`, 'g'), '$1\\')
    .replace(new RegExp(`${at}(?=[-+#=])`, 'g'), '\\');
};

const LIST_MARKER = /^[ \t]*(?:[-*+•–]|\d{1,3}[.)])[ \t]+/;

function listItems(text: string, block: Block, spans: readonly MentionSpan[]): string {
  const items: string[] = [];
  let lineStart = block.start;
  for (const line of text.slice(block.start, block.end).split('\n')) {
    const marker = LIST_MARKER.exec(line)?.[0].length ?? 0;
    const start = lineStart + marker;
    const end = lineStart + line.trimEnd().length;
    if (end > start) items.push(`- ${linkedText(text, { start, end }, spans, textMarkdown)}`);
    lineStart += line.length + 1;
  }
  return items.join('\n');
}

/** A fence longer than any backtick run in the code. */
function fenced(code: string): string {
  let longest = 2;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${code}\n${fence}`;
}

function blockMarkdown(text: string, block: Block, spans: readonly MentionSpan[]): string {
  const linked = (): string => linkedText(text, block, spans, textMarkdown);
  switch (block.kind) {
    case 'heading':
      return `## ${linked().split('\n').map((line) => line.trim()).filter((line) => line !== '').join(' ')}`;
    case 'quote':
      return linked().split('\n').map((line) => `> ${line}`).join('\n');
    case 'list':
      return listItems(text, block, spans);
    case 'code':
      return fenced(text.slice(block.start, block.end));
    default:
      return linked();
  }
}

/** `spans` sorted by start and non-overlapping. */
export function textEntryBody(text: string, blocks: readonly Block[], spans: readonly MentionSpan[]): string {
  return [...blocks]
    .sort((a, b) => a.start - b.start)
    .map((block) => blockMarkdown(text, block, spans))
    .filter((part) => part.trim() !== '')
    .join('\n\n');
}
