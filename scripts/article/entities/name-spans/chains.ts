/** Runs of name-capable words: the units the chain rules read. */
import { capitalise } from '../name-morphology.ts';
import type { Word } from '../tokens-to-words.ts';
import { adjacent, info, isFirst, isMonth, isParticle, slavicSurnameShape, sum } from './reader.ts';

/**
 * A lowercase word right after a capitalised given name that has a surname's
 * shape and is no ordinary word (an adjective such as «британський» is one).
 */
function lowercaseSurnameAfter(text: string, prev: Word, w: Word): boolean {
  if (w.cap || w.latin || w.initial || !slavicSurnameShape(w.lower) || !adjacent(text, prev, w) || !isFirst(prev)) return false;
  const i = info({ ...w, text: capitalise(w.text) });
  return !i.ukCommon && !i.functionWord && !(i.known && (i.adjective || i.common > sum(i.last)));
}

/** Split the words into runs of name-capable words (capitalised words, initials, inner particles). */
export function chains(text: string, words: Word[]): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  const flush = (): void => {
    while (cur.length && isParticle(cur[cur.length - 1])) cur.pop();
    // (A new array only after a chain: flush runs at every lowercase word.)
    if (cur.length) {
      out.push(cur);
      cur = [];
    }
  };
  for (const w of words) {
    // A month («7 Августа Дарина Яковенко», «серпня») is never part of a name.
    const usable = ((w.cap && !w.acronym) || (cur.length > 0 && isParticle(w))) && !isMonth(w.lower);
    if (!usable) {
      // «Андрій жуковський», «Дарія кіселева»: some outlets write a surname in lowercase on purpose.
      const prev = cur[cur.length - 1];
      if (prev && lowercaseSurnameAfter(text, prev, w)) {
        cur.push({ ...w, cap: true, text: capitalise(w.text) });
        continue;
      }
      flush();
      continue;
    }
    if (cur.length && !adjacent(text, cur[cur.length - 1], w)) flush();
    if (!cur.length && isParticle(w)) continue;
    cur.push(w);
  }
  flush();
  return out;
}

/** A chain that is exactly a quoted title («Спартак», «Голос Америки») names a thing, not a person. */
export function quotedTitle(text: string, chain: Word[]): boolean {
  const before = text.slice(Math.max(0, chain[0].start - 2), chain[0].start);
  const after = text.slice(chain[chain.length - 1].end, chain[chain.length - 1].end + 2);
  return /[«„"“]\s?$/u.test(before) && /^\s?[»“"”]/u.test(after);
}
