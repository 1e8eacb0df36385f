import type { Token } from '../../model/model.ts';

/*
 * Sentence boundaries over the tokens of one block. A boundary is placed after
 * a terminal group (. … ! ? plus closing quotes/brackets) when the next word
 * starts a new sentence. Not a boundary: initials (В. В. Путин, Путин В.В.),
 * abbreviations (т.е., г. Москва, проф., Mr., U.S.), decimals (one token
 * already), and terminals inside a quotation the sentence continues after
 * («…», – сказал он.).
 */

/** Abbreviations after which a capitalised word does not start a sentence. */
const BEFORE_NAME = new Set([
  'г', 'им', 'проф', 'акад', 'ген', 'д-р', 'ул', 'пр', 'просп', 'пл', 'пер', 'наб', 'обл', 'р-н', 'св', 'ст',
  'п', 'пп', 'с', 'стр', 'см', 'ср', 'т', 'тов', 'гр', 'о', 'оз', 'р', 'м', 'пос', 'дер', 'х', 'кн', 'вул', 'пров', 'ім',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt',
  'vs', 'no', 'nos', 'fig', 'mt', 'ft', 'rev', 'hon', 'pres', 'messrs', 'e', 'i',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that may end a sentence but are normally followed by more of it (lowercase). */
const ABBREVIATIONS = new Set([
  ...BEFORE_NAME,
  'е', 'д', 'к', 'н', 'гг', 'вв', 'в', 'млн', 'млрд', 'трлн', 'тыс', 'тис', 'руб', 'коп', 'долл', 'грн', 'лит',
  'напр', 'англ', 'нем', 'франц', 'лат', 'рус', 'укр', 'рис', 'табл', 'гл', 'разд', 'прим', 'ред', 'изд', 'др',
  'ок', 'кв', 'км', 'мм', 'кг', 'чел', 'мин', 'сек', 'час', 'рр',
  'etc', 'eg', 'ie', 'al', 'approx', 'est', 'dept', 'univ', 'inc', 'co', 'corp', 'ltd',
]);

const TERMINALS = new Set(['.', '!', '?', '…', '?!', '!?']);
const CLOSERS = new Set([')', ']', '»', '”', '"', '’', '“', "'"]);
const DASHES = new Set(['-', '–', '—', '‒', '―']);
const OPENERS = new Set(['(', '[', '«', '„', '“', '"', "'"]);

/** TERMINALS, or a run of dots; by first character, since a Set lookup hashes every token. */
function isTerminal(t: string): boolean {
  switch (t.charCodeAt(0)) {
    case 0x2e: // . or ...
      return true;
    case 0x21: // ! or !?
    case 0x3f: // ? or ?!
    case 0x2026: // …
      return TERMINALS.has(t);
    default:
      return false;
  }
}

function firstCase(t: string): 'upper' | 'lower' | 'digit' | 'other' {
  const ch = t[0];
  if (ch >= '0' && ch <= '9') return 'digit';
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo === up) return 'other';
  return ch === up ? 'upper' : 'lower';
}

function isWord(t: string): boolean {
  return firstCase(t) !== 'other';
}

type QuoteRole = 'open' | 'close' | null;

/** Whether a quote token opens or closes, judged by the characters around it. */
function quoteRole(text: string, tok: Token, blockStart: number): QuoteRole {
  const t = tok.text;
  if (t === '«' || t === '„') return 'open';
  if (t === '»' || t === '”') return 'close';
  if (t !== '"' && t !== '“') return null;
  const before = tok.start > blockStart ? text[tok.start - 1] : ' ';
  const after = tok.end < text.length ? text[tok.end] : ' ';
  const spaceBefore = /[\s([{«„“—–-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]»…—–-]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore) return 'close';
  return t === '“' ? 'open' : null;
}

/** Token-index flags: true where a terminal must not end the sentence because it sits inside a quotation that the sentence continues after. */
function quotedContinuations(text: string, tokens: Token[], blockStart: number): Uint8Array {
  const n = tokens.length;
  const diff = new Int32Array(n + 1);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    const role = quoteRole(text, tokens[i], blockStart);
    if (role === 'open') stack.push(i);
    else if (role === 'close' && stack.length > 0) {
      const open = stack.pop()!;
      // Very long "quotes" are almost always mismatched straight quotes.
      if (tokens[i].end - tokens[open].start > 4000) continue;
      const prev = open > 0 ? tokens[open - 1].text : null;
      const startsSentence = prev === null || isTerminal(prev);
      let k = i + 1;
      while (k < n && CLOSERS.has(tokens[k].text)) k++;
      const next = k < n ? tokens[k].text : null;
      const continues = next !== null && (next === ',' || next === ';' || DASHES.has(next) || (isWord(next) && firstCase(next) === 'lower'));
      if (continues || !startsSentence) {
        diff[open + 1]++;
        diff[i]--;
      }
    }
  }
  const inside = new Uint8Array(n);
  let depth = 0;
  for (let i = 0; i < n; i++) {
    depth += diff[i];
    inside[i] = depth > 0 ? 1 : 0;
  }
  return inside;
}

/** Does the terminal at tokens[i] (a '.') close an abbreviation or initial rather than a sentence? */
function isAbbreviationDot(tokens: Token[], i: number, nextCase: 'upper' | 'lower' | 'digit' | 'other'): boolean {
  if (tokens[i].text !== '.' || i === 0) return false;
  const prev = tokens[i - 1];
  if (prev.end !== tokens[i].start || !isWord(prev.text)) return false;
  const word = prev.text.toLowerCase();
  if (nextCase === 'lower') {
    // Lowercase after a full stop: only a long ordinary word really ends a sentence there.
    return prev.text.length < 5 || ABBREVIATIONS.has(word);
  }
  // Initials: В. В. Путин, Путин В.В., U.S.
  if (prev.text.length === 1 && firstCase(prev.text) === 'upper') return true;
  if (!BEFORE_NAME.has(word)) return false;
  // "в 2025 г. Путин…" — г. after a number is a year and may end the sentence.
  if ((word === 'г' || word === 'р') && i >= 2 && firstCase(tokens[i - 2].text) === 'digit') return false;
  // "т. д." / "и т.д." end sentences; only a lone т. in т.е./т.к. glues.
  if (word === 'e' || word === 'i') return i >= 2 && tokens[i - 2].text === '.';
  return true;
}

/** Sentence ranges as [first token index, last token index + 1). */
export function splitSentences(text: string, tokens: Token[], blockStart = 0): Array<[number, number]> {
  const n = tokens.length;
  const ranges: Array<[number, number]> = [];
  if (n === 0) return ranges;
  const quoted = quotedContinuations(text, tokens, blockStart);
  let from = 0;
  let i = 0;
  while (i < n) {
    if (!isTerminal(tokens[i].text) || quoted[i]) {
      i++;
      continue;
    }
    const terminalAt = i;
    let j = i + 1;
    while (j < n && (isTerminal(tokens[j].text) || (CLOSERS.has(tokens[j].text) && quoteRole(text, tokens[j], blockStart) !== 'open'))) j++;
    if (j >= n) break;
    // First word after the terminal group, skipping opening quotes, brackets and dashes.
    let k = j;
    let sawDash = false;
    while (k < n && k < j + 3 && (OPENERS.has(tokens[k].text) || DASHES.has(tokens[k].text))) {
      if (DASHES.has(tokens[k].text)) sawDash = true;
      k++;
    }
    const next = tokens[j].text;
    let boundary: boolean;
    // "Lenta.ru", "Театр.doc", "на .eu": a dot glued to the following word is not a sentence end.
    const glued = j === i + 1 && tokens[j].start === tokens[i].end && isWord(next);
    // "1. Первый пункт": an enumeration number opening the sentence.
    const enumeration = i === from + 1 && tokens[i].text === '.' && firstCase(tokens[from].text) === 'digit' && tokens[from].text.length <= 3;
    if (glued || enumeration) boundary = false;
    else if (next === ',' || next === ';' || next === ':' || next === ')') boundary = false;
    else if (k >= n || !isWord(tokens[k].text)) boundary = true;
    else {
      const nc = firstCase(tokens[k].text);
      const lastTerminal = tokens[j - 1].text;
      if (nc === 'lower') {
        boundary = !sawDash && lastTerminal === '.' && terminalAt === j - 1 && !isAbbreviationDot(tokens, terminalAt, nc);
      } else {
        boundary = !isAbbreviationDot(tokens, terminalAt, nc);
      }
    }
    if (boundary) {
      ranges.push([from, j]);
      from = j;
    }
    i = j;
  }
  if (from < n) ranges.push([from, n]);
  return ranges;
}
