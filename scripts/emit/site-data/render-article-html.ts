/**
 * Render an article body to escaped HTML with every entity/event mention
 * turned into a link. Structure comes from the parsed blocks; text is escaped
 * character-exactly, so nothing in the article can become markup.
 */
import type { Block, Span } from '../../model/model.ts';
import { idSegment, SECTIONS, type SiteNodeType } from '../../model/site-contract.ts';
import type { MentionSpan } from '../mention-spans.ts';
import { escapeHtml } from './escape-html.ts';

/** A span of the text rendered as a link to a node page. */
export type LinkSpan = MentionSpan;

/** Root-relative permalink of a node page (pages prefix the Astro base). */
export function nodeHref(type: SiteNodeType, id: string): string {
  return `/${SECTIONS[type]}/${idSegment(id)}/`;
}

/**
 * Sort and drop overlapping spans: earlier start wins, then the longer one,
 * then entities over events (an event trigger often covers a name).
 */
export function nonOverlapping(spans: LinkSpan[]): LinkSpan[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || Number(a.type === 'event') - Number(b.type === 'event'));
  const out: LinkSpan[] = [];
  let reach = -1;
  for (const span of sorted) {
    if (span.start < reach) continue;
    out.push(span);
    reach = span.end;
  }
  return out;
}

/** Escaped HTML of text[start, end) with the links that fall inside it. `links` sorted, non-overlapping. */
function renderRange(text: string, start: number, end: number, links: LinkSpan[], cursor: { i: number }): string {
  let html = '';
  let pos = start;
  while (cursor.i < links.length && links[cursor.i].end <= start) cursor.i++;
  while (cursor.i < links.length && links[cursor.i].start < end) {
    const link = links[cursor.i];
    // A link crossing the range edge is rendered as plain text (never split a tag).
    if (link.start < pos || link.end > end) {
      if (link.end > end) break;
      cursor.i++;
      continue;
    }
    html += escapeHtml(text.slice(pos, link.start));
    html += `<a class="m m-${link.type}" href="${nodeHref(link.type, link.id)}" data-preview="${link.type}:${escapeHtml(link.id)}">${escapeHtml(text.slice(link.start, link.end))}</a>`;
    pos = link.end;
    cursor.i++;
  }
  return html + escapeHtml(text.slice(pos, end));
}

const LIST_MARKER = /^[ \t]*(?:[-*+•–]|\d{1,3}[.)])[ \t]+/;

/** Paragraph-like blocks when the parser gave none: split the body on blank lines. */
export function fallbackBlocks(text: string, body: Span): Block[] {
  const blocks: Block[] = [];
  const re = /\S[\s\S]*?(?=\n[ \t]*\n|$)/g;
  const slice = text.slice(body.start, body.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    blocks.push({ kind: 'paragraph', start: body.start + m.index, end: body.start + m.index + m[0].trimEnd().length });
  }
  return blocks;
}

/** Body HTML: one element per block; list blocks become <ul>, code blocks <pre>. */
export function renderArticleHtml(text: string, blocks: Block[], spans: LinkSpan[]): string {
  const links = nonOverlapping(spans);
  const cursor = { i: 0 };
  const parts: string[] = [];
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    const range = (s: number, e: number): string => renderRange(text, s, e, links, cursor);
    switch (block.kind) {
      case 'heading':
        parts.push(`<h2>${range(block.start, block.end)}</h2>`);
        break;
      case 'quote':
        parts.push(`<blockquote><p>${range(block.start, block.end)}</p></blockquote>`);
        break;
      case 'attribution':
        parts.push(`<p class="attribution">${range(block.start, block.end)}</p>`);
        break;
      case 'code':
        parts.push(`<pre><code>${range(block.start, block.end)}</code></pre>`);
        break;
      case 'list': {
        const items: string[] = [];
        let lineStart = block.start;
        for (const line of text.slice(block.start, block.end).split('\n')) {
          const marker = LIST_MARKER.exec(line)?.[0].length ?? 0;
          const s = lineStart + marker;
          const e = lineStart + line.trimEnd().length;
          if (e > s) items.push(`<li>${range(s, e)}</li>`);
          lineStart += line.length + 1;
        }
        parts.push(`<ul>${items.join('')}</ul>`);
        break;
      }
      default:
        parts.push(`<p>${range(block.start, block.end)}</p>`);
    }
  }
  return parts.join('\n');
}
