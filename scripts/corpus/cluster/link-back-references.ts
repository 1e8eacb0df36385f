/**
 * Back-references («после переговоров в Женеве», "two days after the talks")
 * link their article to the event they point at, as one more report of it;
 * they never start an event (annotation guide, "Reports").
 *
 * The event is the latest one of the same type family, dated no later than
 * the reporting article, that shares the reference's people (two when both
 * name two or more) or its place. Clusters are looked up by family and anchor
 * and only the latest few under each are tried, so the stage stays linear.
 */
import { pushTo } from '../../util/collections.ts';
import { addMember, type Cluster, placesNestIn, sharedCount } from './cluster.ts';
import { dateInterval } from './date-interval.ts';
import { anchors, type Member } from './member.ts';

/** How many of the latest events under one anchor a reference is tried against. */
const LATEST_TRIED = 64;
/**
 * How far back (days) a reference that names one person and no place is
 * looked for: "after the talks" with one name points at recent talks, not at
 * any that person ever held.
 */
const RECENT_DAYS = 62;
/** A person dies once: «после смерти X» points at that death however long ago. */
const ONCE_PER_PERSON: ReadonlySet<string> = new Set(['death']);

/** Adds each reference in `references` to the event it points at; references that find none are dropped. */
export function linkBackReferences(clusters: readonly Cluster[], references: readonly Member[]): void {
  if (references.length === 0) return;
  const byAnchor = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.lo === null) continue;
    for (const key of [...c.people, ...c.places]) pushTo(byAnchor, `${c.family}|${key}`, c);
  }
  for (const list of byAnchor.values()) list.sort((a, b) => b.lo! - a.lo!);
  for (const m of references) {
    const target = pointedAt(m, byAnchor);
    if (target) addMember(target, m);
  }
}

/** The event reference `m` points at, or null. */
function pointedAt(m: Member, byAnchor: ReadonlyMap<string, Cluster[]>): Cluster | null {
  const written = dateInterval(m.articleDate);
  if (!written) return null;
  let best: Cluster | null = null;
  let bestScore = 0;
  for (const anchor of anchors(m)) {
    const list = byAnchor.get(`${m.family}|${anchor}`) ?? [];
    let tried = 0;
    for (const c of list) {
      if (c.lo! > written[1]) continue;
      if (++tried > LATEST_TRIED) break;
      const score = fit(m, c, written[1]);
      if (score > bestScore || (score === bestScore && score > 0 && best !== null && c.lo! > best.lo!)) [best, bestScore] = [c, score];
    }
  }
  return best;
}

/** How well cluster `c` fits reference `m` (0: not it): shared people count most, the same place next. */
function fit(m: Member, c: Cluster, written: number): number {
  const shared = sharedCount(m.people, c.people);
  const samePlace = m.place !== null && c.places.has(m.place);
  // A place of its own that the event does not have: another event.
  if (m.place !== null && c.places.size > 0 && !samePlace && !placesNestIn(m, c)) return 0;
  if (!samePlace && shared < 2 && !ONCE_PER_PERSON.has(m.family) && written - c.lo! > RECENT_DAYS) return 0;
  const need = Math.min(2, m.people.length, c.people.size);
  if (m.people.length > 0 && c.people.size > 0 && shared < need && !samePlace) return 0;
  if (shared === 0 && !samePlace) return 0;
  return shared * 10 + (samePlace ? 5 : 0);
}
