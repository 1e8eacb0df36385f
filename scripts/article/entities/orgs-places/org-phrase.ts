/**
 * Organisation phrases: capitalised adjectives, an organisation head noun, a
 * short genitive tail and optionally a place («Конституционного суда»,
 * «правительства Китая»), named in the nominative.
 */
import { inflectWord } from '../../../lang/morphology.ts';
import { GOV_HEADS, ORG_HEADS } from '../../../lang/lexicons/org-place-words.ts';
import { placeAt } from './known.ts';
import { prepositionalTailEnd, russianTailEnd } from './org-tail.ts';
import type { Matcher, Scan } from './scan-context.ts';
import { adjacent, capitaliseLike, type Word } from './words.ts';

/** Leading adjectives (Russian only: we can inflect them); after a capitalised first one, lowercase adjectives and «и» may follow. */
function leadingAdjectives(s: Scan, i: number): Word[] {
  const { words, text } = s;
  const adjectives: Word[] = [];
  let j = i;
  while (j < words.length && j - i < 5 && (j === i || adjacent(text, words[j - 1]!, words[j]!))) {
    const w = words[j]!;
    if (j > i && w.text === 'и' && words[j + 1] && s.ann.at(j + 1).adjective) {
      adjectives.push(w);
      j++;
      continue;
    }
    if (!adjectiveReading(s, j)) break;
    adjectives.push(w);
    j++;
  }
  return adjectives;
}

/** The likeliest reading is an adjective, or a known one is («Малого» reads first as the noun «малое»). */
function adjectiveReading(s: Scan, j: number): boolean {
  const a = s.ann.at(j);
  // «Сборная России»: a head noun first, whatever else it may read as.
  const noun = a.noun?.lemma;
  if (noun && a.best === a.noun && (ORG_HEADS.has(noun) || GOV_HEADS.has(noun))) return false;
  return a.adjective !== undefined || a.parses.some((p) => p.known && p.tags.has('ADJF') && !p.tags.has('Apro'));
}

/** Ukrainian adjective endings, by shape (no Ukrainian lexicon here): «Антимонопольний», «Південно-Західної», «обласної». */
const UK_ADJECTIVE = /^\p{L}[\p{L}'’-]+(н|ськ|цьк|зьк|ов|ев|єв|ів|їв|ч|т|к)(ий|ій|ого|ому|им|ім|а|ої|ою|у|е|і|их|ими)$/u;

/** Ukrainian past-tense and infinitive verb endings, which no genitive tail has. */
const UK_VERB_SHAPE = /(ла|ли|ло|вся|лася|лися|лось|ть|ти|вши)$/u;

/** Ukrainian leading adjectives by their shape: a capitalised first one, then lowercase ones. */
function ukLeadingAdjectives(s: Scan, i: number): Word[] {
  const { words, text } = s;
  const adjectives: Word[] = [];
  for (let j = i; j < words.length && j - i < 4; j++) {
    const w = words[j]!;
    if ((j > i && (w.cap || !adjacent(text, words[j - 1]!, w))) || !w.cyrillic || !UK_ADJECTIVE.test(w.text.toLowerCase())) break;
    adjectives.push(w);
  }
  return adjectives;
}

/** Where the lowercase genitive tail after the head at `j` ends (exclusive). */
function genitiveTailEnd(s: Scan, j: number, russian: boolean): number {
  const { words, text } = s;
  let k = j + 1;
  const tailLimit = j + 5;
  if (russian) return russianTailEnd(s, j);
  // No Ukrainian dictionary: take lowercase words that look genitive, or any
  // lowercase words when a place closes the phrase.
  let probe = k;
  while (probe < words.length && probe < tailLimit && !words[probe]!.cap && adjacent(text, words[probe - 1]!, words[probe]!)) probe++;
  if (probe > k && probe < words.length && adjacent(text, words[probe - 1]!, words[probe]!) && placeAt(s, probe)) return probe;
  // (Not verbs: «облрада затвердила», «залізниці збільшився».)
  while (k < words.length && k < tailLimit && !words[k]!.cap && words[k]!.text.length > 2 && adjacent(text, words[k - 1]!, words[k]!) && /(их|ого|ої|ів|ей|ь|и|і|ї|у|а|ю|я)$/.test(words[k]!.text) && !UK_VERB_SHAPE.test(words[k]!.text)) k++;
  return k;
}

/** How many capitalised person-name words follow at `k` («Фонд Петра Порошенко»). */
function personNameRun(s: Scan, k: number, russian: boolean): number {
  const { words, text } = s;
  let n = 0;
  while (k + n < words.length && n < 3 && words[k + n]!.cap && !words[k + n]!.caps && words[k + n]!.cyrillic && adjacent(text, words[k + n - 1]!, words[k + n]!) && !placeAt(s, k + n) && (!russian || s.ann.at(k + n).personNameLike)) n++;
  return n;
}

export const matchOrgPhrase: Matcher = (s, i) => {
  const { words, text, lang, sentence, out } = s;
  const first = words[i]!;
  if (!first.cyrillic) return 0;
  // Lowercase heads only count before a capitalised place («правительства Китая»).
  if (!first.cap && !words[i + 1]?.cap) return 0;
  const russian = lang !== 'uk';
  const adjectives = first.cap ? (russian ? leadingAdjectives(s, i) : ukLeadingAdjectives(s, i)) : [];
  const j = i + adjectives.length;
  const head = words[j];
  if (!head || (j > i && !adjacent(text, words[j - 1]!, head))) return 0;
  const headLemma = russian ? (s.ann.at(j).noun?.lemma ?? head.text.toLowerCase()) : head.text.toLowerCase();
  const isHead = ORG_HEADS.has(headLemma) || (!russian && ORG_HEADS.has(ukNominativeGuess(head.text.toLowerCase())));
  const isGov = GOV_HEADS.has(headLemma) || GOV_HEADS.has(head.text.toLowerCase());
  if (!isHead && !isGov) return 0;
  const startsCap = (adjectives[0] ?? head).cap;

  // Genitive tail: lowercase nouns/adjectives, then an optional place.
  let k = startsCap ? genitiveTailEnd(s, j, russian) : j + 1;
  // Capitalised person-name words right after the head.
  if (startsCap && k === j + 1) {
    const n = personNameRun(s, k, russian);
    if (n >= 2) k += n;
  }
  let placeLength = 0;
  const place = k < words.length && adjacent(text, words[k - 1]!, words[k]!) ? placeAt(s, k) : null;
  if (place) placeLength = place.length;

  const phraseWords = k - i;
  // A lone capitalised head («Союз», «Совет») is too often something else: want two words.
  // Sentence-initial phrases count too: dropping them cost more recall than it won precision on factRuEval.
  const capitalisedPhrase = startsCap && phraseWords + placeLength >= 2;
  const govPhrase = isGov && placeLength > 0;
  if (!capitalisedPhrase && !govPhrase) return 0;
  if (!startsCap && govPhrase) k = j + 1; // «правительства Китая»: no lowercase tail guessing

  // «Бюро Зорании по делам ремёсел»: a prepositional phrase may follow the place.
  const after = placeLength > 0 && russian ? prepositionalTailEnd(s, k + placeLength) : k + placeLength;
  const end = placeLength > 0 ? words[after - 1]! : words[k - 1]!;
  const name = nominativePhrase(s, i, j, k, russian) + (placeLength > 0 ? ` ${text.slice(words[k]!.start, end.end)}` : '');
  const placeEnd = placeLength > 0 ? words[k + placeLength - 1]!.end : end.end;
  out.push({ type: 'org', concept: null, name: name.trim(), start: words[i]!.start, end: end.end, sentence });
  if (place) {
    out.push({ type: 'place', concept: place.concept, name: place.name, start: words[k]!.start, end: placeEnd, sentence });
  }
  pushInnerPlaces(s, j + 1, k);
  pushInnerPlaces(s, k + placeLength, after);
  return after - i;
};

/** Ukrainian nominative guess for a head noun in an oblique case (міністерства → міністерство). */
function ukNominativeGuess(word: string): string {
  for (const [ending, nominative] of [['ства', 'ство'], ['ству', 'ство'], ['ії', 'ія'], ['ію', 'ія'], ['ці', 'ця'], ['цею', 'ця'], ['ні', 'ня'], ['нею', 'ня'], ['ою', 'а'], ['и', 'а'], ['і', 'а'], ['у', ''], ['а', '']] as const) {
    if (word.endsWith(ending)) {
      const guess = word.slice(0, -ending.length) + nominative;
      if (ORG_HEADS.has(guess)) return guess;
    }
  }
  return word;
}

/** Adjectives (words[i..headIndex)) and head to nominative, agreeing in gender; the genitive tail up to `tailEnd` kept as written. */
export function nominativePhrase(s: Scan, i: number, headIndex: number, tailEnd: number, russian: boolean): string {
  const { words, text } = s;
  if (!russian) return text.slice(words[i]!.start, words[tailEnd - 1]!.end);
  const head = words[headIndex]!;
  const headNoun = s.ann.at(headIndex).noun;
  const headNom = headNoun && !headNoun.tags.has('nomn') ? (inflectWord(head.text, ['nomn'], (p) => p.tags.has('NOUN')) ?? head.text) : head.text;
  const gender = headNoun ? (['masc', 'femn', 'neut'].find((g) => headNoun.tags.has(g)) ?? 'masc') : 'masc';
  const plural = headNoun?.tags.has('plur') && !headNoun.tags.has('nomn') ? false : headNoun?.tags.has('plur') === true;
  const parts: string[] = [];
  for (let a = i; a < headIndex; a++) {
    const adj = words[a]!;
    const inflected = inflectWord(adj.text, plural ? ['nomn', 'plur'] : ['nomn', 'sing', gender], (p) => p.tags.has('ADJF') || p.tags.has('PRTF'));
    parts.push(capitaliseLike(inflected ?? adj.text, adj.text));
  }
  parts.push(capitaliseLike(headNom, head.text));
  if (tailEnd > headIndex + 1) parts.push(text.slice(words[headIndex + 1]!.start, words[tailEnd - 1]!.end));
  return parts.join(' ');
}

/** Places within the tail of a body's name («комитет при губернаторе Тверской области»): place mentions of their own. */
function pushInnerPlaces(s: Scan, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    // Names after «имени» are people the body is named after.
    if (s.words[k]!.text === 'имени') return;
    if (!s.words[k]!.cap) continue;
    const place = placeAt(s, k);
    if (!place || k + place.length > to) continue;
    s.out.push({ type: 'place', concept: place.concept, name: place.name, start: s.words[k]!.start, end: s.words[k + place.length - 1]!.end, sentence: s.sentence });
    k += place.length - 1;
  }
}
