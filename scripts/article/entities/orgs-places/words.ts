/** The words of a sentence as the organisation and place finder reads them, and checks on their spelling. */
import { isAllCaps, stemWord } from '../../../lang/stem-word.ts';
import { DOMAIN_NAME, NOT_ENTITY_CAPS } from '../../../lang/lexicons/org-place-words.ts';

const WORD_RE = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;

/** What `wordsOf` derives from a word's spelling alone. */
export interface WordShape {
  /** The spelling, one string per spelling (its hash is then computed once for every lookup by it). */
  text: string;
  stem: string;
  cap: boolean;
  caps: boolean;
  latin: boolean;
  cyrillic: boolean;
  /** What `matchAbbreviation` may make of the word by its spelling alone. */
  abbreviation: 'domain' | 'candidate' | null;
}

/** A word of the text: its shape and where it is. */
export interface Word extends WordShape {
  start: number;
  end: number;
}

/**
 * Shapes by spelling: the same few thousand words recur in every article, and
 * one lookup replaces the stemmer and four character-class tests per word
 * (re-used stem strings also keep their hash for the gazetteer lookups).
 */
const shapes = new Map<string, WordShape>();
const SHAPES_LIMIT = 200_000;

function shapeOf(t: string): WordShape {
  let shape = shapes.get(t);
  if (shape === undefined) {
    const first = t[0]!;
    const caps = isAllCaps(t);
    shape = {
      text: t,
      stem: stemWord(t),
      cap: first !== first.toLowerCase(),
      caps,
      latin: /^\p{Script=Latin}/u.test(t),
      cyrillic: /^\p{Script=Cyrillic}/u.test(t),
      abbreviation: abbreviationShape(t, caps),
    };
    if (shapes.size >= SHAPES_LIMIT) shapes.clear();
    shapes.set(t, shape);
  }
  return shape;
}

export function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  WORD_RE.lastIndex = start;
  for (let m = WORD_RE.exec(text); m !== null && m.index < end; m = WORD_RE.exec(text)) {
    const t = m[0];
    const shape = shapeOf(t);
    words.push({
      text: shape.text,
      start: m.index,
      end: m.index + t.length,
      stem: shape.stem,
      cap: shape.cap,
      caps: shape.caps,
      latin: shape.latin,
      cyrillic: shape.cyrillic,
      abbreviation: shape.abbreviation,
    });
  }
  return words;
}

/** Only spaces (plain or no-break) between the words: /^[ \u00a0]+$/ on the gap, without slicing it. */
export function adjacent(text: string, a: Word, b: Word): boolean {
  if (b.start <= a.end) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}

const QUOTE_OPENERS = '"«“„';

/**
 * /^\s*(["«“„])/ on the three characters at `from`, as [match, quote] (like
 * its exec), without slicing or a regex: this runs for every word.
 */
export function quoteAfter(text: string, from: number): [string, string] | null {
  const end = Math.min(text.length, from + 3);
  let k = from;
  while (k < end && isJsSpace(text.charCodeAt(k))) k++;
  if (k >= end || !QUOTE_OPENERS.includes(text[k]!)) return null;
  return [text.slice(from, k + 1), text[k]!];
}

/** JavaScript's \s. */
function isJsSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A web medium's name, or an abbreviation that may name an org/place (by spelling; see `matchAbbreviation`). */
function abbreviationShape(t: string, caps: boolean): 'domain' | 'candidate' | null {
  if (DOMAIN_NAME.test(t) && /^[\p{Lu}\p{N}]/u.test(t)) return 'domain';
  // Model and mission codes (ТМА-12, STS-124, ЗАЗ-1103) and initials (В.Л.) are not organisations.
  if (/-\d/.test(t) || /^\p{Lu}\.\p{Lu}/u.test(t)) return null;
  if (!caps || NOT_ENTITY_CAPS.has(t) || /^[IVXLC]+$/.test(t) || t.replace(/[^\p{L}]/gu, '').length > 8) return null;
  return 'candidate';
}

/** The lemma written with the original's capitals (all caps, or per hyphenated part). */
export function capitaliseLike(lemma: string, original: string): string {
  if (isAllCaps(original)) return lemma.toUpperCase();
  const origParts = original.split('-');
  return lemma
    .split('-')
    .map((part, n) => {
      const o = origParts[n];
      return o && o[0] !== o[0]!.toLowerCase() ? part.charAt(0).toUpperCase() + part.slice(1) : part;
    })
    .join('-');
}

/** The spellings of words[from..to) joined by spaces. */
export function wordsSlice(words: Word[], from: number, to: number): string {
  return words
    .slice(from, to)
    .map((w) => w.text)
    .join(' ');
}
