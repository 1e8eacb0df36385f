/**
 * Whether a report is the event of a cluster: same family, compatible dates,
 * places not contradicting, and enough shared people (or place or
 * organisations when one side names nobody).
 */
import { type Cluster, placesNestIn, samePlace, sharedCount } from './cluster.ts';
import type { Member } from './member.ts';

/** Score of report `m` as a report of cluster `c` (higher is better; −1: not it). */
export function matchScore(m: Member, c: Cluster): number {
  if (m.family !== c.family) return -1;
  if (partOf(m, c)) return -1;
  // Dates.
  if ((m.lo === null) !== (c.lo === null)) return -1;
  if (m.lo !== null && c.lo !== null && m.hi !== null && c.hi !== null) {
    // Two days the texts write out are two days: the one-day slack is for days
    // counted from an article's date («вчера»), which may be off by one.
    if (m.explicitDay && c.explicitDays.size > 0 && !c.explicitDays.has(m.lo!)) return -1;
    const slack = m.precision === 'day' && c.precision === 'day' ? 1 : 0;
    if (m.lo > c.hi + slack || c.lo > m.hi + slack) return -1;
  }
  // Places must not contradict: a city and its region or country do not.
  if (m.place && c.places.size > 0 && !samePlace(m, c) && !placesNestIn(m, c)) {
    const resolvedBoth = !m.place.startsWith('~') && [...c.places].some((p) => !p.startsWith('~'));
    if (resolvedBoth) return -1;
  }
  const people = m.people;
  const shared = sharedCount(people, c.people);
  if (m.lo === null) {
    // Undated reports («встреча пока не запланирована»): only the very same cast,
    // or part of it at the very same place («следующая встреча Путина в Москве»).
    if (people.length >= 1 && shared === people.length && shared === c.people.size) return 10 + shared;
    const samePlace = m.place !== null && c.places.has(m.place);
    return samePlace && ((people.length >= 1 && shared === people.length) || (c.people.size > 0 && sharedCount([...c.people], new Set(people)) === c.people.size)) ? 5 + shared : -1;
  }
  if (people.length > 0 && c.people.size > 0) {
    const need = Math.min(2, people.length, c.people.size);
    if (shared >= need) return 10 + shared;
    if (shared >= 1 && vouchedSameEvent(m, c)) return 5 + shared;
    return sameGathering(m, c) ? 4 : -1;
  }
  // Without people on one side: the same place or organisations must carry the match,
  // never between a summit and a meeting (talks held at a summit's venue are not the summit).
  const side = summitSide(m);
  if (side !== null && c.members.some((x) => summitSide(x) === !side)) return -1;
  if (m.place && c.places.has(m.place)) return 5;
  const orgShared = sharedCount(m.orgs, c.orgs);
  if (orgShared > 0 && orgShared * 2 >= Math.max(m.orgs.length, c.orgs.size)) return 3 + orgShared;
  return -1;
}

/** A summit report (true), another report of the family (false); visits are neither. */
const summitSide = (m: Member): boolean | null => (m.event.type === 'summit' ? true : m.event.type === 'visit' ? null : false);

/**
 * "Part of", not "same as" (annotation guide): a meeting held on the
 * sidelines of a summit is its own event, whatever people and day it shares.
 */
function partOf(m: Member, c: Cluster): boolean {
  if (m.event.sideline) return c.members.some((x) => x.event.type === 'summit');
  return m.event.type === 'summit' && c.members.some((x) => x.event.sideline === true);
}

/**
 * A summit is the gathering at one place of one body, whoever a report
 * names as attending it: two summit reports of compatible dates at the same
 * place with an organisation in common are one summit even when each names
 * a different leader.
 */
function sameGathering(m: Member, c: Cluster): boolean {
  if (m.event.type !== 'summit' || c.members.some((x) => x.event.type !== 'summit')) return false;
  return m.place !== null && !m.place.startsWith('~') && samePlace(m, c) && sharedCount(m.orgs, c.orgs) > 0;
}

/**
 * One shared person is enough when everything else pins the event down —
 * same day, same resolved place — and the people the two sides do not share
 * are, on one side, known from a single article only (typically a misread
 * name such as «Туреччини Реджеп»). Two well-attested people meeting the
 * same leader the same day in the same city stay two events.
 */
function vouchedSameEvent(m: Member, c: Cluster): boolean {
  if (m.precision !== 'day' || c.precision !== 'day' || m.lo !== c.lo) return false;
  if (!m.place || m.place.startsWith('~') || !c.places.has(m.place)) return false;
  const mineOnly = m.people.filter((p) => !c.people.has(p));
  const theirsOnly = [...c.strong].filter((p) => !m.people.includes(p));
  return mineOnly.every((p) => !m.strong.includes(p)) || theirsOnly.length === 0;
}
