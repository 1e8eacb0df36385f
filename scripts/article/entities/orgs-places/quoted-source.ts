/**
 * Quoted names without a descriptor that the sentence still marks as
 * organisations:
 * - the medium after a word of reporting («сообщает „Вечерний курьер“»,
 *   «в интервью „Утру“»), the body after a noun of its member or head
 *   («болельщики „Зорянца“»);
 * - a quoted name listed right after a quoted organisation («движение
 *   „Зелёный берег“, „Чистый двор“ и …»), which shares its kind.
 */
import { MEMBER_NOUN, SOURCE_WORDS } from '../../../lang/lexicons/org-span-words.ts';
import { matchGazetteer } from './gazetteer.ts';
import type { Matcher, Scan } from './scan-context.ts';
import { quoteAfter, wordsOf } from './words.ts';

/** At most this many words make a quoted name without a descriptor. */
const MAX_NAME_WORDS = 4;

const CLOSERS: Record<string, string> = { '«': '»', '„': '“', '"': '"', '“': '”' };

/** The quoted name opening right at `from` (after spaces): [start of the quote, end after the closer], or null. */
function quotedAt(text: string, from: number): { start: number; end: number; name: string } | null {
  let k = from;
  while (text[k] === ' ') k++;
  const closer = CLOSERS[text[k] ?? ''];
  if (!closer) return null;
  const close = text.indexOf(closer, k + 1);
  if (close < 0 || close - k > 60) return null;
  const name = text.slice(k + 1, close).trim();
  if (!/^[\p{Lu}\p{N}]/u.test(name) || /[.!?]/u.test(name)) return null;
  return { start: k, end: close + 1, name };
}

/** Whether an organisation found in this sentence ends with a quote right before `at`, separated by a comma or «и». */
function listedAfterQuotedOrg(s: Scan, at: number): boolean {
  return s.out.some((f) => f.type === 'org' && f.sentence === s.sentence && /[»“"”]$/u.test(s.text.slice(f.start, f.end)) && /^(,\s*|\s+(и|і|та)\s+)$/u.test(s.text.slice(f.end, at)));
}

const sourceOrMember = (lower: string): boolean => SOURCE_WORDS.has(lower) || MEMBER_NOUN.test(lower);

export const matchQuotedSource: Matcher = (s, i) => {
  const w = s.words[i]!;
  // Cheap checks first: this runs for every word.
  let quoted = quoteAfter(s.text, w.end) && sourceOrMember(w.text.toLowerCase()) ? quotedAt(s.text, w.end) : null;
  let consumed = 1;
  if (!quoted) {
    // The word may be the first inside a quote listed after a quoted organisation.
    const open = s.text[w.start - 1];
    if (!open || !CLOSERS[open] || !listedAfterQuotedOrg(s, w.start - 1)) return 0;
    quoted = quotedAt(s.text, w.start - 1);
    consumed = 0;
  }
  if (!quoted) return 0;
  // A name the gazetteer knows is left to it («сообщает „Интерфакс“»).
  const inner = wordsOf(quoted.name, 0, quoted.name.length);
  // (A longer quote is a title or a slogan more often than a name.)
  if (!inner.length || inner.length > MAX_NAME_WORDS || matchGazetteer(inner, 0)) return 0;
  // Without a descriptor the mention is the name inside the quotes.
  const start = quoted.start + 1 + (s.text.slice(quoted.start + 1).length - s.text.slice(quoted.start + 1).trimStart().length);
  const end = start + quoted.name.length;
  s.out.push({ type: 'org', concept: null, name: quoted.name, start, end, sentence: s.sentence });
  while (i + consumed < s.words.length && s.words[i + consumed]!.start < quoted.end) consumed++;
  return consumed;
};
