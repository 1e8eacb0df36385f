/** Single proper names the lexicon reads as places or organisations, and Ukrainian region names. */
import { inflectWord } from '../../../lang/morphology.ts';
import { NOT_PLACES, PLACE_DESCRIPTORS, PLACE_HEADS, RU_PLACE_PREPOSITIONS, UK_REGION_NOUNS } from '../../../lang/lexicons/org-place-words.ts';
import type { Matcher, Scan } from './scan-context.ts';
import { adjacent, capitaliseLike } from './words.ts';

/** One-letter prepositions that open a sentence capitalised (ru/uk). */
const ONE_LETTER_PREPOSITIONS = new Set(['В', 'К', 'С', 'О', 'У', 'З', 'І']);

/** A capitalised adjective plus a place head: «Свердловской области», «Новой Зеландии». */
function adjectiveAndPlaceHead(s: Scan, i: number): number {
  const { words, text } = s;
  const w = words[i]!;
  const next = words[i + 1];
  if (!next || !adjacent(text, w, next)) return 0;
  const nextNoun = s.ann.at(i + 1).noun;
  if (!nextNoun || !(PLACE_HEADS.has(nextNoun.lemma) || (next.cap && nextNoun.tags.has('Geox')))) return 0;
  const gender = ['masc', 'femn', 'neut'].find((g) => nextNoun.tags.has(g)) ?? 'femn';
  const number = nextNoun.tags.has('plur') ? ['nomn', 'plur'] : ['nomn', 'sing', gender];
  const adj = inflectWord(w.text, number, (p) => p.tags.has('ADJF')) ?? w.text;
  const noun = capitaliseLike(inflectWord(next.text, ['nomn'], (p) => p.tags.has('NOUN')) ?? nextNoun.lemma, next.text);
  s.out.push({ type: 'place', concept: null, name: `${capitaliseLike(adj, w.text)} ${noun}`, start: w.start, end: next.end, sentence: s.sentence });
  return 2;
}

/** Russian capitalised words the dictionary marks as toponyms or organisations. */
export const matchRussianProper: Matcher = (s, i) => {
  const { words, text, sentence, out } = s;
  const w = words[i]!;
  if (!w.cap || !w.cyrillic || w.caps) return 0;
  const a = s.ann.at(i);
  const best = a.best;
  if (!best) return 0;
  // Names win only when they are the likeliest reading (Владимир; but Рим, not the name Рима).
  if (best.tags.has('Name') || best.tags.has('Patr') || (best.tags.has('Surn') && !best.tags.has('Geox'))) return 0;
  if (best.tags.has('ADJF')) {
    const n = adjectiveAndPlaceHead(s, i);
    if (n) return n;
  }
  if (!best.tags.has('NOUN')) return 0;
  // A place-kind noun before the capitalised name: «реки Славянки».
  const prev = words[i - 1];
  if (prev && !prev.cap && adjacent(text, prev, w) && PLACE_DESCRIPTORS.has(s.ann.at(i - 1).noun?.lemma ?? '') && !best.tags.has('Orgn')) {
    const lemma = best.known || best.tags.has('Geox') ? capitaliseLike(best.lemma, w.text) : w.text;
    out.push({ type: 'place', concept: null, name: lemma, start: prev.start, end: w.end, sentence });
    return 1;
  }
  if (best.tags.has('Geox') && best.known) {
    // A toponym-looking surname after a first name or an initial.
    // (A sentence-initial one-letter preposition, «В Бухаресте», «К Орлу», is no initial.)
    const initial = /^\p{Lu}$/u.test(prev?.text ?? '') && !(i === 1 && ONE_LETTER_PREPOSITIONS.has(prev!.text));
    if (prev && adjacent(text, prev, w) && prev.cap && (s.ann.at(i - 1).best?.tags.has('Name') || initial)) return 0;
    if (prev && /^\p{Lu}\.\s?$/u.test(text.slice(prev.start, w.start))) return 0;
    out.push({ type: 'place', concept: null, name: capitaliseLike(best.lemma, w.text), start: w.start, end: w.end, sentence });
    return 1;
  }
  if (best.tags.has('Orgn') && best.known) {
    out.push({ type: 'org', concept: null, name: capitaliseLike(best.lemma, w.text), start: w.start, end: w.end, sentence });
    return 1;
  }
  // An inanimate capitalised noun after a locative preposition: «в Анкоридже».
  if (
    i > 0 &&
    prev &&
    RU_PLACE_PREPOSITIONS.has(prev.text.toLowerCase()) &&
    adjacent(text, prev, w) &&
    !a.animateOrSurname &&
    !NOT_PLACES.has(best.lemma) &&
    (best.tags.has('loct') || best.tags.has('gent') || best.tags.has('accs'))
  ) {
    out.push({ type: 'place', concept: null, name: capitaliseLike(best.lemma, w.text), start: w.start, end: w.end, sentence });
    return 1;
  }
  return 0;
};

/** A Ukrainian region at word `i` («Київської області» → «Київська область»), or null. */
export function ukRegionAt(s: Scan, i: number): { name: string; length: number } | null {
  const { words, text } = s;
  const w = words[i];
  const next = words[i + 1];
  if (!w || !w.cap || !w.cyrillic || !next || !adjacent(text, w, next)) return null;
  const noun = UK_REGION_NOUNS[next.text.toLowerCase()];
  const m = /^(.+(?:ськ|цьк|зьк))(а|ої|ій|ою|у|ий|ого|ому|им|ім)$/u.exec(w.text);
  if (!noun || !m) return null;
  return { name: `${m[1]!}${noun === 'область' ? 'а' : 'ий'} ${noun}`, length: 2 };
}

/** Ukrainian «Київської області», «Бахмутському районі» → «Київська область», «Бахмутський район». */
export const matchUkrainianRegion: Matcher = (s, i) => {
  const region = ukRegionAt(s, i);
  if (!region) return 0;
  s.out.push({ type: 'place', concept: null, name: region.name, start: s.words[i]!.start, end: s.words[i + 1]!.end, sentence: s.sentence });
  return 2;
};
