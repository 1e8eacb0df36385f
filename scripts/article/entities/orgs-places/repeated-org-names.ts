/**
 * An organisation named once with its descriptor and quotes («движения
 * „Зелёный берег“») is the same organisation wherever the article repeats the
 * quoted name alone, in any case form and with or without quotes
 * («„Зелёного берега“», «Зелёный берег заявил»). The repeat is one more
 * mention of the same entity (same name), spanning the name's words only.
 */
import type { Found } from './scan-context.ts';
import { wordsOf, type Word } from './words.ts';

/** The quoted name closing an organisation's span: «партии «Яблоко»» → Яблоко. */
const QUOTED_TAIL = /[«„"“]([^«„"“»”]{2,60})[»“"”]$/u;

/** Sentence index of an offset, by the sentence spans in text order. */
function sentenceAt(spans: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Further mentions of quoted organisation names, outside every span already found. */
export function repeatedOrgNames(text: string, spans: readonly { start: number; end: number }[], found: Found[]): Found[] {
  const names = new Map<string, { name: string; concept: string | null; length: number }>();
  for (const f of found) {
    const m = f.type === 'org' ? QUOTED_TAIL.exec(text.slice(f.start, f.end)) : null;
    if (!m) continue;
    const inner = wordsOf(m[1]!, 0, m[1]!.length);
    if (!inner.length || inner.length > 4 || !inner[0]!.cap) continue;
    names.set(inner.map((w) => w.stem).join(' '), { name: f.name, concept: f.concept, length: inner.length });
  }
  if (!names.size) return [];
  const lengths = new Set([...names.values()].map((n) => n.length));
  // (A bare quoted name found by another rule with the same span is the repeat too: it takes the introduced name.)
  const covered = (start: number, end: number): boolean => found.some((f) => f.start < end && start < f.end && !(f.type === 'org' && f.start === start && f.end === end));
  const words: Word[] = wordsOf(text, 0, text.length);
  const out: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap) continue;
    for (const n of lengths) {
      const run = words.slice(i, i + n);
      const hit = run.length === n ? names.get(run.map((w) => w.stem).join(' ')) : undefined;
      if (!hit) continue;
      const start = run[0]!.start;
      const end = run[n - 1]!.end;
      if (covered(start, end) || /[\p{L}-]$/u.test(text.slice(Math.max(0, start - 1), start))) continue;
      out.push({ type: 'org', concept: hit.concept, name: hit.name, start, end, sentence: sentenceAt(spans, start) });
      i += n - 1;
      break;
    }
  }
  return out;
}
