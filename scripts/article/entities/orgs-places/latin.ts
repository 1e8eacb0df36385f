/** Names in Latin script: brand runs inside Cyrillic text, English organisations and places. */
import { EN_CONNECTORS, EN_ORG_HEADS, EN_PLACE_HEADS, EN_PLACE_PREPOSITIONS, EN_STOP, LATIN_EVENT_HEADS, LATIN_RUN_CONNECTORS } from '../../../lang/lexicons/org-place-words.ts';
import { getGazetteer, matchGazetteer } from './gazetteer.ts';
import type { Matcher } from './scan-context.ts';
import { adjacent, wordsSlice } from './words.ts';

/** Latin brand and media names inside Cyrillic text: «Facebook», «World Fashion Channel». */
export const matchLatinRun: Matcher = ({ words, text, sentence, out }, i) => {
  const w = words[i]!;
  if (!w.latin || !w.cap || w.caps) return 0;
  let n = 1;
  while (i + n < words.length) {
    const next = words[i + n]!;
    if (!adjacent(text, words[i + n - 1]!, next)) break;
    if (next.latin && (next.cap || /^\d/.test(next.text))) n++;
    else if (LATIN_RUN_CONNECTORS.has(next.text.toLowerCase()) && words[i + n + 1]?.latin && words[i + n + 1]!.cap && adjacent(text, next, words[i + n + 1]!)) n += 2;
    else break;
  }
  // A lone capital letter is a unit, a grade or a list label («10 G», «турниры A, B»), not a brand.
  if (n === 1 && w.text.length === 1) return 1;
  const last = words[i + n - 1]!;
  if (LATIN_EVENT_HEADS.has(last.text.toLowerCase())) return n;
  out.push({ type: 'org', concept: null, name: text.slice(w.start, last.end), start: w.start, end: last.end, sentence });
  return n;
};

/** English: capitalised runs containing an organisation head word, «The Telegraph». */
export const matchEnglishOrg: Matcher = ({ words, sentence, out }, i) => {
  const w = words[i]!;
  if (!w.cap || !w.latin) return 0;
  if (w.text === 'The' && i + 1 < words.length && matchGazetteer(words, i + 1)) return 0;
  let n = 0;
  let hasHead = false;
  let placeHead = false;
  const theLead = w.text === 'The';
  while (i + n < words.length) {
    const x = words[i + n]!;
    if (x.latin && x.cap) {
      const lower = x.text.toLowerCase();
      if (EN_ORG_HEADS.has(lower)) hasHead = true;
      // The last head word decides: «Bank of … Square» is rare, «Red Square» common.
      if (EN_PLACE_HEADS.has(lower)) placeHead = true;
      else if (EN_ORG_HEADS.has(lower)) placeHead = false;
      n++;
    } else if (n > 0 && EN_CONNECTORS.has(x.text.toLowerCase())) {
      // «Chemist Ann Roe of the Polar Museum»: only a run that already names a body goes on through
      // «of»; otherwise the body is what follows, and the words before are no part of its name.
      if (!hasHead) break;
      // «Institute for the Study of War»: up to two connectors before the next capitalised word.
      const skip = EN_CONNECTORS.has(words[i + n + 1]?.text.toLowerCase() ?? '') ? 2 : 1;
      if (!words[i + n + skip]?.cap || !words[i + n + skip]?.latin) break;
      n += skip;
    } else break;
  }
  if (n === 0) return 0;
  const last = words[i + n - 1]!;
  if (placeHead && n >= 2) {
    const from = theLead ? i + 1 : i;
    out.push({ type: 'place', concept: null, name: wordsSlice(words, from, i + n), start: words[from]!.start, end: last.end, sentence });
    return n;
  }
  if (hasHead && !(n === 1 && EN_STOP.has(w.text.toLowerCase()))) {
    const start = theLead && n > 1 && !/^(Telegraph|Guardian|Times|Economist|Washington|New|Wall|Kremlin|Pentagon|White)/.test(words[i + 1]!.text) ? words[i + 1]!.start : w.start;
    const name = theLead && start === w.start ? `The ${wordsSlice(words, i + 1, i + n)}` : wordsSlice(words, start === w.start ? i : i + 1, i + n);
    out.push({ type: 'org', concept: null, name, start, end: last.end, sentence });
    return n;
  }
  return 0;
};

/** English: «in Anchorage» — a capitalised word after a place preposition. */
export const matchEnglishPlace: Matcher = ({ words, sentence, out }, i) => {
  const w = words[i]!;
  const prev = words[i - 1];
  if (!w.cap || w.caps || !w.latin || !prev || !EN_PLACE_PREPOSITIONS.has(prev.text) || EN_STOP.has(w.text.toLowerCase())) return 0;
  // «in Russian», «from British»: nationality adjectives, not places.
  if (/(ish|ian|ese|ic|an)$/.test(w.text) && !getGazetteer().byStems.has(w.stem)) return 0;
  const next = words[i + 1];
  if (next && next.cap) return 0; // «in Donald Trump's …»: more likely a name
  out.push({ type: 'place', concept: null, name: w.text.replace(/['’]s$/, ''), start: w.start, end: w.end, sentence });
  return 1;
};
