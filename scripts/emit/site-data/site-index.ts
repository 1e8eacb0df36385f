/**
 * The knowledge base looked up by id, and the cross-references the entity
 * pages share: which events an entity takes part in, who is mentioned with whom.
 */
import type { KbArticle, KbEntity, KbEvent, KbPerson, KnowledgeBase } from '../../model/model.ts';
import { pushTo } from '../../util/collections.ts';
import { byDateDesc } from './refs.ts';

export interface SiteIndex {
  articles: ReadonlyMap<string, KbArticle>;
  people: ReadonlyMap<string, KbPerson>;
  events: ReadonlyMap<string, KbEvent>;
  organisations: ReadonlyMap<string, KbEntity>;
  places: ReadonlyMap<string, KbEntity>;
  /** Person or organisation id → the events it takes part in, newest first. */
  eventsOf: ReadonlyMap<string, KbEvent[]>;
  /** Person id → the plans they are a participant of, most recently reported first. */
  plansOf: ReadonlyMap<string, KbEvent[]>;
}

/** When a plan was last reported: plans have no date of their own. */
const lastReported = (plan: KbEvent): { id: string; date: string | null } => ({ id: plan.id, date: plan.reports.at(-1)?.date ?? null });

export function siteIndex(kb: KnowledgeBase): SiteIndex {
  const eventsOf = new Map<string, KbEvent[]>();
  for (const e of [...kb.events].sort(byDateDesc)) {
    for (const pid of [...e.participants, ...e.organisations]) pushTo(eventsOf, pid, e);
  }
  const plansOf = new Map<string, KbEvent[]>();
  // kb.json files written before plans existed have none
  for (const plan of [...(kb.plans ?? [])].sort((a, b) => byDateDesc(lastReported(a), lastReported(b)))) {
    for (const pid of plan.participants) pushTo(plansOf, pid, plan);
  }
  return {
    articles: new Map(kb.articles.map((a) => [a.id, a])),
    people: new Map(kb.people.map((p) => [p.id, p])),
    events: new Map(kb.events.map((e) => [e.id, e])),
    organisations: new Map(kb.organisations.map((o) => [o.id, o])),
    places: new Map(kb.places.map((p) => [p.id, p])),
    eventsOf,
    plansOf,
  };
}

/** Person id → the number of the given articles that link them. */
export function coMentions(index: SiteIndex, articleIds: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const aid of articleIds) {
    for (const other of index.articles.get(aid)?.people ?? []) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return counts;
}
