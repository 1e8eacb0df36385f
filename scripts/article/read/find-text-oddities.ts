/**
 * Report characters that hide or split names without being visible: invisible
 * marks inside words (soft hyphens, zero-width spaces and joiners, direction
 * marks) and words that mix Latin and Cyrillic look-alike letters («Пyтин»
 * with a Latin y). Such names are not merged with their clean spellings, so
 * the user is told where they are and how to fix them. One linear pass.
 */
import type { Problem, Span } from '../../model/model.ts';
import { lineAt } from './lines.ts';

export const INVISIBLE = new Map<number, string>([
  [0x00ad, 'soft hyphen U+00AD'],
  [0x200b, 'zero-width space U+200B'],
  [0x200c, 'zero-width non-joiner U+200C'],
  [0x200d, 'zero-width joiner U+200D'],
  [0x2060, 'word joiner U+2060'],
  [0xfeff, 'zero-width no-break space U+FEFF'],
  [0x200e, 'left-to-right mark U+200E'],
  [0x200f, 'right-to-left mark U+200F'],
  ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((code): [number, string] => [code, `direction control U+${code.toString(16).toUpperCase()}`]),
]);

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

interface Finding {
  count: number;
  first: number;
  examples: string[];
  kinds: Set<string>;
}

const EXAMPLES = 3;

export function findTextOddities(file: string, text: string, body: Span): Problem[] {
  const invisible: Finding = { count: 0, first: -1, examples: [], kinds: new Set() };
  const mixed: Finding = { count: 0, first: -1, examples: [], kinds: new Set() };
  const note = (finding: Finding, start: number, end: number, kind?: string) => {
    if (finding.count++ === 0) finding.first = start;
    if (finding.examples.length < EXAMPLES) finding.examples.push(text.slice(start, Math.min(end, start + 40)));
    if (kind) finding.kinds.add(kind);
  };

  // A word here: letters, possibly with invisible marks between them.
  let wordStart = -1;
  let cyrillic = false;
  let latin = false;
  let hidden: string | null = null;
  const endWord = (end: number) => {
    if (wordStart >= 0) {
      if (hidden) note(invisible, wordStart, end, hidden);
      if (cyrillic && latin) note(mixed, wordStart, end);
    }
    wordStart = -1;
    cyrillic = latin = false;
    hidden = null;
  };
  for (let i = body.start; i < body.end; i++) {
    const code = text.charCodeAt(i);
    // Fast path for the bulk of the text (no single-character strings, no regex): ASCII and Cyrillic.
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
        if (wordStart < 0) wordStart = i;
        latin = true;
      } else if (code !== 0x2d && code !== 0x27) endWord(i);
      continue;
    }
    if (code >= 0x0400 && code <= 0x052f && (code < 0x0482 || code > 0x0489)) {
      if (wordStart < 0) wordStart = i;
      cyrillic = true;
      continue;
    }
    const mark = INVISIBLE.get(code);
    if (mark) {
      // Only marks inside a word matter: between words they change nothing we read.
      if (wordStart >= 0 && LETTER.test(text[i + 1] ?? '')) hidden ??= mark;
      continue;
    }
    const char = code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text[i];
    if (LETTER.test(char)) {
      if (wordStart < 0) wordStart = i;
      if (code >= 0x0400 && code <= 0x052f) cyrillic = true;
      else if (code < 0x0250 ? /[A-Za-z\u00c0-\u024f]/.test(char) : LATIN.test(char)) latin = true;
      else if (CYRILLIC.test(char)) cyrillic = true;
    } else if (char !== '-' && char !== "'" && char !== '’' && char !== 'ʼ') {
      endWord(i);
    }
    if (char.length === 2) i++;
  }
  endWord(body.end);

  const problems: Problem[] = [];
  if (invisible.count > 0) {
    problems.push({
      file,
      severity: 'warning',
      line: lineAt(text, invisible.first),
      message:
        `${invisible.count} word${invisible.count === 1 ? '' : 's'} contain${invisible.count === 1 ? 's' : ''} invisible characters (${[...invisible.kinds].join(', ')}), ` +
        `e.g. ${invisible.examples.map((w) => `«${w}»`).join(', ')}; Letopis reads past them, but search tools and other programs may not find such a word. Remove those characters from the file.`,
    });
  }
  if (mixed.count > 0) {
    problems.push({
      file,
      severity: 'warning',
      line: lineAt(text, mixed.first),
      message:
        `${mixed.count} word${mixed.count === 1 ? '' : 's'} mix${mixed.count === 1 ? 'es' : ''} Latin and Cyrillic letters, e.g. ${mixed.examples.map((w) => `«${w}»`).join(', ')}; ` +
        'a name with look-alike letters is not matched with its correct spelling. Retype those words in one alphabet.',
    });
  }
  return problems;
}
