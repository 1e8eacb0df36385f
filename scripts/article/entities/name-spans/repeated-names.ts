/** Names that the article's layout or repetition makes sure of, whatever the dictionary says. */
import { nameStem } from '../normalise-name.ts';
import { NAME_PARTICLES } from '../person-cues.ts';
import type { Word } from '../tokens-to-words.ts';
import { BULLET_BEFORE } from './name-cues-lexicon.ts';
import { span, type NameSpan } from './name-span.ts';
import { adjacent, type Reader } from './reader.ts';

/**
 * Bulleted lists of people in one format («• Олег Сомов (Россия, 30 лет)
 * • Илья Гуров (США, 31)»): when at least two items, and a third of all,
 * open with a found full name, the capitalised words opening every other item before its bracket
 * are a name too, whatever the dictionary makes of them (foreign given names,
 * names of three or four words as one name, not two).
 * Returns the spans to add and the found spans they replace.
 */
export function bulletedNames(r: Reader, found: NameSpan[]): { add: NameSpan[]; replace: Set<NameSpan> } {
  const add: NameSpan[] = [];
  const replace = new Set<NameSpan>();
  const items: Word[][] = [];
  for (const w of r.words) {
    const prev = r.words[w.index - 1];
    if (!w.cap || w.latin || !BULLET_BEFORE.test(r.text.slice(prev ? prev.end : 0, w.start))) continue;
    const run = [w];
    while (run.length < 4) {
      const next = r.words[run[run.length - 1].index + 1];
      if (!next || next.latin || !(next.cap || NAME_PARTICLES.has(next.lower)) || !adjacent(r.text, run[run.length - 1], next) || next.initial) break;
      run.push(next);
    }
    if (run.length >= 2 && /^ ?\(/u.test(r.text.slice(run[run.length - 1].end, run[run.length - 1].end + 2))) items.push(run);
  }
  if (items.length < 3) return { add, replace };
  const exact = (run: Word[]): boolean => found.some((s) => s.start === run[0].start && s.end === run[run.length - 1].end && s.first.length > 0);
  const named = items.filter(exact).length;
  if (named < 2 || named * 3 < items.length) return { add, replace };
  for (const run of items) {
    if (exact(run)) continue;
    const start = run[0].start;
    const end = run[run.length - 1].end;
    for (const s of found) if (s.start < end && start < s.end) replace.add(s);
    add.push(span(run, { first: [run[0]], last: run.slice(1) }, 'pattern'));
  }
  return { add, replace };
}

/**
 * A full name found once («• Гата Камский (США)») is the same name wherever
 * the article repeats its words, in any case form («играет Гата Камский»,
 * «у Гаты Камского»), even where the first name alone says nothing.
 * Returns the spans to add and the found spans they replace.
 */
export function repeatedFullNames(chains: Word[][], found: NameSpan[]): { add: NameSpan[]; replace: Set<NameSpan> } {
  const add: NameSpan[] = [];
  const replace = new Set<NameSpan>();
  const keyOf = (ws: Word[]): string => ws.map((w) => nameStem(w.text)).join(' ');
  const full = new Map<string, NameSpan>();
  // First words of the full names: a chain position whose word is none of them starts no key (stems hold no space).
  const firstStems = new Set<string>();
  for (const s of found) {
    if (s.first.length && s.last.length && !s.initials.length && !s.patronymic && s.words.length <= 4) {
      full.set(keyOf(s.words), s);
      firstStems.add(nameStem(s.words[0].text));
    }
  }
  if (!full.size) return { add, replace };
  const exact = new Set(found.map((s) => `${s.start}:${s.end}`));
  for (const chain of chains) {
    for (let i = 0; i < chain.length; i++) {
      if (!firstStems.has(nameStem(chain[i].text))) continue;
      for (let n = Math.min(4, chain.length - i); n >= 2; n--) {
        const ws = chain.slice(i, i + n);
        const model = full.get(keyOf(ws));
        if (!model || exact.has(`${ws[0].start}:${ws[n - 1].end}`)) continue;
        const start = ws[0].start;
        const end = ws[n - 1].end;
        for (const s of found) if (s.start < end && start < s.end) replace.add(s);
        const k = model.first.length;
        add.push(span(ws, { first: ws.slice(0, k), last: ws.slice(k) }, 'propagated'));
        i += n - 1;
        break;
      }
    }
  }
  return { add, replace };
}
