/**
 * Long names with lowercase particles inside («Хуан Карлос де ла Фуэнте»,
 * «Абд аль-Азиз ибн Сауд»): a name read up to a particle goes on through the
 * particles and the capitalised word after them, taking over a span found
 * there; a given name read as the surname before the particles moves to the
 * given names.
 */
import type { Word } from '../tokens-to-words.ts';
import { span, type NameSpan } from './name-span.ts';
import { isFirst, isParticle } from './reader.ts';

/** The particles and the capitalised word after `from` in the chain, or null when none follow. */
function tailAfter(chain: Word[], from: number): { particles: Word[]; word: Word } | null {
  let k = from;
  while (k < chain.length && isParticle(chain[k])) k++;
  const word = chain[k];
  if (k === from || !word || !word.cap || word.initial) return null;
  return { particles: chain.slice(from, k), word };
}

/** Extend the chain's spans over particle tails; a span so reached is taken into the longer name. */
export function joinParticleTails(chain: Word[], found: NameSpan[]): NameSpan[] {
  if (!chain.some(isParticle)) return found;
  const position = new Map(chain.map((w, k) => [w.index, k]));
  const out: NameSpan[] = [];
  const taken = new Set<NameSpan>();
  for (const s of found) {
    if (taken.has(s)) continue;
    const end = position.get(s.words[s.words.length - 1].index);
    const tail = end === undefined || s.asian || s.initials.length ? null : tailAfter(chain, end + 1);
    if (!tail) {
      out.push(s);
      continue;
    }
    const next = found.find((x) => x.words[0] === tail.word);
    if (next) taken.add(next);
    const rest = next ? next.words : [tail.word];
    const firstWords = s.first.length && s.last.length === 1 && isFirst(s.last[0]) ? [...s.first, s.last[0]] : s.first;
    const lastWords = firstWords === s.first ? s.last : [];
    const words = [...s.words, ...tail.particles, ...rest];
    out.push(span(words, { first: firstWords, patronymic: s.patronymic, last: [...lastWords, ...tail.particles, ...rest] }, s.evidence));
  }
  return out;
}
