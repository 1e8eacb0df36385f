/**
 * A body inside another organisation, named by a unit noun and the
 * organisation in the genitive («комиссия ЕС», «пресс-служба МЧС»,
 * «Ревизионный комитет Лиги»): the whole is an organisation mention of its
 * own, and the organisation inside stays a mention too. The unit noun may
 * already head a phrase found before («Ревизионный комитет»), which then
 * grows over the organisation instead of standing beside it.
 *
 * Kind nouns («клуба Зенит», «федерации ФИБА») are not units: there the noun
 * and the name are one organisation (see `descriptor-name.ts`).
 */
import { inflectWord } from '../../../lang/morphology.ts';
import { SUB_BODY_HEADS } from '../../../lang/lexicons/org-span-words.ts';
import { prepositionalTailEnd } from './org-tail.ts';
import type { Scan } from './scan-context.ts';
import { adjacent, capitaliseLike } from './words.ts';

/** The unit noun at word `k` (Russian lemma), or null. */
function unitAt(s: Scan, k: number): string | null {
  const w = s.words[k];
  if (!w || !w.cyrillic || w.caps) return null;
  const noun = s.ann.at(k).noun;
  return noun && SUB_BODY_HEADS.has(noun.lemma) ? noun.lemma : null;
}

/** Organisations found at or after `from` in `s.out`, each preceded by a unit noun, grown into the unit's mention. */
export function withSubBodies(s: Scan, from: number): void {
  if (s.lang !== 'ru') return;
  const { words, text, out } = s;
  const found = out.length;
  for (let f = from; f < found; f++) {
    const inner = out[f]!;
    if (inner.type !== 'org') continue;
    const k = words.findIndex((w) => w.start === inner.start);
    if (k < 1 || !adjacent(text, words[k - 1]!, words[k]!)) continue;
    // A phrase that holds a unit noun and ends right before the organisation («Палаты представителей»).
    const outer = out.findIndex((o, n) => n !== f && o.type === 'org' && o.end === words[k - 1]!.end && holdsUnit(s, o));
    const unit = unitAt(s, k - 1);
    if (!unit && outer < 0) continue;
    const innerText = text.slice(inner.start, inner.end);
    // «комитет Лиги по этике»: a phrase after the organisation belongs to the unit.
    const lastInner = words.findIndex((w) => w.end === inner.end);
    const tailEnd = lastInner >= 0 ? prepositionalTailEnd(s, lastInner + 1) : lastInner + 1;
    const end = tailEnd > lastInner + 1 ? words[tailEnd - 1]!.end : inner.end;
    const tail = text.slice(inner.end, end);
    if (outer >= 0) {
      out[outer] = { ...out[outer]!, name: `${out[outer]!.name} ${innerText}${tail}`, end };
      continue;
    }
    const head = words[k - 1]!;
    const nominative = inflectWord(head.text, ['nomn'], (p) => p.tags.has('NOUN')) ?? unit ?? head.text;
    out.push({ type: 'org', concept: null, name: `${capitaliseLike(nominative, head.text)} ${innerText}${tail}`, start: head.start, end, sentence: s.sentence });
  }
}

/** Some word of the found mention is a unit noun. */
function holdsUnit(s: Scan, found: { start: number; end: number }): boolean {
  for (let k = 0; k < s.words.length && s.words[k]!.start < found.end; k++) if (s.words[k]!.start >= found.start && unitAt(s, k)) return true;
  return false;
}
