/**
 * Flatten segmented sentences into the word list the person finder walks:
 * letters-bearing tokens only, with their sentence, whether they open a
 * clause (sentence start, after a quote mark, colon or dash: capitalisation
 * there says nothing), and whether they are an initial («В.»).
 */
import type { Sentence } from '../../model/model.ts';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  sentence: number;
  /** Index in the flat word list. */
  index: number;
  /** First word of a sentence or of a quoted/parenthesised/dashed clause. */
  clauseStart: boolean;
  /** Capitalised (Xxx), not all caps. */
  cap: boolean;
  /** All caps with ≥2 letters: an acronym (МИД, ISW), never a name part. */
  acronym: boolean;
  /** A single capital letter followed by a dot («В.»); `end` then covers the dot. */
  initial: boolean;
  latin: boolean;
}

const LETTER = /\p{L}/u;
/** Before a word, these (then only spaces) open a clause: /[«"“„(\[:–—-]\s*$/u. */
const OPENERS = '«"“„([:–—-';
/** A straight quote after punctuation closes a quotation («"…," Zelenskyy said»): what follows continues the sentence. */
const CLOSING_QUOTE_MARKS = '"”';
const CLOSING_QUOTE_AFTER = ',.!?…';
const TERMINALS = '.!?…';
const QUOTES_AFTER_TERMINAL = '"»”';

/** JavaScript's \s. */
function isJsSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether the word at `start` opens a clause by what precedes it, read in place
 * (this runs for every word): within the three characters before it (not
 * before the sentence), an opener then only spaces, unless the opener is a
 * quote closing a quotation after punctuation (/[,.!?…]["”]\s*$/); or, within
 * the four characters before it, a sentence terminal, an optional closing
 * quote, then at least one space (/[.!?…]["»”]?\s+$/).
 */
function opensClause(text: string, start: number, sentenceStart: number): boolean {
  const from3 = Math.max(sentenceStart, start - 3);
  let k = start - 1;
  while (k >= from3 && isJsSpace(text.charCodeAt(k))) k--;
  if (k >= from3 && OPENERS.includes(text[k]!)) {
    const closing = CLOSING_QUOTE_MARKS.includes(text[k]!) && k - 1 >= from3 && CLOSING_QUOTE_AFTER.includes(text[k - 1]!);
    if (!closing) return true;
  }
  const from4 = Math.max(0, start - 4);
  k = start - 1;
  while (k >= from4 && isJsSpace(text.charCodeAt(k))) k--;
  if (k === start - 1 || k < from4) return false;
  if (TERMINALS.includes(text[k]!)) return true;
  return QUOTES_AFTER_TERMINAL.includes(text[k]!) && k - 1 >= from4 && TERMINALS.includes(text[k - 1]!);
}
/** «аль-Хадж», «эль-Масри», «ибн-Сауд», «van-…»: a lowercase particle glued to a capitalised name. */
const PARTICLE_PREFIXED = /^(?:аль|эль|ал|ас|ад|ибн|бен|бин|абу|ван|фон|де|ди|дю|ле|ла|al|el|ibn|bin|ben|abu|van|von|de|di|du|le|la)-\p{Lu}/u;

/** What a word token yields from its spelling alone (null: no letters, not a word). */
interface TokenShape {
  /** Non-letter characters cut from the token's start. */
  lead: number;
  /** Characters cut from its end (a possessive «'s», non-letters). */
  cut: number;
  text: string;
  lower: string;
  /** A single capital letter: an initial when a dot follows. */
  letter: boolean;
  /** Capitalised by shape (Xxx, «аль-Хадж»); an initial is capitalised too. */
  cap: boolean;
  acronym: boolean;
  latin: boolean;
}

/**
 * Token shapes by spelling: most tokens are words seen many times already, so
 * one lookup replaces the regexes, and equal words share one text and lowercase
 * string (whose hash the later Set and Map lookups then reuse).
 */
const shapes = new Map<string, TokenShape | null>();
const SHAPES_LIMIT = 200_000;

function shapeOf(token: string): TokenShape | null {
  let shape = shapes.get(token);
  if (shape !== undefined) return shape;
  shape = computeShape(token);
  if (shapes.size >= SHAPES_LIMIT) shapes.clear();
  shapes.set(token, shape);
  return shape;
}

function computeShape(token: string): TokenShape | null {
  if (!/\p{L}/u.test(token)) return null;
  let t = token;
  let cut = 0;
  // Possessive «Trump's»: the name is without the «'s».
  const poss = /['’]s$/u.exec(t);
  if (poss && t.length > 3) {
    cut = 2;
    t = t.slice(0, -2);
  }
  // Strip non-letter edges a tokenizer may leave («В.», «"Путин»).
  const lead = /^[^\p{L}]+/u.exec(t)?.[0].length ?? 0;
  // (A loop, not /[^\p{L}]+$/: that regex backtracks quadratically on long non-letter runs.)
  let trail = 0;
  while (trail < t.length - lead && !LETTER.test(t[t.length - 1 - trail])) trail++;
  if (lead || trail) {
    cut += trail;
    t = token.slice(lead, token.length - cut);
  }
  const lower = t.toLowerCase();
  return {
    lead,
    cut,
    text: t,
    // The same string when already lowercase, so `text === lower` is a pointer comparison.
    lower: lower === t ? t : lower,
    letter: /^\p{Lu}$/u.test(t),
    cap: /^\p{Lu}[\p{Ll}'’-]/u.test(t) || PARTICLE_PREFIXED.test(t),
    acronym: /^\p{Lu}{2,}$/u.test(t),
    // Latin script with its diacritics (Čaputová, Orbán, Müller): such names are read as Latin names, not by the Russian dictionary.
    latin: /^[A-Za-z'’-]+$/.test(t) || /^[\p{Script=Latin}'’-]+$/u.test(t),
  };
}

export function toWords(text: string, sentences: Sentence[]): Word[] {
  const words: Word[] = [];
  sentences.forEach((sentence, si) => {
    let firstInSentence = true;
    for (const token of sentence.tokens) {
      const shape = shapeOf(token.text);
      if (shape === null) continue;
      const start = token.start + shape.lead;
      const end = token.end - shape.cut;
      const initial = shape.letter && text[end] === '.';
      words.push({
        text: shape.text,
        lower: shape.lower,
        start,
        end: initial ? end + 1 : end,
        sentence: si,
        index: words.length,
        clauseStart: firstInSentence || opensClause(text, start, sentence.start),
        cap: shape.cap || initial,
        acronym: shape.acronym,
        initial,
        latin: shape.latin,
      });
      firstInSentence = false;
    }
  });
  return words;
}

/** Index of the first word starting at or after `offset` (binary search; words.length when none). */
export function firstWordFrom(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word starting exactly at `offset` (words never share a start), by binary search. */
export function wordAt(words: Word[], offset: number): Word | undefined {
  const w = words[firstWordFrom(words, offset)];
  return w !== undefined && w.start === offset ? w : undefined;
}
