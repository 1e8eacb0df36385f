import type { Block } from '../../model/model.ts';
import { splitSentences } from '../segment/split-sentences.ts';
import { tokenize } from '../segment/tokenize.ts';

export const MAX_TITLE_CHARS = 120;
/** Only this much of the first block is looked at: titles are short, blocks may be huge. */
const TITLE_WINDOW = 2000;

/** Cut to at most `max` characters at a word boundary, marking the cut with "…". */
export function cutAtWord(s: string, max = MAX_TITLE_CHARS): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space >= max / 3 ? room.slice(0, space) : room;
  let end = cut.length;
  while (end > 0 && ' \t\n,;:–—-'.includes(cut[end - 1])) end--;
  return `${cut.slice(0, end)}…`;
}

/** A title from the first sentence of the first prose block; `fallback` when there is no prose. */
export function deriveTitle(text: string, blocks: Block[], fallback: string): string {
  const block = blocks.find((b) => b.kind === 'paragraph') ?? blocks.find((b) => b.kind !== 'code');
  if (!block) return fallback;
  const end = Math.min(block.end, block.start + TITLE_WINDOW);
  const tokens = tokenize(text, block.start, end);
  if (tokens.length === 0) return fallback;
  const [, to] = splitSentences(text, tokens, block.start)[0];
  let sentence = text.slice(tokens[0].start, tokens[to - 1].end);
  // A title carries no full stop; ?, ! and … stay.
  if (sentence.endsWith('.') && !sentence.endsWith('..')) sentence = sentence.slice(0, -1);
  return cutAtWord(sentence) || fallback;
}
