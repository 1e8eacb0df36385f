/**
 * Settle overlaps between person name mentions and organisation/place
 * mentions of one article:
 *
 * - an organisation or place that starts before a person name and covers it
 *   names a thing after a person («фонд Петра Порошенко», «улица Ленина»,
 *   «премия Нобеля»): the person mention goes;
 * - a place or organisation inside a person name («Владимир» in «Владимир
 *   Путин», «Ир» in «Ким Ир Сен») or starting inside it goes;
 * - but an organisation name that runs on into a person's full name
 *   («министерства Петра Сомова», «Малого театра Илья Гуров») is an
 *   apposition: the organisation mention is cut before the name;
 * - the same span read both ways («Вашингтон», «Гагарина») is a person when
 *   the article names that person in full elsewhere or the dictionary reads
 *   the word more as a surname than as a place/organisation — unless the
 *   place/organisation is a gazetteer hit and the person is not named in full.
 *
 * Entities left without name mentions are dropped (a person known only by a
 * role or pronoun mention has nothing to anchor it).
 */
import type { LocalEntity, LocalMention } from '../../model/model.ts';
import { conceptId } from '../../lang/lexicons/known-places-orgs.ts';
import { wordInfo } from './name-morphology.ts';

interface Ref {
  entity: LocalEntity;
  mention: LocalMention;
}

export function settleOverlaps(text: string, people: LocalEntity[], others: LocalEntity[]): LocalEntity[] {
  const personRefs: Ref[] = people.flatMap((entity) => entity.mentions.filter((m) => m.kind === 'name').map((mention) => ({ entity, mention })));
  const otherRefs: Ref[] = others.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })));
  otherRefs.sort((a, b) => a.mention.start - b.mention.start);
  const dropPerson = new Set<LocalMention>();
  const dropOther = new Set<LocalMention>();
  const cutOther = new Map<LocalMention, number>();
  // Longest other-mention so far bounds how far back an overlap can start.
  const maxLen = otherRefs.reduce((n, r) => Math.max(n, r.mention.end - r.mention.start), 0);
  const fullyNamed = new Set(people.filter((p) => p.mentions.some((m) => m.kind === 'name' && /\s/u.test(m.text))));
  for (const p of personRefs) {
    const pm = p.mention;
    // First other mention that could overlap: start > pm.start - maxLen.
    let lo = 0;
    let hi = otherRefs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (otherRefs[mid].mention.start <= pm.start - maxLen) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < otherRefs.length && otherRefs[i].mention.start < pm.end; i++) {
      const om = otherRefs[i].mention;
      if (om.end <= pm.start) continue;
      // «Tusk's office»: an English possessive is the same span as the name.
      const omEnd = om.end - (/['’]s?$/u.exec(om.text)?.[0].length ?? 0);
      if (om.start === pm.start && (om.end === pm.end || omEnd === pm.end)) {
        // A gazetteer place/organisation («Франції», «Єврокомісії») beats a lone-word person guess.
        if (!fullyNamed.has(p.entity) && isGazetteerHit(otherRefs[i].entity)) dropPerson.add(pm);
        else if (fullyNamed.has(p.entity) || readsAsName(pm.text)) dropOther.add(om);
        else dropPerson.add(pm);
      } else if (om.start < pm.start && om.end <= pm.end && /\s/u.test(pm.text) && capitalisedBefore(text, om.start, pm.start)) {
        cutOther.set(om, trimEnd(text, om.start, pm.start));
      } else if (om.start < pm.start || (om.start === pm.start && om.end > pm.end)) {
        dropPerson.add(pm);
      } else {
        dropOther.add(om);
      }
    }
  }
  for (const [m, end] of cutOther) if (end <= m.start) dropOther.add(m);
  const cut = (m: LocalMention): LocalMention => {
    const end = cutOther.get(m);
    return end === undefined || dropOther.has(m) ? m : { ...m, end, text: text.slice(m.start, end) };
  };
  // People known only by an office («глава Кремля») have no name to lose: they stay for the corpus to resolve.
  const roleOnly = new Set(people.filter((p) => p.mentions.length > 0 && !p.mentions.some((m) => m.kind === 'name')));
  const prune = (entities: LocalEntity[], drop: Set<LocalMention>): LocalEntity[] =>
    entities
      .map((e) =>
        e.mentions.some((m) => drop.has(m) || cutOther.has(m))
          ? { ...e, mentions: e.mentions.filter((m) => !drop.has(m)).map(cut) }
          : e,
      )
      .filter((e) => roleOnly.has(e) || e.mentions.some((m) => m.kind === 'name'));
  return [...prune(people, dropPerson), ...prune(others, dropOther)];
}

/**
 * The organisation part before the person is a complete name of its own (an
 * acronym, or several words: «МВД», «Национального фронта»), not a generic
 * head that a person's name completes («фонд», «улица», «премия имени»).
 */
function capitalisedBefore(text: string, from: number, personStart: number): boolean {
  const before = text.slice(from, personStart).trim();
  const words = before.split(/\s+/u).filter(Boolean);
  if (!words.length || /^(имени|им\.?|імені)$/iu.test(words[words.length - 1])) return false;
  return words.length >= 2 || /^\p{Lu}{2,}/u.test(words[0]);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,–—-]/u.test(text[end - 1])) end--;
  return end;
}

/** The place/organisation was found in the gazetteer (its first key is a concept: «iso:FR», «org:nato»), not guessed. */
const isGazetteerHit = (e: LocalEntity): boolean => e.keys.length > 0 && conceptId(e.keys[0]) !== null;

/** A single word the dictionary reads more as a first name/surname than as a place or organisation. */
function readsAsName(word: string): boolean {
  if (/\s/u.test(word) || !/^[\p{Script=Cyrillic}-]+$/u.test(word)) return false;
  const i = wordInfo(word);
  const name = i.last.reduce((s, r) => s + r.score, 0) + i.first.reduce((s, r) => s + r.score, 0);
  return name > i.geo + i.org;
}
