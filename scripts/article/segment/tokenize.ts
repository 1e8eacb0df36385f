import type { Token } from '../../model/model.ts';

/*
 * Word/punctuation tokenizer over a slice of text, one linear pass, no regex
 * backtracking (a 1 MB line without spaces is one token, scanned once).
 *
 * Words: runs of letters/marks/digits, joined across `-` and apostrophes when
 * both neighbours are letters (мать-и-мачеха, пам'ять, O'Neil) and across `.`
 * or `,` between digits (3.5, 1,2). Every other non-space character is its own
 * token (quotes, dashes, brackets), except runs of dots ("...") and surrogate
 * pairs, which stay whole.
 */

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;

/** True for letters, combining marks and digits; fast paths for ASCII and Cyrillic. */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0400 && c <= 0x052f) return c < 0x0482 || c > 0x0489; // Cyrillic, minus signs like ҂
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates are handled by the caller
  return WORD_RE.test(String.fromCharCode(c));
}

export function isLetterCode(c: number): boolean {
  return isWordCode(c) && !(c >= 0x30 && c <= 0x39);
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters that join two letters into one word: hyphens and apostrophes (incl. Ukrainian ʼ). */
function isLetterJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x27 || c === 0x2019 || c === 0x2bc;
}

/** Code point at i as a word character, surrogate pairs included (e.g. 𝐀, CJK ext). */
function wordCharLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const cp = text.codePointAt(i)!;
    return WORD_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return isWordCode(c) ? 1 : 0;
}

/** Tokens of text[start, end), offsets into text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    let len = wordCharLength(text, i, end);
    if (len > 0) {
      const from = i;
      i += len;
      for (;;) {
        if (i >= end) break;
        len = wordCharLength(text, i, end);
        if (len > 0) {
          i += len;
          continue;
        }
        const j = text.charCodeAt(i);
        if (i + 1 < end) {
          const prev = text.charCodeAt(i - 1);
          const next = text.charCodeAt(i + 1);
          if (isLetterJoiner(j) && isWordCode(prev) && isWordCode(next) && (j === 0x2d || j === 0x2010 || j === 0x2011 || (isLetterCode(prev) && isLetterCode(next)))) {
            i += 2;
            continue;
          }
          if ((j === 0x2e || j === 0x2c) && isDigitCode(prev) && isDigitCode(next)) {
            i += 2;
            continue;
          }
        }
        break;
      }
      tokens.push({ start: from, end: i, text: text.slice(from, i) });
      continue;
    }
    const from = i;
    if (c === 0x2e) {
      while (i < end && text.charCodeAt(i) === 0x2e) i++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      i += 2;
    } else {
      i++;
    }
    tokens.push({ start: from, end: i, text: text.slice(from, i) });
  }
  return tokens;
}
