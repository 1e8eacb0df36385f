import type { ArticleInput, ResolvedEntities } from './entities/resolve-entities.ts';
import { linkKey } from './entities/resolve-entities.ts';
import type { KbArticle, KbEvent, KnowledgeBase, Problem } from './model.ts';

export const GENERATOR = 'letopis 0.1';

/**
 * Put the resolved corpus together into kb.json's shape. Pure; every list is
 * sorted so the output is byte-identical whatever the file order or core count.
 */
export function assembleKnowledgeBase(
  inputs: ArticleInput[],
  resolved: ResolvedEntities,
  events: KbEvent[],
  problems: Problem[],
): KnowledgeBase {
  const kinds = new Map<string, 'person' | 'org' | 'place'>();
  for (const person of resolved.people) kinds.set(person.id, 'person');
  for (const org of resolved.organisations) kinds.set(org.id, 'org');
  for (const place of resolved.places) kinds.set(place.id, 'place');

  const eventsByArticle = new Map<string, string[]>();
  for (const event of events) {
    for (const article of event.articles) {
      const list = eventsByArticle.get(article) ?? [];
      list.push(event.id);
      eventsByArticle.set(article, list);
    }
  }

  const articles: KbArticle[] = inputs.map(({ id, analysis }) => {
    // Entities in order of salience: most mentions first, then first appearance.
    const counts = new Map<string, { count: number; first: number }>();
    for (const entity of analysis.entities) {
      const entityId = resolved.links.get(linkKey(id, entity.key));
      if (!entityId) continue;
      const seen = counts.get(entityId) ?? { count: 0, first: Number.POSITIVE_INFINITY };
      seen.count += entity.mentions.length;
      seen.first = Math.min(seen.first, entity.mentions[0]?.start ?? Number.POSITIVE_INFINITY);
      counts.set(entityId, seen);
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first || (a[0] < b[0] ? -1 : 1));
    const ofKind = (kind: 'person' | 'org' | 'place') => ranked.filter(([entityId]) => kinds.get(entityId) === kind).map(([entityId]) => entityId);
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
      people: ofKind('person'),
      organisations: ofKind('org'),
      places: ofKind('place'),
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
    problems: [...problems, ...resolved.problems].sort(compareProblems),
  };
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
