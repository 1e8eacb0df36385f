import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, BlockKind } from '../model.ts';
import { classifyBlock } from './classify-block.ts';
import { trimSpan } from './lines.ts';

/*
 * Markdown body → blocks with offsets into the full text, from remark-parse
 * positions (UTF-16 offsets, like JS strings). Headings and list items span
 * their content only (no `#`, no bullet), so sentences start at words.
 */

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export interface MdBody {
  blocks: Block[];
  /** Plain text of the first level-1 heading, if any. */
  h1: string | null;
}

const processor = unified().use(remarkParse);

function plainText(node: MdNode): string {
  if (typeof node.value === 'string' && node.type !== 'html') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

function spanOf(node: MdNode, base: number): { start: number; end: number } | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : { start: base + s, end: base + e };
}

/** Span from the first child's start to the last child's end. */
function contentSpan(node: MdNode, base: number): { start: number; end: number } | null {
  const kids = node.children ?? [];
  if (kids.length === 0) return null;
  const first = spanOf(kids[0], base);
  const last = spanOf(kids[kids.length - 1], base);
  return first && last ? { start: first.start, end: last.end } : null;
}

export function mdBlocks(text: string, start: number, end: number): MdBody {
  const body = text.slice(start, end);
  const tree = processor.parse(body) as MdNode;
  const blocks: Block[] = [];
  let h1: string | null = null;

  const push = (span: { start: number; end: number } | null, kind: BlockKind) => {
    if (!span) return;
    const t = trimSpan(text, span.start, span.end);
    if (t.end > t.start) blocks.push({ start: t.start, end: t.end, kind });
  };

  const visit = (node: MdNode, inQuote: boolean) => {
    switch (node.type) {
      case 'heading':
        if (node.depth === 1 && h1 === null) h1 = plainText(node).trim() || null;
        push(contentSpan(node, start), 'heading');
        break;
      case 'paragraph': {
        const span = spanOf(node, start);
        if (!span) break;
        const prev = blocks.length > 0 ? blocks[blocks.length - 1] : null;
        push(span, inQuote ? 'quote' : classifyBlock(text, span, prev));
        break;
      }
      case 'blockquote':
        for (const child of node.children ?? []) visit(child, true);
        break;
      case 'list':
        for (const item of node.children ?? []) push(contentSpan(item, start), 'list');
        break;
      case 'code':
        push(spanOf(node, start), 'code');
        break;
      case 'html': {
        // Raw HTML stays in the text (the site escapes it); scripts and styles are not prose.
        const kind = /^<(?:script|style|!--)/i.test(node.value ?? '') ? 'code' : 'paragraph';
        push(spanOf(node, start), kind);
        break;
      }
      case 'table':
        push(spanOf(node, start), 'paragraph');
        break;
      default:
        // thematicBreak, definition, …: no prose.
        break;
    }
  };

  for (const child of tree.children ?? []) visit(child, false);
  return { blocks, h1 };
}
