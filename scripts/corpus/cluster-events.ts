/**
 * Corpus stage for events: merge the per-article reports of one real event
 * (across articles and languages) into one KbEvent.
 *
 * Pure function of the stored per-article results plus the entity links, so
 * adding an article never needs re-analysis of the others. Scales by
 * bucketing: a report is compared only with clusters that share its type
 * family, one of its anchors (a resolved participant, organisation or place)
 * and its month — never with all events.
 *
 * Two reports are the same event when: same family (meeting/talks/summit are
 * one family); dates compatible (day-precision dates at most one day apart,
 * coarser dates containing the finer one; two undated reports only when they
 * name exactly the same people); participants overlapping (two shared when
 * both name two or more); places not contradicting.
 *
 * Back-references («после переговоров в Женеве») then join the event they
 * point at (link-back-references.ts); they never start one. Each article's
 * report keeps its own status; the event shows its latest (event-reports.ts).
 */
import type { DatePrecision, KbEntity, KbEvent, KbPerson, Lang } from '../model/model.ts';
import type { ArticleInput, EntityLinks } from './resolve-entities.ts';
import { assignClusters } from './cluster/assign-clusters.ts';
import { assignIds } from './cluster/event-ids.ts';
import { foldUndatedIntoHeld, foldUndatedPlans } from './cluster/fold-undated.ts';
import { linkBackReferences } from './cluster/link-back-references.ts';
import { type Member, toMember } from './cluster/member.ts';
import { summariseCluster } from './cluster/summarise-cluster.ts';

const PRECISION_RANK: Record<DatePrecision | 'none', number> = { day: 0, month: 1, year: 2, none: 3 };

/**
 * Merge per-article events that report the same real-world event (type, date
 * window, participants, place) into corpus events with stable ids.
 * `links`: article id → local entity key → entity id (from resolveEntities).
 * `places` (optional) gives place names per language for titles.
 */
export function clusterEvents(inputs: ArticleInput[], links: EntityLinks, people: KbPerson[], places: KbEntity[] = []): KbEvent[] {
  const placeIds = new Set<string>();
  const byPerson = new Map(people.map((p) => [p.id, p]));
  const members: Member[] = [];
  const references: Member[] = [];
  for (const input of inputs) for (const event of input.analysis.events) (event.backReference ? references : members).push(toMember(input, event, links, placeIds, byPerson));
  // Deterministic order independent of input order: the most precise dates
  // first (so day-dated reports seed the clusters and a month-dated «в августе»
  // joins the best of them, not the first), then by date, then identity.
  members.sort((a, b) => PRECISION_RANK[a.precision ?? 'none'] - PRECISION_RANK[b.precision ?? 'none'] || (a.lo ?? Infinity) - (b.lo ?? Infinity) || (a.hi ?? Infinity) - (b.hi ?? Infinity) || (a.identity < b.identity ? -1 : a.identity > b.identity ? 1 : 0));
  const { clusters, buckets } = assignClusters(members);
  const kept = foldUndatedIntoHeld(foldUndatedPlans(clusters, buckets));
  linkBackReferences(kept, references);
  const byPlace = new Map(places.map((p) => [p.id, p]));
  const nameLang = corpusNameLanguage(people);
  const events = kept.map((c) => summariseCluster(c, byPerson, byPlace, nameLang));
  assignIds(events, kept);
  return events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The language KbPerson.name is written in across the corpus (most common). */
function corpusNameLanguage(people: KbPerson[]): Lang {
  const counts = new Map<string, number>();
  for (const p of people) {
    for (const [lang, name] of Object.entries(p.names)) if (name === p.name) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: Lang = 'ru';
  let n = 0;
  for (const [lang, count] of [...counts].sort()) if (count > n) [best, n] = [lang, count];
  return best;
}
