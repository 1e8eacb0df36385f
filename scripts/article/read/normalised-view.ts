/**
 * The text the analysis reads: the article with invisible characters taken
 * out (soft hyphens, zero-width spaces and joiners, direction marks) and
 * composed to Unicode NFC (a «й» typed as «и» + combining breve becomes one
 * letter), so that «Лав\u00adров» or a name pasted from a PDF in decomposed
 * form is read like any other. Offsets found in the view are mapped back to
 * the source, so every published mention still satisfies
 * `text === source.slice(start, end)`.
 */
import type { Block, ParsedArticle, Span } from '../../model/model.ts';
import { INVISIBLE } from './find-text-oddities.ts';

export interface NormalisedView {
  /** The text the stages read. */
  text: string;
  /** A span of the view as a span of the source (it covers the invisible characters inside it). */
  toSource(span: Span): Span;
  /** A span of the source as a span of the view. */
  fromSource(span: Span): Span;
}

const COMBINING = /\p{M}/u;
const LETTER = /^\p{L}/u;

/**
 * Invisible marks, and the combining marks of the scripts Letopis reads
 * (Latin, Cyrillic, general diacritics): text without them needs no view. One
 * regex scan, so the nearly always clean text costs next to nothing.
 */
const NEEDS_VIEW = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** The view of `text`, or null when the text has nothing to normalise (nearly always: no copy is made then). */
export function normalisedView(text: string): NormalisedView | null {
  if (!NEEDS_VIEW.test(text)) return null;

  // out[k] came from source[startOf[k], endOf[k]); a cluster is a character with the combining marks after it.
  const out: string[] = [];
  const startOf: number[] = [];
  const endOf: number[] = [];
  // Source offset → view offset of the first view character at or after it.
  const viewAt = new Int32Array(text.length + 1);
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (INVISIBLE.has(code)) {
      viewAt[i] = out.length;
      i++;
      continue;
    }
    let end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1);
    // Marks compose with the letter before them; after anything else (a line break, a space) a mark stays apart.
    if (LETTER.test(text.slice(i, end))) while (end < text.length && COMBINING.test(text[end]!)) end++;
    const composed = text.slice(i, end).normalize('NFC');
    for (let k = i; k < end; k++) viewAt[k] = out.length;
    for (const unit of composed) {
      for (let u = 0; u < unit.length; u++) {
        out.push(unit[u]!);
        startOf.push(i);
        endOf.push(end);
      }
    }
    i = end;
  }
  viewAt[text.length] = out.length;
  const viewText = out.join('');
  return {
    text: viewText,
    toSource: ({ start, end }) => ({
      start: start < startOf.length ? startOf[start]! : text.length,
      end: end > 0 ? endOf[end - 1]! : (startOf[0] ?? 0),
    }),
    fromSource: ({ start, end }) => ({ start: viewAt[start]!, end: viewAt[end]! }),
  };
}

/** The article as the stages read it: the view's text, its body and blocks in view offsets. */
export function viewOfArticle(article: ParsedArticle, view: NormalisedView): ParsedArticle {
  const block = (b: Block): Block => ({ ...b, ...view.fromSource(b) });
  return { ...article, text: view.text, body: view.fromSource(article.body), blocks: article.blocks.map(block) };
}
