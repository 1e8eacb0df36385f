/**
 * What the article renderers share: a node page's permalink, the mention
 * spans they link (overlaps settled), and blocks for a body the parser left
 * unsplit. The body itself is rendered from its entry (entry-html.ts).
 */
import type { Block, Span } from '../../model/model.ts';
import { idSegment, SECTIONS, type SiteNodeType } from '../../model/site-contract.ts';
import type { MentionSpan } from '../mention-spans.ts';

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
