/**
 * Article evidence that a name found as an organisation names something else:
 * - a product, work or event: the article puts the name after a noun of
 *   such a kind somewhere («операционной системы Zorix … работает под
 *   Zorix», «конкурс Best Zorix»), so every bare mention of it is that thing;
 * - a common noun: the article spells out the abbreviation in lowercase words
 *   whose initials make it («открытого кода (ОК)»), so it abbreviates no name.
 * Mentions led by an organisation's descriptor («компании Zorix») stay.
 */
import { PRODUCT_DESCRIPTOR } from '../../../lang/lexicons/org-span-words.ts';
import type { Found } from './scan-context.ts';
import { wordsOf, type Word } from './words.ts';

/** Names the article shows to be products or common-noun abbreviations (the found mention starting at a product noun's name). */
function namesOfThings(text: string, words: Word[], found: Found[]): Set<string> {
  const things = new Set<string>();
  const byStart = new Map(found.filter((f) => f.type === 'org').map((f) => [f.start, text.slice(f.start, f.end)]));
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.latin && w.cap && byStart.has(w.start) && PRODUCT_DESCRIPTOR.test(words[i - 1]!.text.toLowerCase()) && /^\s+$/u.test(text.slice(words[i - 1]!.end, w.start))) things.add(byStart.get(w.start)!);
    if (w.caps && w.text.length >= 2 && text[w.start - 1] === '(' && text[w.end] === ')' && spelledOut(words, i)) things.add(w.text);
  }
  return things;
}

/**
 * The lowercase words right before «(ABC)» start with the abbreviation's
 * letters, and name no kind of body: an abbreviation of «объединение
 * владельцев …» stands for the article's association, an organisation.
 */
function spelledOut(words: Word[], i: number): boolean {
  const letters = [...words[i]!.text.toLowerCase()];
  if (i < letters.length) return false;
  const before = words.slice(i - letters.length, i);
  return before.every((w, n) => !w.cap && w.text[0] === letters[n] && !BODY_NOUN.test(w.text));
}

/** Stems of nouns of a kind of body (ru/uk), in any case. */
const BODY_NOUN = /^(?:объединени|организаци|обществ|товарищест|союз|ассоциаци|компани|партии|парти|фонд|комитет|комисси|служб|агентств|об['’]єднан|організаці|товариств|спілк|асоціаці|компані|комітет|коміс|агенц|підприємств|предприяти)/u;

/** The found mentions without those the article shows to be no organisations. */
export function withoutThings(text: string, found: Found[]): Found[] {
  // Only a Latin name or an abbreviation in brackets can be shown so: most articles are spared a second tokenisation.
  const latinOrg = found.some((f) => f.type === 'org' && /\p{Script=Latin}/u.test(text[f.start]!));
  if (!latinOrg && !/\(\p{Lu}{2,}\)/u.test(text)) return found;
  const things = namesOfThings(text, wordsOf(text, 0, text.length), found);
  if (!things.size) return found;
  return found.filter((f) => f.type !== 'org' || !things.has(text.slice(f.start, f.end)));
}
