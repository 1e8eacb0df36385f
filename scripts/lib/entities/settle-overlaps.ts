/**
 * Settle overlaps between person name mentions and organisation/place
 * mentions of one article:
 *
 * - an organisation or place that starts before a person name and covers it
 *   names a thing after a person («фонд Петра Порошенко», «улица Ленина»,
 *   «премия Нобеля»): the person mention goes;
 * - a place or organisation inside a person name («Владимир» in «Владимир
 *   Путин», «Ир» in «Ким Ир Сен») or starting inside it goes;
 * - the same span read both ways («Вашингтон») is a person when the article
 *   names that person in full elsewhere, else the organisation/place wins.
 *
 * Entities left without name mentions are dropped (a person known only by a
 * role or pronoun mention has nothing to anchor it).
 */
import type { LocalEntity, LocalMention } from '../model.ts';

interface Ref {
  entity: LocalEntity;
  mention: LocalMention;
}

export function settleOverlaps(people: LocalEntity[], others: LocalEntity[]): LocalEntity[] {
  const personRefs: Ref[] = people.flatMap((entity) => entity.mentions.filter((m) => m.kind === 'name').map((mention) => ({ entity, mention })));
  const otherRefs: Ref[] = others.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })));
  otherRefs.sort((a, b) => a.mention.start - b.mention.start);
  const dropPerson = new Set<LocalMention>();
  const dropOther = new Set<LocalMention>();
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
      if (om.start === pm.start && om.end === pm.end) {
        if (fullyNamed.has(p.entity)) dropOther.add(om);
        else dropPerson.add(pm);
      } else if (om.start < pm.start || (om.start === pm.start && om.end > pm.end)) {
        dropPerson.add(pm);
      } else {
        dropOther.add(om);
      }
    }
  }
  const prune = (entities: LocalEntity[], drop: Set<LocalMention>): LocalEntity[] =>
    entities
      .map((e) => (e.mentions.some((m) => drop.has(m)) ? { ...e, mentions: e.mentions.filter((m) => !drop.has(m)) } : e))
      .filter((e) => e.mentions.some((m) => m.kind === 'name'));
  return [...prune(people, dropPerson), ...prune(others, dropOther)];
}
