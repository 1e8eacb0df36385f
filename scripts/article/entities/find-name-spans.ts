/**
 * Find spans of person names in the word list: chains of capitalised words
 * read with az (Name / Surn / Patr readings, predicted adjectival surnames),
 * initials, context cues (role nouns before, speech verbs after), then
 * propagation: once a surname is known in the article every form of it — even
 * lowercase «путін» — is a mention, and a second reading of the chains uses
 * the known surnames («братом Сулимы Ямадаева» once «Иса Ямадаев» is known).
 */
import type { Word } from './tokens-to-words.ts';
import { nameStem } from './normalise-name.ts';
import { bracketedOriginals, knownStems, listNeighbours, loneGivenNames, lowercaseNames, propagate, readsKnown, withLeadingParticles } from './name-spans/article-passes.ts';
import { readChain } from './name-spans/chain-rules.ts';
import { chains } from './name-spans/chains.ts';
import type { NameSpan } from './name-spans/name-span.ts';
import type { Reader } from './name-spans/reader.ts';
import { bulletedNames, repeatedFullNames } from './name-spans/repeated-names.ts';
import { quotedNicknames } from './name-spans/quoted-nicknames.ts';

export type { NameSpan } from './name-spans/name-span.ts';

export function findNameSpans(text: string, words: Word[]): NameSpan[] {
  const all = chains(text, words);
  const first: Reader = { text, words, known: new Set() };
  const firstReads = all.map((c) => readChain(first, c));
  const pass1 = firstReads.flat();
  // Second reading with the article's surnames known.
  // (The lowercase-word set, if the first reading built it, is the same article's.)
  const second: Reader = { text, words, known: knownStems(pass1, first), lowercase: first.lowercase };
  let found = all.flatMap((c, k) => (readsKnown(second, c) ? readChain(second, c) : firstReads[k]));
  found.push(...bracketedOriginals(second, found));
  found.push(...propagate(second, found));
  // A list member found next to a known name («Орлов (Сомов, Гуров)») is known everywhere else in the article too,
  // and its own neighbours are list members: repeat while that finds more.
  const listedStems = new Set<string>();
  for (let round = 0; round < 3; round++) {
    const listed = listNeighbours(second, found);
    if (!listed.length) break;
    found.push(...listed);
    for (const stem of knownStems(listed)) {
      if (!second.known.has(stem)) listedStems.add(stem);
      second.known.add(stem);
    }
    found.push(...propagate(second, found));
  }
  // Re-read the longer chains holding a surname known only now («Голмс і Зінченка» … «сказала Гелен Голмс»).
  if (listedStems.size) {
    for (const chain of all) {
      if (chain.length < 2 || !chain.some((w) => listedStems.has(nameStem(w.text)))) continue;
      const start = chain[0].start;
      const end = chain[chain.length - 1].end;
      found = [...found.filter((s) => !(s.start < end && start < s.end)), ...readChain(second, chain)];
    }
  }
  found.push(...lowercaseNames(second, found));
  found.push(...loneGivenNames(second, found));
  const nicknamed = quotedNicknames(second, found);
  if (nicknamed.add.length) found = [...found.filter((s) => !nicknamed.replace.has(s)), ...nicknamed.add];
  for (const settle of [bulletedNames(second, found), null]) {
    const { add, replace } = settle ?? repeatedFullNames(all, found);
    if (add.length) found = [...found.filter((s) => !replace.has(s)), ...add];
  }
  return found.map((s) => withLeadingParticles(second, s)).sort((a, b) => a.start - b.start);
}
