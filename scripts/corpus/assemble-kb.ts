import type { ArticleInput, ResolvedEntities } from './resolve-entities.ts';
import { linkOf } from './resolve-entities.ts';
import type { ArticleId, EntityId, EventId, KbArticle, KbEvent, KnowledgeBase, OrgId, PersonId, PlaceId, Problem } from '../model/model.ts';
import { pushTo } from '../util/collections.ts';
import { splitPlans } from './cluster/split-plans.ts';

export const GENERATOR = 'letopis 0.1';

/**
 * Put the resolved corpus together into kb.json's shape. Pure; every list is
 * sorted so the output is byte-identical whatever the file order or core count.
 * Undated events that did not happen go to `plans` (see split-plans.ts);
 * an article's `events` lists only events with pages.
 */
export function assembleKnowledgeBase(
  inputs: ArticleInput[],
  resolved: ResolvedEntities,
  clustered: KbEvent[],
  problems: Problem[],
): KnowledgeBase {
  const { events, plans } = splitPlans(clustered);
  const kinds = new Map<EntityId, 'person' | 'org' | 'place'>();
  for (const person of resolved.people) kinds.set(person.id, 'person');
  for (const org of resolved.organisations) kinds.set(org.id, 'org');
  for (const place of resolved.places) kinds.set(place.id, 'place');

  const eventsByArticle = new Map<ArticleId, EventId[]>();
  for (const event of events) {
    for (const article of event.articles) pushTo(eventsByArticle, article, event.id);
  }

  const articles: KbArticle[] = inputs.map(({ id, analysis }) => {
    // Entities in order of salience: most mentions first, then first appearance.
    const counts = new Map<EntityId, Salience>();
    for (const entity of analysis.entities) {
      const entityId = linkOf(resolved.links, id, entity.key);
      if (!entityId) continue;
      const first = entity.mentions[0]?.start ?? Number.POSITIVE_INFINITY;
      const seen = counts.get(entityId);
      if (!seen) {
        counts.set(entityId, { id: entityId, count: entity.mentions.length, first });
        continue;
      }
      seen.count += entity.mentions.length;
      if (first < seen.first) seen.first = first;
    }
    const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first || (a.id < b.id ? -1 : 1));
    // One pass sorts the ranked ids by kind (each list keeps the salience order).
    const byKind = { person: [] as PersonId[], org: [] as OrgId[], place: [] as PlaceId[] };
    for (const { id: entityId } of ranked) {
      const kind = kinds.get(entityId);
      // `kinds` holds each id under its own kind, so the list it goes to takes that kind of id.
      if (kind) (byKind[kind] as EntityId[]).push(entityId);
    }
    const { article } = analysis;
    return {
      id,
      file: article.file,
      title: article.title,
      date: article.date,
      datePrecision: article.datePrecision,
      lang: analysis.lang,
      source: article.source,
      url: article.url,
      tags: article.tags,
      words: analysis.wordCount,
      people: byKind.person,
      organisations: byKind.org,
      places: byKind.place,
      events: [...new Set(eventsByArticle.get(id) ?? [])].sort(),
    };
  });

  return {
    generator: GENERATOR,
    articles: articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    people: resolved.people,
    organisations: resolved.organisations,
    places: resolved.places,
    events,
    plans,
    problems: [...problems, ...resolved.problems].sort(compareProblems),
  };
}

/** How prominent an entity is in one article: its mentions there and where it first appears. */
interface Salience {
  id: EntityId;
  count: number;
  first: number;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
