/**
 * «японского МИДа», «ежемесячной газеты «…»», «государственной Комиссии по …»:
 * lowercase full adjectives right before an organisation belong to its
 * mention (Russian only: the dictionary must read them as adjectives, and
 * not as participles, pronouns or qualitative adjectives — «возглавляемая ею
 * партия», «этой партии», «влиятельного комитета»).
 */
import type { Found, Scan } from './scan-context.ts';
import { adjacent } from './words.ts';

/** At most this many adjectives are taken: longer runs are descriptions, not names. */
const MAX_ADJECTIVES = 3;

/** Move the start of each organisation found at or after `from` in `s.out` over the adjectives before it. */
export function withLeadingAdjectives(s: Scan, from: number): void {
  const { words, text, out } = s;
  for (let f = from; f < out.length; f++) {
    const found: Found = out[f]!;
    if (found.type !== 'org') continue;
    let k = words.findIndex((w) => w.start === found.start);
    if (k < 0) continue;
    let taken = 0;
    while (k > 0 && taken < MAX_ADJECTIVES) {
      const w = words[k - 1]!;
      const adjective = s.ann.at(k - 1).adjective;
      if (w.cap || !w.cyrillic || !adjective || !adjective.tags.has('ADJF') || adjective.tags.has('Qual') || !adjacent(text, w, words[k]!)) break;
      k--;
      taken++;
    }
    if (taken) out[f] = { ...found, start: words[k]!.start };
  }
}
