/** Matchers by what is known of a name: the gazetteer, a descriptor before a quoted or Latin name, an abbreviation. */
import type { EntityType } from '../../../model/model.ts';
import { LATIN_RUN_CONNECTORS, NAME_DESCRIPTORS, UK_NAME_DESCRIPTOR } from '../../../lang/lexicons/org-place-words.ts';
import { BUILDING_BODIES, LOCATIVE_PREPOSITIONS } from '../../../lang/lexicons/org-span-words.ts';
import { isPlaceStem, matchGazetteer } from './gazetteer.ts';
import { ukRegionAt } from './proper-names.ts';
import type { Matcher, Scan } from './scan-context.ts';
import { adjacent, capitaliseLike, quoteAfter, wordsOf } from './words.ts';

export const matchKnown: Matcher = (s, i) => {
  const { words, text, lang, sentence, out } = s;
  const hit = matchGazetteer(words, i);
  if (!hit) return 0;
  for (let k = 1; k < hit.length; k++) if (!adjacent(text, words[i + k - 1]!, words[i + k]!)) return 0;
  const first = words[i]!;
  const last = words[i + hit.length - 1]!;
  if (hit.length === 1 && stemCollision(s, i)) return 0;
  // A Latin place name followed by another capitalised name is a person's given name.
  const next = words[i + hit.length];
  // («New York Times», «Boston Globe»: a Latin place of any length before a capitalised word that is no place opens a longer name.)
  if (hit.entry.type === 'place' && first.latin && !first.caps && next && next.latin && next.cap && !next.caps && adjacent(text, last, next) && !isPlaceStem(next)) {
    return 0;
  }
  const name = hit.entry.names[lang] ?? hit.entry.names.ru ?? hit.entry.names.en ?? first.text;
  // «выступил в Белом доме»: a body named by its building is the place where something happens.
  if (hit.entry.type === 'org' && BUILDING_BODIES.has(hit.entry.concept) && LOCATIVE_PREPOSITIONS.has(words[i - 1]?.text.toLowerCase() ?? '')) {
    out.push({ type: 'place', concept: null, name, start: first.start, end: last.end, sentence });
    return hit.length;
  }
  // An org led by a ministry abbreviation swallows the place: «МИД России» is one organisation.
  out.push({ type: hit.entry.type, concept: hit.entry.concept, name, start: first.start, end: last.end, sentence });
  // «МИД РФ», «Верховная Рада Украины»: a place within the name of an organisation is a place mention too.
  if (hit.entry.type === 'org') {
    for (let k = i + 1; k < i + hit.length; k++) {
      const inner = placeAt(s, k);
      if (inner && k + inner.length <= i + hit.length) {
        out.push({ type: 'place', concept: inner.concept, name: inner.name, start: words[k]!.start, end: words[k + inner.length - 1]!.end, sentence });
        break;
      }
    }
  }
  return hit.length;
};

/**
 * A single Russian word that hits the gazetteer only through its crude stem
 * («Малого» → Мали): the dictionary knows it, and as something other than a
 * toponym or an organisation.
 */
function stemCollision(s: Scan, i: number): boolean {
  const w = s.words[i]!;
  if (s.lang !== 'ru' || !w.cyrillic || w.caps) return false;
  const a = s.ann.at(i);
  return a.known && a.place === undefined && !a.parses.some((p) => p.tags.has('Orgn') || p.tags.has('Abbr')) && a.parses.some((p) => p.known && p.tags.has('ADJF'));
}

/** A place right at words[i] (gazetteer or a toponym reading), for «правительства Китая». */
export function placeAt(s: Scan, i: number): { name: string; concept: string | null; length: number } | null {
  const w = s.words[i];
  if (!w || !w.cap) return null;
  const hit = matchGazetteer(s.words, i);
  if (hit && hit.entry.type === 'place') {
    return { name: hit.entry.names[s.lang] ?? hit.entry.names.ru ?? w.text, concept: hit.entry.concept, length: hit.length };
  }
  // «суду Київської області»: a Ukrainian region closes the phrase too.
  const region = s.lang === 'uk' ? ukRegionAt(s, i) : null;
  if (region) return { name: region.name, concept: null, length: region.length };
  if (w.cyrillic) {
    const best = s.ann.at(i).best;
    if (best && best.tags.has('Geox')) return { name: capitaliseLike(best.lemma, w.text), concept: null, length: 1 };
  }
  return null;
}

/** Lemma of a Cyrillic word by the lexicon, the lowercase word otherwise. */
function lemmaAt(s: Scan, i: number): string {
  const word = s.words[i]!;
  return word.cyrillic ? s.ann.at(i).lemma : word.text.toLowerCase();
}

/** A descriptor noun before a quoted name or a run of Latin words: «компании „Газпром“», «компании Piedmont Airlines». */
export const matchQuotedOrLatinName: Matcher = (s, i) => {
  const { words, text, lang, sentence, out } = s;
  const head = words[i]!;
  // Cheap checks first: morphology only for words followed by a quote or a Latin name.
  const quote = quoteAfter(text, head.end);
  const nextWord = words[i + 1];
  if (!quote && !(nextWord && nextWord.latin && nextWord.cap)) return 0;
  const lemma = lemmaAt(s, i);
  const lower = head.text.toLowerCase();
  // («РИА «…»», «ГУП «…»»: an abbreviation before a quoted name is the body's kind or its short name.)
  const abbreviation = head.cyrillic && head.caps && head.text.length <= 5;
  if (!abbreviation && !NAME_DESCRIPTORS.has(lemma) && !NAME_DESCRIPTORS.has(lower) && !(lang === 'uk' && UK_NAME_DESCRIPTOR.test(lower))) return 0;
  if (quote) {
    const open = head.end + quote[0].length;
    const closer = quote[1] === '«' ? '»' : quote[1] === '„' ? '“' : '"';
    const close = text.indexOf(closer, open);
    if (close < 0 || close - open > 80 || close - open < 2) return 0;
    const name = text.slice(open, close).trim();
    if (!/^[\p{Lu}\p{N}]/u.test(name)) return 0;
    const inner = wordsOf(name, 0, name.length);
    const known = inner.length > 0 ? matchGazetteer(inner, 0) : null;
    const concept = known && known.length === inner.length && known.entry.type === 'org' ? known.entry : null;
    out.push({ type: 'org', concept: concept?.concept ?? null, name: concept ? (concept.names[lang] ?? name) : name, start: head.start, end: close + 1, sentence });
    let n = 1;
    while (i + n < words.length && words[i + n]!.start < close) n++;
    return n;
  }
  // A run of capitalised Latin words.
  let n = 1;
  for (;;) {
    const w = words[i + n];
    if (!w || !adjacent(text, words[i + n - 1]!, w)) break;
    if (w.latin && (w.cap || /^\d/.test(w.text))) n++;
    // «компании Brell und Sohn»: a connector joins two capitalised Latin words.
    else if (n > 1 && LATIN_RUN_CONNECTORS.has(w.text.toLowerCase()) && words[i + n + 1]?.latin && words[i + n + 1]!.cap && adjacent(text, w, words[i + n + 1]!)) n += 2;
    else break;
  }
  if (n === 1 || lang === 'en') return 0;
  // «группы A»: a lone capital letter labels a part, it names no company.
  if (n === 2 && words[i + 1]!.text.length === 1) return 0;
  const last = words[i + n - 1]!;
  out.push({ type: 'org', concept: null, name: text.slice(words[i + 1]!.start, last.end), start: head.start, end: last.end, sentence });
  return n;
};

/** Web media names and abbreviations: organisations, or places when the lexicon reads them as toponyms. */
export const matchAbbreviation: Matcher = (s, i) => {
  const w = s.words[i]!;
  if (w.abbreviation === 'domain') {
    s.out.push({ type: 'org', concept: null, name: w.text, start: w.start, end: w.end, sentence: s.sentence });
    return 1;
  }
  if (w.abbreviation === null) return 0;
  let type: EntityType = 'org';
  let name = w.text;
  if (w.cyrillic) {
    const geo = s.ann.at(i).place;
    if (geo) {
      type = 'place';
      name = capitaliseLike(geo.lemma, w.text);
    }
  }
  s.out.push({ type, concept: null, name, start: w.start, end: w.end, sentence: s.sentence });
  return 1;
};
