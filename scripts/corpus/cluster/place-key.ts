/**
 * A key for a place name that survives language and case: the phonetic
 * skeleton of its distinctive word, with the word for the kind of building
 * left out (palace, house, hall...). The same venue written in three
 * languages, resolved to three different ids, then still reads as one place.
 */
import { skeleton } from '../../lang/transliterate.ts';
import { memoByString } from '../../util/memo.ts';

/** Words naming a kind of building or venue, not which one (stems, ru/uk/en). */
const VENUE_WORD = /^(?:двор[еc]|дворц|палац|palace|дом|дім|дому|house|резиденц|residence|зал|hall|замок|замк|castle|собор|cathedral|центр|cent(?:re|er)|офис|офіс|office|здани|будівл|building|the)/u;

/** How many leading letters of the skeleton count: enough to tell names apart, few enough to ignore endings. */
const KEY_LETTERS = 5;

/** The place's key, or null when it has no distinctive word long enough to compare. */
export const placeKey = memoByString((name: string): string | null => {
  const words = name.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 0 && !VENUE_WORD.test(w));
  const word = words.reduce<string>((best, w) => (w.length > best.length ? w : best), '');
  const key = skeleton(word);
  return key.length >= KEY_LETTERS ? key.slice(0, KEY_LETTERS) : null;
});
