/**
 * Undated reports that the dated clustering leaves on their own, folded into
 * the dated event they speak of: a plan of a meeting that never took place,
 * or a plan (or passing mention) of an event that did.
 */
import { getOrCreate, pushTo } from '../../util/collections.ts';
import { addMember, type Cluster, sharedCount } from './cluster.ts';
import { dateInterval } from './date-interval.ts';
import type { Buckets } from './time-buckets.ts';

/**
 * An undated report of a not-yet-held event («встреча X и Y пока не
 * назначена») is the same event as the one dated cluster of the
 * very same cast that did not take place either (planned for a month, then
 * cancelled). Only when exactly one such cluster exists; never into a held
 * event, which a later plan of the same people is usually not.
 */
export function foldUndatedPlans(clusters: Cluster[], buckets: Buckets): Cluster[] {
  const undated = clusters.some((c) => c.lo === null && c.people.size >= 2);
  if (!undated) return clusters;
  // Dated clusters by family|anchor (the time part of the bucket key dropped).
  const dated = new Map<string, Set<number>>();
  for (const [anchorKey, byTime] of buckets) {
    for (const [time, list] of byTime) {
      if (time === 'undated') continue;
      const seen = getOrCreate(dated, anchorKey, () => new Set<number>());
      for (const ci of list) seen.add(ci);
    }
  }
  const held = (c: Cluster): boolean => c.members.some((m) => m.event.status === 'happened');
  const dropped = new Set<number>();
  clusters.forEach((c, i) => {
    if (c.lo !== null || c.people.size < 2 || held(c)) return;
    const first = [...c.people][0]!;
    const candidates = [...(dated.get(`${c.family}|${first}`) ?? [])].filter((ci) => {
      const d = clusters[ci]!;
      return !dropped.has(ci) && d.lo !== null && !held(d) && d.people.size === c.people.size && [...c.people].every((p) => d.people.has(p));
    });
    if (candidates.length !== 1) return;
    const target = clusters[candidates[0]!]!;
    for (const m of c.members) {
      target.members.push(m);
      for (const id of m.ordered) target.ids.add(id);
      for (const o of m.orgs) target.orgs.add(o);
    }
    dropped.add(i);
  });
  return clusters.filter((_, i) => !dropped.has(i));
}

/** How long before a held event a plan of it is still taken to be that plan (days). */
const PLAN_LEAD_DAYS = 62;

/**
 * An undated report of an event that did take place: a plan written before it
 * («ЕС готовит новый пакет санкций», the package came weeks later) or a passing
 * reference written after it. It joins the held dated cluster of its family
 * when every report in it is timed right by its article's date — plans and
 * hypotheticals at most PLAN_LEAD_DAYS before the event, reports after it only
 * when they say it happened — and the cast fits (the report names everyone
 * the held event had; a report naming nobody: half the organisations shared). Only the single best
 * such cluster; a tie means it could be either, so it stays apart. Reports from
 * undated articles never fold (nothing tells a plan from a later, new plan).
 */
export function foldUndatedIntoHeld(clusters: Cluster[]): Cluster[] {
  const held = clusters.filter((c) => c.lo !== null && c.hi !== null && c.members.some((m) => m.event.status === 'happened'));
  if (held.length === 0) return clusters;
  // Only held clusters sharing a person (or, for a report naming nobody, an
  // organisation) can score: look them up by family|person and family|org
  // instead of trying every held cluster (quadratic at 100k articles).
  const order = new Map(held.map((h, i) => [h, i]));
  const index = new Map<string, Cluster[]>();
  const indexed = new Set<string>();
  const file = (h: Cluster): void => {
    for (const key of [...[...h.people].map((p) => `${h.family}|p|${p}`), ...[...h.orgs].map((o) => `${h.family}|o|${o}`)]) {
      const mark = `${order.get(h)}|${key}`;
      if (indexed.has(mark)) continue;
      indexed.add(mark);
      pushTo(index, key, h);
    }
  };
  for (const h of held) file(h);
  const dropped = new Set<Cluster>();
  for (const c of clusters) {
    if (c.lo !== null) continue;
    const keys = c.people.size > 0 ? [...c.people].map((p) => `${c.family}|p|${p}`) : [...c.orgs].map((o) => `${c.family}|o|${o}`);
    const candidates = [...new Set(keys.flatMap((key) => index.get(key) ?? []))].sort((a, b) => order.get(a)! - order.get(b)!);
    const best = bestHeld(c, candidates);
    if (!best) continue;
    for (const m of c.members) addMember(best, m);
    file(best); // it may have gained people or organisations
    dropped.add(c);
  }
  return dropped.size ? clusters.filter((c) => !dropped.has(c)) : clusters;
}

/** The single best-scoring held cluster for undated `c`; none on a tie. */
function bestHeld(c: Cluster, candidates: readonly Cluster[]): Cluster | null {
  let best: Cluster | null = null;
  let bestScore = 0;
  let tie = false;
  for (const h of candidates) {
    const score = heldMatch(c, h);
    if (score > bestScore) [best, bestScore, tie] = [h, score, false];
    else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}

/** Score of an undated cluster as a report of the held cluster `h` (0: not it). */
function heldMatch(c: Cluster, h: Cluster): number {
  const timed = c.members.every((m) => {
    const written = dateInterval(m.articleDate);
    if (!written) return false;
    if (written[0] > h.hi!) return m.event.status === 'happened';
    return written[1] >= h.lo! - PLAN_LEAD_DAYS;
  });
  if (!timed) return 0;
  const orgShared = sharedCount([...c.orgs], h.orgs);
  if (c.people.size > 0) {
    if (h.people.size === 0) return 0;
    const shared = sharedCount([...c.people], h.people);
    // The plan names everyone who took part (it may name more): a plan of Trump's call to Zelensky is not a call Macron held with both.
    if (shared < h.people.size) return 0;
    // Two held events of the same people: a plan written before one of them is that one's, not the earlier one's.
    const ahead = c.members.every((m) => m.event.status === 'happened' || (dateInterval(m.articleDate)?.[1] ?? Infinity) < h.lo!);
    return 10 * shared + orgShared + (ahead ? 1 : 0);
  }
  // Half the report's organisations: the held cluster gathers many more from all its reports.
  return orgShared > 0 && orgShared * 2 >= c.orgs.size ? orgShared : 0;
}
