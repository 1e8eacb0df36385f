/** A cluster of reports of one real event, and how a report joins it. */
import type { DatePrecision, OrgId, PersonId, PlaceId } from '../../model/model.ts';
import type { Member } from './member.ts';

export interface Cluster {
  members: Member[];
  family: string;
  people: Set<string>;
  /** Participant keys of people attested in more than one article. */
  strong: Set<string>;
  /** Resolved person ids of all members. */
  ids: Set<PersonId>;
  orgs: Set<OrgId | PlaceId>;
  places: Set<string>;
  /** The members' known places (place-tree.ts concepts) and every place containing them. */
  placeHeads: Set<string>;
  placeWithin: Set<string>;
  /** The members' place keys (Member.placeKey). */
  placeKeys: Set<string>;
  lo: number | null;
  hi: number | null;
  precision: DatePrecision | null;
  /** The days the members write out (Member.explicitDay). */
  explicitDays: Set<number>;
}

/** A cluster of one report. */
export function newCluster(m: Member): Cluster {
  return { members: [m], family: m.family, people: new Set(m.people), strong: new Set(m.strong), ids: new Set(m.ordered), orgs: new Set(m.orgs), places: new Set(m.place ? [m.place] : []), placeHeads: new Set(m.placeChain.slice(0, 1)), placeWithin: new Set(m.placeChain), placeKeys: new Set(m.placeKey ? [m.placeKey] : []), lo: m.lo, hi: m.hi, precision: m.precision, explicitDays: new Set(m.explicitDay ? [m.lo!] : []) };
}

/** Cluster `c` takes report `m`: its people, organisations, place and (when tighter) its dates. */
export function addMember(c: Cluster, m: Member): void {
  for (const p of m.strong) c.strong.add(p);
  c.members.push(m);
  for (const p of m.people) c.people.add(p);
  for (const id of m.ordered) c.ids.add(id);
  for (const o of m.orgs) c.orgs.add(o);
  if (m.place) c.places.add(m.place);
  if (m.placeChain.length) c.placeHeads.add(m.placeChain[0]!);
  for (const p of m.placeChain) c.placeWithin.add(p);
  if (m.placeKey) c.placeKeys.add(m.placeKey);
  if (m.explicitDay) c.explicitDays.add(m.lo!);
  if (m.lo !== null && m.hi !== null && c.lo !== null && c.hi !== null) {
    // Keep the tightest interval so a chain of ±1-day slack cannot drift.
    if (m.hi - m.lo < c.hi - c.lo) {
      c.lo = m.lo;
      c.hi = m.hi;
      c.precision = m.precision;
    }
  }
}

/**
 * Report `m`'s place lies in one of the cluster's or contains one (Manhattan,
 * New York, the United States): compatible places, not a conflict.
 */
export function placesNestIn(m: Member, c: Cluster): boolean {
  const head = m.placeChain[0];
  return head !== undefined && (c.placeWithin.has(head) || m.placeChain.some((p) => c.placeHeads.has(p)));
}

/** Report `m` names one of the cluster's places, by id or by the same name in another language. */
export function samePlace(m: Member, c: Cluster): boolean {
  return (m.place !== null && c.places.has(m.place)) || (m.placeKey !== null && c.placeKeys.has(m.placeKey));
}

/** How many of `a` are in `b`. */
export function sharedCount(a: readonly string[], b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
