/**
 * A nickname or stage name in quotes between a given name and a surname
 * («Хорхе "Тигре" Мендес»): the person is the given name and the surname,
 * the quoted word is an alias. The chains break at the quotes, so without
 * this pass the given name and the surname would be read as two people, or
 * the surname alone.
 */
import { CASE } from '../name-morphology.ts';
import type { Word } from '../tokens-to-words.ts';
import { span, type NameSpan } from './name-span.ts';
import { info, isFirst, type Reader } from './reader.ts';

const OPEN = /^ [«"„“]$/u;
const CLOSE = /^[»"“”] $/u;
/** Written as a name is (Сергей, Жан-Клод), not as a legal form or brand (ПрАТ, ТОВ). */
const NAME_CASING = /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u;

/** The given name, quoted nickname and surname starting at `w`, or null. */
function nicknameTriple(r: Reader, w: Word): [Word, Word] | null {
  const nick = r.words[w.index + 1];
  const last = r.words[w.index + 2];
  if (!nick || !last || nick.sentence !== w.sentence || last.sentence !== w.sentence) return null;
  if (!nick.cap || !last.cap || last.acronym || last.initial || nick.latin !== last.latin && !w.latin) return null;
  if (!OPEN.test(r.text.slice(w.end, nick.start)) || !CLOSE.test(r.text.slice(nick.end, last.start))) return null;
  if (!last.latin && info(last).functionWord) return null;
  // A quoted company or place («Президент "Газпрома" …») is no nickname.
  if (!nick.latin && (info(nick).org > 0 || info(nick).geo > 0)) return null;
  return [nick, last];
}

/** Full-name spans over «Given "Nick" Surname», and the spans they replace. */
export function quotedNicknames(r: Reader, found: NameSpan[]): { add: NameSpan[]; replace: Set<NameSpan> } {
  const add: NameSpan[] = [];
  const replace = new Set<NameSpan>();
  for (const w of r.words) {
    // A given name, or mid-sentence a foreign word the dictionary knows in no nominative (a
    // clause-opening word such as «Президент» before a quoted body name is no given name).
    if (!w.cap || w.initial || w.acronym || !NAME_CASING.test(w.text) || !(isFirst(w) || (!w.latin && !w.clauseStart && !(info(w).known && info(w).nounCases & CASE.nomn)))) continue;
    const triple = nicknameTriple(r, w);
    if (!triple) continue;
    const last = triple[1];
    const full = span([w, last], { first: [w], last: [last] }, 'pattern');
    for (const s of found) if (s.start < full.end && full.start < s.end) replace.add(s);
    add.push(full);
  }
  return { add, replace };
}
