/**
 * What one article contributes to the entity pages besides its links: the
 * sentence of each entity's first mention (reports) and the surnames of known
 * people that occur in it unlinked. Pure; kept per article in the output
 * manifest so an unchanged article is not read again.
 */
import type { Sentence } from '../../model/model.ts';
import { foldYo } from './name-forms.ts';
import { LIMITS } from './limits.ts';

/** The sentence containing `offset`, whitespace-collapsed and capped. */
export function sentenceAt(text: string, sentences: Sentence[], offset: number): string {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return clip(text.slice(s.start, s.end));
  }
  // No sentence covers the offset (segmenter gap): take the surrounding line.
  const from = text.lastIndexOf('\n', offset) + 1;
  const to = text.indexOf('\n', offset);
  return clip(text.slice(from, to === -1 ? undefined : to));
}

export function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > LIMITS.sentenceChars ? `${t.slice(0, LIMITS.sentenceChars - 1)}…` : t;
}

const WORD = /[\p{L}][\p{L}’'ʼ-]*/gu;

/** What one article contributes to entity pages, kept in the output manifest so unchanged articles are not re-read. */
export interface ArticleScan {
  /** Entity key (`type:id`) → the sentence of its first mention. */
  reports: [string, string][];
  /** Surname keys found in the text, each once, in text order, with the sentence and offset of its first occurrence. */
  hits: Hit[];
  /** Which 4-letter word beginnings occur in the text (`PrefixSet`): a new surname key is looked for only where its beginning is. */
  prefixes: string;
}

/**
 * A fixed-size bitmap of hashed 4-letter word beginnings (folded), base64.
 * Every surname key is at least 4 letters and a prefix of the word it
 * matches, so a clear bit proves the key is not in the text (a set bit may be
 * a collision: then the text is read and scanned).
 */
export const PREFIX_BITS = 2048;

function prefixBit(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < 4; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h >>> 0) % PREFIX_BITS;
}

export function mayContain(prefixes: string, key: string): boolean {
  const bit = prefixBit(key);
  const byte = Buffer.from(prefixes, 'base64')[bit >> 3];
  return byte === undefined || (byte & (1 << (bit & 7))) !== 0;
}

export type Hit = [key: string, sentence: string, offset: number];

/** The `PREFIX_BITS` bitmap of the keys' own 4-letter beginnings, made once per set of keys. */
const keyBitmaps = new WeakMap<object, Uint8Array>();
function surnameBits(surnames: ReadonlySet<string> | ReadonlyMap<string, unknown>): Uint8Array {
  let bits = keyBitmaps.get(surnames);
  if (!bits) {
    bits = new Uint8Array(PREFIX_BITS / 8);
    for (const key of surnames.keys()) {
      const bit = prefixBit(key);
      bits[bit >> 3] |= 1 << (bit & 7);
    }
    keyBitmaps.set(surnames, bits);
  }
  return bits;
}

/** The sentence of each entity's first mention. */
export function scanReports(text: string, sentences: Sentence[], firsts: (readonly [string, number])[]): [string, string][] {
  return firsts.map(([key, start]): [string, string] => [key, sentenceAt(text, sentences, start)]);
}

/**
 * Every key of `surnames` (surname keys of known people) that occurs in the
 * text, linked or not: the caller filters by the article's linked people,
 * which may change without the text changing. Each key once, at its first
 * occurrence; in text order, and within a word longest key first.
 */
export function scanSurnames(
  text: string,
  sentences: Sentence[],
  surnames: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  prefixes?: Uint8Array,
): Hit[] {
  const hits: Hit[] = [];
  if (surnames.size === 0 && !prefixes) return hits;
  // Folding the whole text once is far cheaper than per word; offsets hold while lengths match.
  const whole = foldYo(text.toLowerCase());
  const folded = whole.length === text.length ? whole : null;
  // A handful of keys (an incremental run's new surnames): most texts contain none of them.
  if (!prefixes && surnames.size <= 16 && ![...surnames.keys()].some((key) => whole.includes(key))) return hits;
  const seen = new Set<string>();
  const re = new RegExp(WORD.source, WORD.flags);
  const source = folded ?? text;
  const keyBits = surnameBits(surnames);
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const word = folded ? m[0] : foldYo(m[0].toLowerCase());
    if (word.length < 4) continue;
    const bit = prefixBit(word);
    if (prefixes) prefixes[bit >> 3] |= 1 << (bit & 7);
    // No key begins as this word does (most words): skip the slicing and lookups below.
    if ((keyBits[bit >> 3] & (1 << (bit & 7))) === 0) continue;
    for (let cut = 0; cut <= 3 && word.length - cut >= 4; cut++) {
      const key = cut === 0 ? word : word.slice(0, -cut);
      if (!surnames.has(key) || seen.has(key)) continue;
      seen.add(key);
      hits.push([key, sentenceAt(text, sentences, m.index), m.index]);
    }
  }
  return hits;
}

/** Text order; within one word the longer key first (the order `scanSurnames` finds them in). */
export const byOffset = (a: Hit, b: Hit): number => a[2] - b[2] || b[0].length - a[0].length;

